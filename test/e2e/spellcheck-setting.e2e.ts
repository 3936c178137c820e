import { test, expect } from './fixtures';

const PASSPHRASE = 'tidal-orchard-lantern-42';

test('Settings: spell checking is on, and the keyboard turns it off for good', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Passphrase', { exact: true }).pressSequentially(PASSPHRASE, { delay: 20 });
  await page.getByLabel('Passphrase, again', { exact: true }).pressSequentially(PASSPHRASE, { delay: 20 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Mentees', level: 1 })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Settings' }).click();
  const box = page.getByRole('checkbox', { name: 'Check spelling as I type' });
  await expect(box).toBeChecked();
  // The box takes input once the settings have loaded.
  await expect(box).toBeEnabled();
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Spell checking is off.')).toBeVisible();
  await expect(box).not.toBeChecked();
  await app.expectAccessible('settings with spell checking');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Check spelling as I type' })).not.toBeChecked();
  if (app.bridge) expect(app.bridge.session.settings.spellCheck).toBe(false);
});
