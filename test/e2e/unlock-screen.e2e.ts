import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const PASSPHRASE = 'tidal-orchard-lantern-42';

test('unlock screen: show-passphrase toggle, Caps Lock warning, recent vaults (choose, missing, remove)', async ({ app }) => {
  test.skip(!app.bridge, 'makes a second vault and moves a file through the test bridge');
  const { page } = app;
  const bridge = app.bridge!;
  const mainPath = join(app.dataDir, 'vault', 'mentor.mentorvault');
  const otherPath = join(app.dataDir, 'elsewhere', 'second.mentorvault');

  // Two vaults made here: the main one through the screen, a second in another place.
  await page.getByLabel('Passphrase', { exact: true }).pressSequentially(PASSPHRASE, { delay: 20 });
  await page.getByLabel('Passphrase, again', { exact: true }).pressSequentially(PASSPHRASE, { delay: 20 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Mentees', level: 1 })).toBeVisible({ timeout: 20_000 });
  mkdirSync(join(app.dataDir, 'elsewhere'));
  bridge.platform.nextSavePath = otherPath;
  await bridge.dispatch('vault.chooseLocation', {});
  expect(await bridge.dispatch('vault.create', { passphrase: PASSPHRASE, location: 'chosen' })).toMatchObject({ ok: true });
  bridge.session.lock('user');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();

  // The passphrase field: hidden, then shown with the toggle, from the keyboard alone.
  const field = page.getByLabel('Passphrase', { exact: true });
  await expect(field).toBeFocused();
  await field.pressSequentially('secret words', { delay: 40 });
  await expect(field).toHaveAttribute('type', 'password');
  const toggle = page.getByRole('button', { name: 'Show passphrase' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveValue('secret words');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(field).toHaveAttribute('type', 'password');

  // Caps Lock, as the key event reports it: a polite status, gone when it is off again.
  const warning = page.getByRole('status').filter({ hasText: 'Caps Lock is on.' });
  await field.focus();
  await field.dispatchEvent('keydown', { key: 'A', modifierCapsLock: true });
  await expect(warning).toBeVisible();
  await app.expectAccessible('unlock screen with caps lock warning');
  await app.screenshot('unlock-recent-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('unlock-recent-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await field.dispatchEvent('keyup', { key: 'a', modifierCapsLock: false });
  await expect(warning).toHaveCount(0);

  // Recent vaults: this one (the second) and the main one, chosen with the mouse.
  const recent = page.getByRole('region', { name: 'Recent vaults' });
  await expect(page.getByText(otherPath).first()).toBeVisible();
  await expect(recent.getByRole('listitem')).toHaveCount(2);
  await expect(recent.getByRole('listitem').first()).toContainText('This vault');
  await recent.getByRole('button', { name: `Unlock ${mainPath}` }).click();
  await expect(page.locator('.location-path')).toHaveText(mainPath);
  await field.pressSequentially(PASSPHRASE, { delay: 20 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Mentees', level: 1 })).toBeVisible({ timeout: 20_000 });
  expect(bridge.session.status().path).toBe(mainPath);

  // The second vault's file goes away: said as missing, then removed from the list by keyboard.
  bridge.session.lock('user');
  renameSync(otherPath, `${otherPath}.moved`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  const missing = recent.getByRole('listitem').filter({ hasText: otherPath });
  await expect(missing).toContainText('Missing: the file is no longer there');
  await expect(missing.getByRole('button', { name: /^Unlock/ })).toHaveCount(0);
  await missing.getByRole('button', { name: `Remove ${otherPath} from the list` }).focus();
  await page.keyboard.press('Enter');
  await expect(recent).toHaveCount(0);
  const config = JSON.parse(readFileSync(join(app.dataDir, 'config.json'), 'utf8')) as { recentVaults: string[] };
  expect(config.recentVaults).toEqual([mainPath]);
});
