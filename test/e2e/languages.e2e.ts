import { test, expect } from './fixtures';
import { cutOff, shoot, unaccented } from './language-checks';

const PASSPHRASE = 'tidal-orchard-lantern-42';

/** The Settings cards whose words are in the catalogue (the backup schedule card is not converted yet). */
const TRANSLATED_CARDS = ['#settings-protection', '#settings-language', '#settings-writing', '#settings-passphrase', '#settings-info'];

test('Languages: German chosen in Settings applies at once and stays, over the frame, Settings and the unlock screen', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Passphrase', { exact: true }).pressSequentially(PASSPHRASE, { delay: 40 });
  await page.getByLabel('Passphrase, again', { exact: true }).pressSequentially(PASSPHRASE, { delay: 40 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Mentees', level: 1 })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Settings' }).click();

  // The keyboard alone: focus the choice and pick Deutsch.
  const language = page.getByLabel('Language of the app');
  await expect(language).toHaveValue('system');
  await language.focus();
  await language.selectOption('de');
  await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Sprache der App')).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Übersicht' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sperren' })).toBeVisible();
  await expect(page.getByText('Sperren nach Inaktivität (Minuten)')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Fingerabdruck des Tresors' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  if (app.bridge) expect(app.bridge.session.settings.language).toBe('de');

  // A refusal reads in German too: the passphrase form checks before any call.
  await page.getByLabel('Bisherige Passphrase').pressSequentially('wrong-one-entirely', { delay: 40 });
  await page.getByLabel('Neue Passphrase', { exact: true }).pressSequentially('another-long-pass-phrase-9', { delay: 40 });
  await page.getByLabel('Neue Passphrase, noch einmal').pressSequentially('another-long-pass-phrase-0', { delay: 40 });
  await page.getByRole('button', { name: 'Passphrase ändern' }).click();
  await expect(page.getByText('Die beiden Passphrasen stimmen nicht überein.')).toBeVisible();

  const cards = page.locator(TRANSLATED_CARDS.map((id) => `section:has(> h2${id})`).join(', '));
  expect(await cutOff(page.locator('.sidebar'))).toEqual([]);
  expect(await cutOff(cards)).toEqual([]);
  await app.expectAccessible('Settings in German');
  await shoot(page, app, 'de-settings');

  // The list of mentees, empty and then with one, in German.
  await page.getByRole('link', { name: 'Mentees' }).click();
  await expect(page.getByText('Noch keine Mentees')).toBeVisible();
  expect(await cutOff(page.locator('.page-header, .empty-state'))).toEqual([]);
  await shoot(page, app, 'de-mentees-empty');
  await page.getByRole('link', { name: 'Einstellungen' }).click();

  // The choice outlives a reload and the lock.
  await page.getByRole('button', { name: 'Sperren' }).click();
  await expect(page.getByRole('heading', { name: 'Ihren Tresor entsperren', level: 1 })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).pressSequentially('not-the-passphrase', { delay: 40 });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Diese Passphrase öffnet den Tresor nicht.')).toBeVisible({ timeout: 20_000 });
  expect(await cutOff(page.locator('.vault-screen'))).toEqual([]);
  await app.expectAccessible('unlock screen in German');
  await shoot(page, app, 'de-unlock');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ihren Tresor entsperren', level: 1 })).toBeVisible();
});

test.describe('the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('Languages: every word of the converted screens comes from the catalogue, and none is cut off', async ({ app }) => {
    const { page } = app;
    const screen = page.locator('.vault-screen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Çŕ/);
    expect(await unaccented(screen)).toEqual([]);
    expect(await cutOff(screen)).toEqual([]);
    await shoot(page, app, 'pseudo-first-run');

    const fields = page.locator('input[type="password"]');
    await fields.nth(0).pressSequentially(PASSPHRASE, { delay: 40 });
    await fields.nth(1).pressSequentially(PASSPHRASE, { delay: 40 });
    await page.keyboard.press('Enter');
    await expect(page.locator('.sidebar')).toBeVisible({ timeout: 20_000 });
    await page.locator('.nav-footer a[href="#/settings"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Š/);
    const cards = page.locator(TRANSLATED_CARDS.map((id) => `section:has(> h2${id})`).join(', '));
    await expect(cards).toHaveCount(TRANSLATED_CARDS.length);
    await expect(page.locator('#settings-info ~ dl').first()).toBeVisible();
    // The sidebar's own words (the search box belongs to search, not converted yet).
    expect(await unaccented(page.locator('.sidebar .brand, .sidebar nav, .sidebar-lock'))).toEqual([]);
    expect(await unaccented(cards)).toEqual([]);
    expect(await cutOff(page.locator('.sidebar'))).toEqual([]);
    expect(await cutOff(cards)).toEqual([]);
    await shoot(page, app, 'pseudo-settings');
  });
});
