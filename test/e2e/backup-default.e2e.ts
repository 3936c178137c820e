import { join } from 'node:path';
import { test, expect } from './fixtures';

const PASSPHRASE = 'tidal-orchard-lantern-42';

test('automatic backups: said on the first screen, on for the new vault, and turned off in Settings', async ({ app }) => {
  const { page } = app;
  const note = page.getByTestId('backup-note');
  await expect(note).toHaveText(/Automatic backups are on: every day, the last 7 kept, in a folder named “backups” beside the vault\./);
  await page.getByLabel('Passphrase', { exact: true }).pressSequentially(PASSPHRASE, { delay: 20 });
  await page.getByLabel('Passphrase, again', { exact: true }).pressSequentially(PASSPHRASE, { delay: 20 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Mentees', level: 1 })).toBeVisible({ timeout: 20_000 });

  await page.getByRole('link', { name: 'Settings' }).click();
  const schedule = page.getByRole('region', { name: 'Automatic backups' });
  await expect(schedule.getByLabel('Back up')).toHaveValue('daily');
  await expect(schedule.getByLabel('Keep the last')).toHaveValue('7');
  await expect(schedule).toContainText(join(app.dataDir, 'vault', 'backups'));
  await expect(schedule).toContainText('Next');
  await app.expectAccessible('settings with backups');
  await app.screenshot('settings-backups-on');

  // Off, with the keyboard alone.
  await schedule.getByLabel('Back up').focus();
  await schedule.getByLabel('Back up').selectOption('off');
  await schedule.getByRole('button', { name: 'Save schedule' }).press('Enter');
  await expect(page.getByText('Automatic backups are off.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Automatic backups' }).getByLabel('Back up')).toHaveValue('off');
  await expect(page.getByRole('region', { name: 'Automatic backups' })).not.toContainText('Next');
});
