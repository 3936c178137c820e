import type { Locator } from '@playwright/test';
import type { Bridge } from '../bridge/server';
import type { Charter, CharterBody } from '../../src/shared/charter/schema';
import { expect, test } from './fixtures';
import { cutOff, shoot, unaccented, open, unlockAgain } from './language-checks';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'tidal-orchard-lantern-42';
const MENTEE = 'Ada Lovelace';
const MENTOR = 'Grace Hopper';
const PURPOSE = 'Grow Ada into a staff engineer who leads the platform guild.';
const ADDED = 'And who mentors two juniors.';
const SESSION_NOTE = 'After the platform guild talk.';
const REASON = 'The pilot showed that monthly reviews are too far apart.';

/** Every text of a charter body: what the mentor typed or kept from the template is data, never a word of the app. */
function bodyTexts(body: CharterBody): string[] {
  return [
    body.purpose,
    ...body.roles.mentor,
    ...body.roles.mentee,
    ...body.meetingRhythm.topics,
    ...body.communication.channels.flatMap((c) => [c.channel, c.expectedResponse]),
    body.confidentiality,
    ...body.escalation.flatMap((s) => [s.step, s.who]),
    ...body.progressPerQuarter,
    ...body.glossary.flatMap((g) => [g.term, g.meaning]),
  ].filter((text) => text.trim() !== '');
}

/** The mentee's baseline and a re-assessment on the first three competencies of the default list. */
async function seedAssessments(bridge: Bridge, menteeId: number) {
  const competencies = await dispatch<{ id: number; name: string; description: string }[]>(bridge, 'competencies.list', {});
  const rate = (shift: number) => competencies.slice(0, 3).map((c, i) => ({ competencyId: c.id, mentor: 2 + ((i + shift) % 3), mentee: 1 + i + shift, note: '' }));
  await dispatch(bridge, 'assessments.record', { menteeId, kind: 'baseline', date: '2026-09-01', note: '', ratings: rate(0) });
  const later = await dispatch<{ id: number }>(bridge, 'assessments.record', { menteeId, kind: 'reassessment', date: '2026-11-20', note: SESSION_NOTE, ratings: rate(1) });
  return { roundId: later.id, data: [SESSION_NOTE, ...competencies.flatMap((c) => [c.name, c.description]).filter((t) => t.trim() !== '')] };
}

/** One mentee whose charter was agreed as version 1 and is being revised as version 2, with two assessment rounds. */
async function seed(bridge: Bridge) {
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const ada = await dispatch<{ id: number }>(bridge, 'mentees.create', { name: MENTEE, status: 'active' });
  const defaults = await dispatch<CharterBody>(bridge, 'charter.defaults', {});
  const first = await dispatch<Charter>(bridge, 'charter.create', { menteeId: ada.id, body: { ...defaults, purpose: PURPOSE, pilot: { startDate: '2026-11-02', weeks: 6 } } });
  await dispatch(bridge, 'charter.agree', { versionId: first.current.id, agreedOn: '2026-11-02', agreedByMentor: MENTOR, agreedByMentee: MENTEE });
  const revised = await dispatch<Charter>(bridge, 'charter.revise', { menteeId: ada.id, reason: REASON });
  const body: CharterBody = {
    ...revised.current.body,
    purpose: `${PURPOSE} ${ADDED}`,
    meetingRhythm: { ...revised.current.body.meetingRhythm, frequency: 'weekly', format: 'in-person' },
    reviewRhythm: { ...revised.current.body.reviewRhythm, formalEveryWeeks: 4, informalEveryWeeks: 1 },
  };
  await dispatch(bridge, 'charter.update', { versionId: revised.current.id, body, reason: REASON });
  const assessments = await seedAssessments(bridge, ada.id);
  return {
    menteeId: ada.id,
    roundId: assessments.roundId,
    firstId: first.current.id,
    draftId: revised.current.id,
    data: [...assessments.data, MENTEE, MENTOR, REASON, ADDED, ...bodyTexts(first.current.body), ...bodyTexts(body)],
  };
}

/** Unaccented words once the seeded data and dates formatted by Intl (Nov 2, 2026) are taken out: words that did not come from the catalogue. */
async function untranslated(scope: Locator, data: string[]): Promise<string[]> {
  const found = await unaccented(scope);
  const longestFirst = [...data].sort((a, b) => b.length - a.length);
  return found
    // An accessible name holding data ("Move Delegation up") is checked for the words around the name.
    .map((text) => text.replace(/^(aria-label|placeholder)=/, ''))
    // Recharts names each legend swatch "legend icon" itself: the shared chart's words, not these screens'.
    .map((text) => text.replace(/ legend icon$/, ''))
    .map((text) => longestFirst.reduce((rest, value) => rest.split(value).join(''), text).replace(/[A-Z][a-z]{2} \d{1,2}, \d{4}/g, ''))
    .filter((rest) => /[A-Za-z]/.test(rest) && !OTHER_AREAS.has(rest));
}

/**
 * The charter and assessment screens' own panels. The table's column headers are drawn by the shared table,
 * whose narrowest columns do not yet take words 40% longer (German is checked to fit below).
 */
const SCREENS = ({ menteeId, firstId, draftId, roundId }: { menteeId: number; firstId: number; draftId: number; roundId: number }) => [
  { name: 'charter-draft', path: `/mentees/${menteeId}/charter`, ready: '.charter-form' },
  { name: 'charter-version', path: `/mentees/${menteeId}/charter?version=${firstId}`, ready: '.charter-view' },
  { name: 'charter-compare', path: `/mentees/${menteeId}/charter?compare=${firstId}-${draftId}`, ready: '.compare-table' },
  { name: 'assessment-tab', path: `/mentees/${menteeId}/assessment?round=${roundId}`, ready: '.card-inset-plain h3' },
  { name: 'competencies', path: '/competencies', ready: '.dt-data-row' },
];
const PARTS = '.panel';
/**
 * Cut-off text in the charter's panels. The shared table shortens cells of typed data (names,
 * reasons) on purpose, words for screen readers only are clipped to nothing on purpose, and its narrowest column headers do not yet take words 40% longer.
 */
async function cutOffWords(scope: Locator): Promise<string[]> {
  return (await cutOff(scope)).filter((found) => !/^(td\.dt-cell|\S*\bvisually-hidden\b|\S*\bdt-(th|sort)\b)/.test(found));
}
/** The export button belongs to the documents screens, converted with them. */
const OTHER_AREAS = new Set(['Export PDF…']);

test.describe('the charter and assessments in the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('Languages: every word of the charter and assessment screens comes from the catalogue, and none is cut off', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const seeded = await seed(app.bridge!);
    const { menteeId, data } = seeded;
    await unlockAgain(page);
    for (const screen of SCREENS(seeded)) {
      await open(page, app.bridge!, screen.path, page.locator(screen.ready).first());
      const parts = page.locator(PARTS);
      expect(await untranslated(parts, data), screen.name).toEqual([]);
      expect(await cutOffWords(parts), screen.name).toEqual([]);
      await shoot(page, app, `pseudo-${screen.name}`);
    }
    // The unchanged parts of a comparison, and the agree dialog over the draft.
    await open(page, app.bridge!, SCREENS(seeded)[2]!.path, page.locator('.compare-table'));
    await page.locator('.compare-controls input[type="checkbox"]').check();
    expect(await untranslated(page.locator(PARTS), data), 'compare, unchanged too').toEqual([]);
    await open(page, app.bridge!, `/mentees/${menteeId}/charter`, page.locator('.charter-form'));
    await page.locator('.charter-actions-bar .btn-secondary').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    expect(await untranslated(dialog, data), 'agree dialog').toEqual([]);
    expect(await cutOff(dialog), 'agree dialog').toEqual([]);
    await shoot(page, app, 'pseudo-charter-agree');
    await page.keyboard.press('Escape');

    // Recording a round: the rating table with last time's ratings, and the scale in words.
    await open(page, app.bridge!, `/mentees/${menteeId}/assessment`, page.locator('.panel-actions .btn-primary'));
    await page.locator('.panel-actions .btn-primary').click();
    const form = page.locator('.assessment-form');
    await expect(form.locator('.previous').first()).toBeVisible();
    expect(await untranslated(page.locator(PARTS), data), 'assessment form').toEqual([]);
    expect(await cutOffWords(page.locator(PARTS)), 'assessment form').toEqual([]);
    await shoot(page, app, 'pseudo-assessment-form');
    // The mentee's ratings in the chart, and the edit dialog of a competency.
    await page.locator('.rater-select').selectOption('mentee');
    expect(await untranslated(page.locator(PARTS), data), 'chart by the mentee').toEqual([]);
    await open(page, app.bridge!, '/competencies', page.locator('.dt-data-row').first());
    await page.locator('.competency-actions .btn:not(.btn-ghost)').first().click();
    const edit = page.getByRole('dialog');
    expect(await untranslated(edit, data), 'competency edit dialog').toEqual([]);
    expect(await cutOff(edit), 'competency edit dialog').toEqual([]);
  });
});

test.describe('the charter and assessments in German', () => {
  test.use({ systemLocale: 'de' });

  test('Languages: the charter draft, an agreed version, the comparison, agreeing, assessments and competencies in German, light and dark', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const seeded = await seed(app.bridge!);
    await unlockAgain(page);
    const [draft, version, compare, assessment, competencies] = SCREENS(seeded);
    const fit = () => cutOffWords(page.locator(PARTS));

    await open(page, app.bridge!, draft!.path, page.getByRole('heading', { name: 'Vereinbarung, Version 2 (Entwurf)', level: 2 }));
    await expect(page.getByRole('heading', { name: '6. Eskalationsverfahren' })).toBeVisible();
    await expect(page.getByLabel('Häufigkeit')).toHaveValue('weekly');
    await expect(page.getByRole('option', { name: 'Wöchentlich' })).toBeAttached();
    await expect(page.getByRole('columnheader', { name: /Warum diese Version/ })).toBeVisible();
    await expect(page.getByText('2 Versionen')).toBeVisible();
    // Typed at a person's speed, the draft says it has unsaved changes, in German.
    await page.getByLabel('Zweck des Mentorings').pressSequentially(' Gemeinsam.', { delay: 40 });
    await expect(page.getByText('Ungespeicherte Änderungen')).toBeVisible();
    expect(await fit()).toEqual([]);
    await app.expectAccessible('charter draft in German');
    await shoot(page, app, 'de-charter-draft');
    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await expect(page.getByText(/^Gespeichert um /)).toBeVisible();

    await page.getByRole('button', { name: 'Zustimmen …' }).click();
    const agree = page.getByRole('dialog', { name: 'Version 2 zustimmen?' });
    await expect(agree.getByLabel('Vereinbart am')).toBeVisible();
    await expect(agree.getByRole('button', { name: 'Zustimmen und einfrieren' })).toBeVisible();
    expect(await cutOff(agree)).toEqual([]);
    await shoot(page, app, 'de-charter-agree');
    await page.keyboard.press('Escape');

    await open(page, app.bridge!, version!.path, page.getByRole('heading', { name: 'Vereinbarung, Version 1', level: 2 }));
    await expect(page.getByText(`Vereinbart am 02.11.2026 von ${MENTOR} und ${MENTEE}. Eingefroren: nur lesbar.`)).toBeVisible();
    await expect(page.getByText('Alle zwei Wochen, 45 Minuten, per Videoanruf.')).toBeVisible();
    expect(await fit()).toEqual([]);
    await shoot(page, app, 'de-charter-version');

    await open(page, app.bridge!, compare!.path, page.getByRole('heading', { name: 'Versionen vergleichen', level: 2 }));
    await expect(page.locator('.compare-table caption')).toContainText(/Version 1 \(vereinbart am 02\.11\.2026\) verglichen mit Version 2 \(Entwurf\): \d+ Teile geändert/);
    await expect(page.getByRole('rowheader', { name: /Häufigkeit der Treffen/ })).toContainText('Geändert');
    await expect(page.locator('tr[data-field="meetingRhythm.frequency"]')).toContainText('Wöchentlich');
    expect(await fit()).toEqual([]);
    await app.expectAccessible('charter comparison in German');
    await shoot(page, app, 'de-charter-compare');

    await open(page, app.bridge!, assessment!.path, page.getByRole('heading', { name: 'Neueinschätzung vom 20.11.2026', level: 3 }));
    await expect(page.getByText('2 Runden')).toBeVisible();
    await expect(page.getByRole('img', { name: 'Kompetenzen: Ausgangswert und neuester Wert' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Veränderung seit der Ausgangseinschätzung' })).toContainText('(besser)');
    expect(await fit()).toEqual([]);
    await app.expectAccessible('assessment tab in German');
    await shoot(page, app, 'de-assessment-tab');
    await page.getByRole('button', { name: 'Neueinschätzung erfassen' }).click();
    await expect(page.getByText('Letztes Mal: Mentor/in', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('option', { name: '3 · Kompetent' }).first()).toBeAttached();
    expect(await fit()).toEqual([]);
    await shoot(page, app, 'de-assessment-form');

    await open(page, app.bridge!, competencies!.path, page.getByRole('heading', { name: 'Kompetenzen', level: 1 }));
    await page.getByLabel('Name', { exact: true }).pressSequentially('Verhandlungsgeschick', { delay: 40 });
    await page.getByRole('button', { name: 'Kompetenz hinzufügen' }).click();
    await expect(page.getByText('„Verhandlungsgeschick“ hinzugefügt.')).toBeVisible();
    // An active competency offers to archive it, an archived one to restore it.
    const actions = page.locator('.competency-actions').first();
    await expect(actions.getByRole('button', { name: / archivieren$/ })).toHaveText('Archivieren');
    await actions.getByRole('button', { name: / archivieren$/ }).click();
    await page.getByLabel('Archivierte zeigen').check();
    await expect(page.getByText('(archiviert)')).toBeVisible();
    await expect(page.getByRole('button', { name: / wiederherstellen$/ })).toHaveText('Wiederherstellen');
    expect(await fit()).toEqual([]);
    await shoot(page, app, 'de-competencies');
  });
});
