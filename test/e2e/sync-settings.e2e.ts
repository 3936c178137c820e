import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const PASSPHRASE = 'tidal-orchard-lantern-42';
const NEW_PASSPHRASE = 'copper-meadow-whistles-17';

test('Settings > Sync: a person chooses the folder, types the passphrase, and the sidebar says it synced', async ({ app }) => {
  test.skip(!app.bridge, 'The folder dialog is answered through the test bridge.');
  const { page } = app;
  await page.getByLabel('Passphrase', { exact: true }).pressSequentially(PASSPHRASE, { delay: 20 });
  await page.getByLabel('Passphrase, again', { exact: true }).pressSequentially(PASSPHRASE, { delay: 20 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Mentees', level: 1 })).toBeVisible({ timeout: 20_000 });
  const line = page.locator('.sidebar-sync');
  await expect(line).toHaveText('');

  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Sync between computers' });
  await expect(card.getByText('The vault itself stays on this computer', { exact: false })).toBeVisible();

  // The folder a file-sync service copies: the test bridge answers the system's folder dialog.
  const folder = join(app.dataDir, 'Syncthing', 'mentoring');
  mkdirSync(folder, { recursive: true });
  app.bridge!.platform.nextFolderPath = folder;
  await card.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(card.getByText(folder)).toBeVisible();

  // A slip of the finger first: the words go next to the field, and nothing is written to the folder.
  const passphrase = card.getByLabel('Vault passphrase');
  await passphrase.pressSequentially('tidal-orchard-lantern-24', { delay: 20 });
  await card.getByRole('button', { name: 'Start syncing' }).click();
  await expect(card.getByText('This passphrase is not right.', { exact: false })).toBeVisible({ timeout: 20_000 });
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(passphrase).toHaveValue('');
  await card.scrollIntoViewIfNeeded();
  await app.screenshot('sync-settings-setup');

  await passphrase.pressSequentially(PASSPHRASE, { delay: 20 });
  await card.getByRole('button', { name: 'Start syncing' }).click();
  await expect(card.getByRole('button', { name: 'Sync now' })).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText(folder)).toBeVisible();
  await expect(card.getByText('None yet.', { exact: false })).toBeVisible();
  await expect(line).toHaveText(/^Synced at /);
  await expect(line).toHaveAttribute('aria-live', 'polite');

  // This computer's name is the mentor's to choose; a round is one click.
  const name = card.getByLabel('This computer’s name');
  await name.press('ControlOrMeta+a');
  await name.press('Delete');
  await name.pressSequentially('Study laptop', { delay: 20 });
  await card.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByText('Name saved')).toBeVisible();
  await card.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText(/^Synced: /)).toBeVisible();

  await app.expectAccessible('settings with sync set up');
  await card.scrollIntoViewIfNeeded();
  await app.screenshot('sync-settings-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectAccessible('settings with sync set up, dark');
  await app.screenshot('sync-settings-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // A passphrase change takes the sync folder's keys along, and says so.
  const change = page.getByRole('region', { name: 'Change passphrase' });
  await change.getByLabel('Current passphrase').pressSequentially(PASSPHRASE, { delay: 20 });
  await change.getByLabel('New passphrase', { exact: true }).pressSequentially(NEW_PASSPHRASE, { delay: 20 });
  await change.getByLabel('New passphrase, again').pressSequentially(NEW_PASSPHRASE, { delay: 20 });
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('The sync folder now opens with the new passphrase too.', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(card.getByRole('button', { name: 'Sync now' })).toBeVisible();

  // After a restart the key is gone: a step with its field, not an error.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Passphrase', { exact: true }).pressSequentially(NEW_PASSPHRASE, { delay: 20 });
  await page.keyboard.press('Enter');
  await expect(line).toHaveText('Sync paused — passphrase needed', { timeout: 20_000 });
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(card.getByText('Type your passphrase to sync again')).toBeVisible();
  await app.screenshot('sync-settings-paused');

  // The same screen in German.
  await page.getByLabel('Language of the app').selectOption('de');
  const karte = page.getByRole('region', { name: 'Abgleich zwischen Computern' });
  await expect(karte.getByText('Geben Sie Ihre Passphrase ein, um wieder abzugleichen')).toBeVisible();
  await expect(line).toHaveText('Abgleich pausiert – Passphrase nötig');
  await app.expectAccessible('sync settings in German');
  await app.screenshot('sync-settings-de');
  await karte.getByLabel('Passphrase des Tresors').pressSequentially(NEW_PASSPHRASE, { delay: 20 });
  await karte.getByRole('button', { name: 'Wieder abgleichen' }).click();
  await expect(karte.getByRole('button', { name: 'Jetzt abgleichen' })).toBeVisible({ timeout: 30_000 });
  await expect(line).toHaveText(/^Abgeglichen um /);
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('sync-settings-de-dark');
});
