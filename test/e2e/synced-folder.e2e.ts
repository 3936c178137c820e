import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const PASSPHRASE = 'tidal-orchard-lantern-42';

test('a vault in a Dropbox folder is said on unlock, with its conflicted copy, and moved out whole by keyboard alone', async ({ app }) => {
  test.skip(!app.bridge, 'places the vault in a synced folder through the test bridge');
  const { page } = app;
  const bridge = app.bridge!;
  const dropbox = join(app.dataDir, 'Dropbox');
  const inDropbox = join(dropbox, 'mentoring.mentorvault');
  const ownFolder = join(app.dataDir, 'vault', 'mentor.mentorvault');

  mkdirSync(dropbox);
  bridge.platform.nextSavePath = inDropbox;
  await bridge.dispatch('vault.chooseLocation', {});
  expect(await bridge.dispatch('vault.create', { passphrase: PASSPHRASE, location: 'chosen' })).toMatchObject({ ok: true });
  await bridge.dispatch('mentees.create', { name: 'Ada Lovelace', status: 'active' });
  bridge.session.lock('user');
  copyFileSync(inDropbox, join(dropbox, "mentoring (Sam's conflicted copy 2026-12-02).mentorvault"));
  await page.reload();

  const warning = page.getByRole('region', { name: 'This vault is in a folder that Dropbox syncs' });
  await expect(warning).toBeVisible({ timeout: 20_000 });
  await expect(warning).toContainText('conflicted copies in which edits are lost');
  await expect(warning).toContainText(dropbox);
  await expect(warning.getByRole('listitem')).toHaveText([/mentoring \(Sam's conflicted copy 2026-12-02\)\.mentorvault/]);
  await app.expectAccessible('unlock screen with a vault in a synced folder');
  await app.screenshot('synced-folder-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('synced-folder-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Keyboard alone: from the passphrase field to the move button.
  const move = warning.getByRole('button', { name: "Move to this computer's app folder" });
  await page.getByLabel('Passphrase', { exact: true }).focus();
  for (let i = 0; i < 12 && !(await move.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(move).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(warning).toHaveCount(0);
  await expect(page.locator('.location-path')).toHaveText(ownFolder);
  expect(existsSync(inDropbox)).toBe(false);

  // The moved vault opens with its passphrase and holds what it held.
  await page.getByLabel('Passphrase', { exact: true }).pressSequentially(PASSPHRASE, { delay: 40 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Mentees' }).getByText('Ada Lovelace')).toBeVisible({ timeout: 20_000 });
});
