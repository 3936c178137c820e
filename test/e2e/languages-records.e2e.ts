import type { Locator } from '@playwright/test';
import type { Bridge } from '../bridge/server';
import { expect, test } from './fixtures';
import { cutOff, shoot, unaccented, open, unlockAgain } from './language-checks';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'tidal-orchard-lantern-42';
const MENTEE = 'Ada Lovelace';
const TITLE = 'Imposter worries keep her up at night';
const SUMMARY = 'Sleeps badly before every demo.';
const NOTE = 'Told me she lies awake before demos.';
const ACTION = 'Suggested talking to the wellbeing team.';
const CORRECTION = 'She lies awake before big demos only.';
const PEOPLE = ['HR partner', 'Team lead'];
const NOTE_TITLE = 'Before the council review';
const NOTE_BODY = 'Nervous about the council review.';
const TAG = 'confidence';

/** One mentee with a private note, and a record whose timeline has a note, an action, a status change and a correction. */
async function seed(bridge: Bridge) {
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const ada = await dispatch<{ id: number }>(bridge, 'mentees.create', { name: MENTEE, status: 'active' });
  const record = await dispatch<{ id: number }>(bridge, 'escalations.create', { menteeId: ada.id, category: 'wellbeing', severity: 'high', title: TITLE, summary: SUMMARY, needToKnow: [PEOPLE[0]] });
  const first = await dispatch<{ entries: { id: number }[] }>(bridge, 'escalations.addEntry', { escalationId: record.id, kind: 'note', what: NOTE, informed: [PEOPLE[1]] });
  await dispatch(bridge, 'escalations.addEntry', { escalationId: record.id, kind: 'action', what: ACTION, outcome: SUMMARY });
  await dispatch(bridge, 'escalations.addEntry', { escalationId: record.id, kind: 'status-change', what: ACTION, status: 'monitoring', severity: 'medium', needToKnow: PEOPLE });
  await dispatch(bridge, 'escalations.addEntry', { escalationId: record.id, kind: 'correction', what: CORRECTION, correctsEntryId: first.entries[0]!.id });
  const note = await dispatch<{ id: number }>(bridge, 'notes.create', { menteeId: ada.id, title: NOTE_TITLE, body: NOTE_BODY, tags: [TAG] });
  // Names and texts typed by the mentor are data, never words of the app.
  return { menteeId: ada.id, recordId: record.id, noteId: note.id, data: [MENTEE, TITLE, SUMMARY, NOTE, ACTION, CORRECTION, ...PEOPLE, NOTE_TITLE, NOTE_BODY, `#${TAG}`, TAG] };
}

/** Unaccented words once the seeded data and dates and times formatted by Intl (Dec 1, 2026, 2:04 PM) are taken out: words that did not come from the catalogue. */
async function untranslated(scope: Locator, data: string[]): Promise<string[]> {
  const found = await unaccented(scope);
  return found
    .map((text) => [...data].sort((a, b) => b.length - a.length).reduce((rest, value) => rest.split(value).join(''), text).replace(/\d{1,2}:\d{2}(:\d{2})?\s?[AP]M/g, '').replace(/[A-Z][a-z]{2} \d{1,2}, \d{4}/g, ''))
    .filter((rest) => /[A-Za-z]/.test(rest));
}

/**
 * The escalation screens' own parts. The page frame, the confidential badge and the table's
 * own controls (column chooser, filters) are other areas' words, checked with them; cells of
 * typed data (titles, names) are shortened on purpose and show in full on hover.
 */
const TABLE_PARTS = '.dt-count, .dt-toolbar-extra .btn-primary, .dt-toolbar-extra .btn-ghost, .dt-sort, .dt-th, .esc-badge, .dt-cell > span[title]';
const SCREENS = (recordId: number, menteeId: number, noteId: number) => [
  { name: 'escalations-list', path: '/escalations', ready: '.dt-data-row', parts: `.page-header h1, .page-header p, ${TABLE_PARTS}` },
  { name: 'escalations-tab', path: `/mentees/${menteeId}/escalations`, ready: '.dt-data-row', parts: `.notes-tab h2, ${TABLE_PARTS}` },
  { name: 'escalation-record', path: `/escalations/${recordId}`, ready: '[data-testid="chain-badge"]', parts: '.back-link, .esc-facts, .esc-main, .esc-process' },
  { name: 'escalation-new', path: `/escalations/new?mentee=${menteeId}`, ready: '.esc-form', parts: '.back-link, .page-header h1, .page-header p, .esc-form' },
  { name: 'notes-list', path: '/notes', ready: '.dt-data-row', parts: `.page-header h1, .page-header p, .dt-filter-label, .dt-toolbar-extra label, ${TABLE_PARTS}` },
  { name: 'notes-tab', path: `/mentees/${menteeId}/notes`, ready: '.dt-data-row', parts: `.notes-tab h2, .dt-filter-label, .dt-toolbar-extra label, ${TABLE_PARTS}` },
  { name: 'note-editor', path: `/notes/${noteId}`, ready: '.note-stamp', parts: '.back-link, .page-header h1, .note-editor label, .note-editor .field-hint, .note-meeting, .note-preview-label, .note-footer' },
  { name: 'note-new', path: `/notes/new?mentee=${menteeId}`, ready: '.note-editor', parts: '.back-link, .page-header h1, .note-editor label, .note-meeting, .note-preview, .note-footer' },
];

test.describe('the escalation records and notes in the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('Languages: every word of the escalation and notes screens comes from the catalogue, and none is cut off', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const { recordId, menteeId, noteId, data } = await seed(app.bridge!);
    await unlockAgain(page);
    for (const screen of SCREENS(recordId, menteeId, noteId)) {
      await open(page, app.bridge!, screen.path, page.locator(screen.ready).first());
      const parts = page.locator(screen.parts);
      expect(await untranslated(parts, data), screen.name).toEqual([]);
      // The table's column headers are drawn by the shared table, whose narrowest columns do not
      // yet take words 40% longer; German must fit them (checked below).
      expect(await cutOff(parts.and(page.locator(':not(.dt-sort):not(.dt-th)'))), screen.name).toEqual([]);
      await shoot(page, app, `pseudo-${screen.name}`);
    }
    // Each kind of entry shows its own help and fields: the correction's choice of entry, the status change's fields.
    await open(page, app.bridge!, `/escalations/${recordId}`, page.locator('.esc-entry-form'));
    for (const kind of ['correction', 'status-change']) {
      await page.locator(`.esc-kinds input[value="${kind}"]`).check();
      const form = page.locator('.esc-entry-form');
      expect(await untranslated(form, data), kind).toEqual([]);
      expect(await cutOff(form), kind).toEqual([]);
    }
  });
});

test.describe('the escalation records and notes in German', () => {
  test.use({ systemLocale: 'de' });

  test('Languages: the escalation list, a record with its timeline, the new-record form and the notes in German, light and dark', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const { recordId, menteeId, noteId } = await seed(app.bridge!);
    await unlockAgain(page);
    const screens = SCREENS(recordId, menteeId, noteId);

    await open(page, app.bridge!, screens[0]!.path, page.getByRole('heading', { name: 'Eskalationen', level: 1 }));
    await expect(page.getByText('1 Akte, dringendste zuerst')).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Schweregrad/ })).toBeVisible();
    expect(await cutOff(page.locator(screens[0]!.parts))).toEqual([]);
    await shoot(page, app, 'de-escalations-list');

    await open(page, app.bridge!, screens[1]!.path, page.getByRole('heading', { name: 'Eskalationsakten', level: 2 }));
    expect(await cutOff(page.locator(screens[1]!.parts))).toEqual([]);
    await shoot(page, app, 'de-escalations-tab');

    await open(page, app.bridge!, screens[2]!.path, page.getByText('Verlauf intakt'));
    await expect(page.getByText(/Alle \d+ Einträge stimmen mit der Hash-Kette überein/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Korrigiert Eintrag #\d+$/ })).toBeVisible();
    await expect(page.getByText('Status → In Beobachtung · Schweregrad → Mittel', { exact: false })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Eskalationsweg' })).toBeVisible();
    await page.getByRole('radio', { name: /^Korrektur/ }).check();
    await expect(page.getByRole('button', { name: 'Korrektur zum Verlauf hinzufügen' })).toBeVisible();
    expect(await cutOff(page.locator(screens[2]!.parts))).toEqual([]);
    await app.expectAccessible('escalation record in German');
    await shoot(page, app, 'de-escalation-record');

    await open(page, app.bridge!, screens[3]!.path, page.getByRole('heading', { name: 'Anliegen festhalten', level: 1 }));
    await page.getByLabel('Titel').pressSequentially('Überlastung', { delay: 40 });
    expect(await cutOff(page.locator(screens[3]!.parts))).toEqual([]);
    await shoot(page, app, 'de-escalation-new');

    await open(page, app.bridge!, screens[4]!.path, page.getByRole('heading', { name: 'Notizen', level: 1 }));
    await expect(page.getByText('1 Notiz')).toBeVisible();
    await page.getByLabel('Von', { exact: true }).fill('2030-02-01');
    await page.getByLabel('Bis', { exact: true }).fill('2030-01-01');
    await expect(page.getByText('„Von“ darf nicht nach „Bis“ liegen')).toBeVisible();
    expect(await cutOff(page.locator(screens[4]!.parts))).toEqual([]);
    await shoot(page, app, 'de-notes-list');

    await open(page, app.bridge!, screens[5]!.path, page.getByRole('heading', { name: 'Private Notizen', level: 2 }));
    expect(await cutOff(page.locator(screens[5]!.parts))).toEqual([]);
    await shoot(page, app, 'de-notes-tab');

    await open(page, app.bridge!, screens[6]!.path, page.getByRole('link', { name: `← Notizen zu ${MENTEE}` }));
    await expect(page.getByText(/^Erstellt .* · gespeichert /)).toBeVisible();
    await page.getByLabel('Notiz (Markdown)').pressSequentially(' Geübt.', { delay: 40 });
    await expect(page.getByText('Ungespeicherte Änderungen')).toBeVisible();
    expect(await cutOff(page.locator(screens[6]!.parts))).toEqual([]);
    await app.expectAccessible('note editor in German');
    await shoot(page, app, 'de-note-editor');
    await page.getByRole('button', { name: 'Löschen …' }).click();
    await expect(page.getByRole('dialog', { name: 'Diese Notiz löschen?' })).toBeVisible();
    await shoot(page, app, 'de-note-delete');
    await page.keyboard.press('Escape');

    await open(page, app.bridge!, screens[7]!.path, page.getByRole('heading', { name: 'Neue Notiz', level: 1 }));
    await expect(page.getByText('Noch nichts in der Vorschau.')).toBeVisible();
    expect(await cutOff(page.locator(screens[7]!.parts))).toEqual([]);
    await shoot(page, app, 'de-note-new');
  });
});
