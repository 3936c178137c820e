import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppFixture } from './fixtures';
import { test, expect } from './fixtures';

const PASSPHRASE = 'tidal-orchard-lantern-42';
const COPY = "mentoring (Sam's conflicted copy 2026-12-02).mentorvault";

/** A vault in a Dropbox folder and a conflicted copy of it in which another mentee was added. */
async function vaultWithCopy(app: AppFixture): Promise<{ vault: string; copy: string }> {
  const bridge = app.bridge!;
  const dropbox = join(app.dataDir, 'Dropbox');
  const vault = join(dropbox, 'mentoring.mentorvault');
  const copy = join(dropbox, COPY);
  mkdirSync(dropbox);
  bridge.platform.nextSavePath = vault;
  await bridge.dispatch('vault.chooseLocation', {});
  expect(await bridge.dispatch('vault.create', { passphrase: PASSPHRASE, location: 'chosen' })).toMatchObject({ ok: true });
  await bridge.dispatch('mentees.create', { name: 'Ada Lovelace', status: 'active' });
  bridge.session.lock('user');
  copyFileSync(vault, copy);
  // The other computer's changes, made in the copy.
  expect(await bridge.dispatch('vault.openCopy', { path: copy })).toMatchObject({ ok: true });
  expect(await bridge.dispatch('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  await bridge.dispatch('mentees.create', { name: 'Linus Pauling', status: 'active' });
  bridge.session.lock('user');
  expect(await bridge.dispatch('vault.selectRecent', { path: vault })).toMatchObject({ ok: true });
  await app.page.reload();
  return { vault, copy };
}

test('a conflicted copy is merged from the unlock screen: confirmation, passphrase, the result in words, then the merged vault', async ({ app }) => {
  test.skip(!app.bridge, 'places the vault and its copy in a synced folder through the test bridge');
  const { page } = app;
  const { copy } = await vaultWithCopy(app);

  const warning = page.getByRole('region', { name: 'This vault is in a folder that Dropbox syncs' });
  await expect(warning).toBeVisible({ timeout: 20_000 });
  await warning.getByRole('button', { name: `Merge the copy ${COPY} into this vault` }).click();
  const dialog = page.getByRole('dialog', { name: `Merge ${COPY} into this vault?` });
  await expect(dialog).toContainText('Records only the copy holds are added to this vault.');
  await expect(dialog).toContainText('renamed “….merged” where it is, not deleted');
  await app.expectAccessible('merge dialog');
  await app.screenshot('merge-copy-dialog-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('merge-copy-dialog-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // A wrong passphrase is said beside the field, and nothing is merged.
  const field = dialog.getByLabel('Passphrase', { exact: true });
  await field.pressSequentially('not the passphrase', { delay: 30 });
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(/Wrong passphrase/)).toBeVisible({ timeout: 20_000 });
  expect(existsSync(copy)).toBe(true);

  await field.fill('');
  await field.pressSequentially(PASSPHRASE, { delay: 30 });
  await page.keyboard.press('Enter');
  const result = page.getByRole('dialog', { name: 'The copy is merged' });
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result).toContainText('One record only the copy held was added.');
  await expect(result).toContainText('No record both held differed.');
  await expect(result).toContainText(`${copy}.merged`);
  await app.expectAccessible('merge result');
  await app.screenshot('merge-copy-result-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('merge-copy-result-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(existsSync(copy)).toBe(false);
  expect(existsSync(`${copy}.merged`)).toBe(true);

  // Closing opens the merged vault: both mentees, once each.
  await result.getByRole('button', { name: 'Close' }).click();
  const mentees = page.getByRole('table', { name: 'Mentees' });
  await expect(mentees.getByText('Linus Pauling')).toBeVisible({ timeout: 20_000 });
  await expect(mentees.getByText('Ada Lovelace')).toHaveCount(1);
});

test.describe('in German', () => {
  test.use({ systemLocale: 'de' });

  test('the merge dialog and its result speak German', async ({ app }) => {
    test.skip(!app.bridge, 'places the vault and its copy in a synced folder through the test bridge');
    const { page } = app;
    await vaultWithCopy(app);
    await page.getByRole('button', { name: `Die Kopie ${COPY} in diesen Tresor übernehmen` }).click({ timeout: 20_000 });
    const dialog = page.getByRole('dialog', { name: `${COPY} in diesen Tresor übernehmen?` });
    await expect(dialog).toContainText('Einträge, die nur die Kopie enthält, kommen in diesen Tresor.');
    await app.screenshot('merge-copy-dialog-de');
    await dialog.getByLabel('Passphrase', { exact: true }).pressSequentially(PASSPHRASE, { delay: 30 });
    await page.keyboard.press('Enter');
    const result = page.getByRole('dialog', { name: 'Die Kopie ist übernommen' });
    await expect(result).toContainText('Ein Eintrag, den nur die Kopie enthielt, wurde hinzugefügt.', { timeout: 30_000 });
    await app.screenshot('merge-copy-result-de');
  });
});
