import type { Locator } from '@playwright/test';
import type { Bridge } from '../bridge/server';
import { expect, test } from './fixtures';
import { cutOff, shoot, unaccented, open, unlockAgain } from './language-checks';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'tidal-orchard-lantern-42';
const MENTEE = 'Ada Lovelace';
const ROLE = 'Backend engineer';
const TEAM = 'Payments';
const AIM = 'Lead a platform team';
const HORIZON = '3 years';
const STRENGTH = 'Clear writing';
const GAP = 'Public speaking';
const AREA = 'Distributed systems';
const INTEREST_NOTES = 'Reads every paper';
const ASPIRATIONS = 'Wants to run a team of her own.';

/** One mentee whose profile fills every list of the form. */
async function seed(bridge: Bridge) {
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const ada = await dispatch<{ id: number }>(bridge, 'mentees.create', {
    name: MENTEE,
    role: ROLE,
    team: TEAM,
    status: 'active',
    aspirations: ASPIRATIONS,
    careerAims: [{ title: AIM, horizon: HORIZON }],
    strengths: [STRENGTH],
    gaps: [GAP],
    interests: [{ area: AREA, wantsExposure: true, longTermAspiration: false, notes: INTEREST_NOTES }],
  });
  // Names and texts typed by the mentor are data, never words of the app.
  return { menteeId: ada.id, data: [MENTEE, ROLE, TEAM, AIM, HORIZON, STRENGTH, GAP, AREA, INTEREST_NOTES, ASPIRATIONS] };
}

/** Unaccented words once the seeded data are taken out: words that did not come from the catalogue. */
async function untranslated(scope: Locator, data: string[]): Promise<string[]> {
  const found = await unaccented(scope);
  return found
    .map((text) => [...data].sort((a, b) => b.length - a.length).reduce((rest, value) => rest.split(value).join(''), text))
    .filter((rest) => /[A-Za-z]/.test(rest));
}

/** The mentee screens' own parts; the page frame and the mentee's header are checked with their areas. */
const SCREENS = (menteeId: number) => [
  { name: 'mentee-new', path: '/mentees/new', ready: '.profile-form', parts: '.back-link, .page-header h1, .profile-form' },
  { name: 'mentee-profile', path: `/mentees/${menteeId}/profile`, ready: '.profile-form', parts: '.profile-form' },
];

test.describe('the mentee profile in the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('Languages: every word of the mentee profile, the new mentee page and the delete dialog comes from the catalogue, and none is cut off', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const { menteeId, data } = await seed(app.bridge!);
    await unlockAgain(page);
    for (const screen of SCREENS(menteeId)) {
      await open(page, app.bridge!, screen.path, page.locator(screen.ready));
      const parts = page.locator(screen.parts);
      expect(await untranslated(parts, data), screen.name).toEqual([]);
      expect(await cutOff(parts), screen.name).toEqual([]);
      await shoot(page, app, `pseudo-${screen.name}`);
    }
    // The delete dialog, opened from the mentee's header.
    await page.locator('.page-header .btn-danger').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    expect(await untranslated(dialog, data)).toEqual([]);
    expect(await cutOff(dialog)).toEqual([]);
    await shoot(page, app, 'pseudo-mentee-delete');
  });
});

test.describe('the mentee profile in German', () => {
  test.use({ systemLocale: 'de' });

  test('Languages: the new mentee page, the profile with every list, and the delete dialog in German, light and dark', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const { menteeId } = await seed(app.bridge!);
    await unlockAgain(page);
    const screens = SCREENS(menteeId);

    await open(page, app.bridge!, screens[0]!.path, page.getByRole('heading', { name: 'Neue Mentee', level: 1 }));
    await page.getByRole('button', { name: 'Karriereziel hinzufügen' }).click();
    await page.getByRole('button', { name: 'Entwicklungsfeld hinzufügen' }).click();
    await page.getByLabel('Name', { exact: true }).pressSequentially('Grace Hopper', { delay: 40 });
    expect(await cutOff(page.locator(screens[0]!.parts))).toEqual([]);
    await shoot(page, app, 'de-mentee-new');

    await open(page, app.bridge!, screens[1]!.path, page.getByRole('heading', { name: 'Ausgangslage', level: 2 }));
    await expect(page.getByRole('textbox', { name: 'Stärke 1', exact: true })).toHaveValue(STRENGTH);
    await expect(page.getByRole('textbox', { name: 'Entwicklungsfeld 1', exact: true })).toHaveValue(GAP);
    await expect(page.getByRole('button', { name: 'Ziel 1 entfernen' })).toBeVisible();
    await expect(page.getByLabel('Möchte Erfahrung sammeln')).toBeChecked();
    expect(await cutOff(page.locator(screens[1]!.parts))).toEqual([]);
    await app.expectAccessible('mentee profile in German');
    await shoot(page, app, 'de-mentee-profile');
    await page.getByLabel('Rolle', { exact: true }).fill('');
    await page.getByLabel('Rolle', { exact: true }).pressSequentially('Teamleitung', { delay: 40 });
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await expect(page.getByText('Profil gespeichert.')).toBeVisible();

    await page.getByRole('button', { name: 'Löschen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Diese Mentee löschen?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Endgültig löschen' })).toBeVisible();
    await dialog.getByLabel('Name der Mentee').pressSequentially(MENTEE, { delay: 40 });
    expect(await cutOff(dialog)).toEqual([]);
    await shoot(page, app, 'de-mentee-delete');
  });
});
