import type { Locator, Page } from '@playwright/test';
import type { Bridge } from '../bridge/server';
import { localToday, plusDays } from '../../src/shared/dates';
import { expect, test } from './fixtures';
import { brokenWords, cutOff, shoot, unaccented, unlockAgain } from './language-checks';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'tidal-orchard-lantern-42';
const TODAY = localToday();
const MENTEE = 'Ada Lovelace';
const GOAL = 'Present at the guild';
const MILESTONE = 'Full rehearsal with the team';
const DATA = [
  MENTEE,
  GOAL,
  MILESTONE,
  'Move reviews to Thursdays',
  'Mondays kept getting cancelled',
  'Meeting rhythm',
  'Demo at the all-hands',
  'Whole engineering org',
  'Two teams asked for a follow-up',
  'Peers rate the reviews as well run',
  'Guild survey',
  'Draft the review checklist',
  'Book the rehearsal room',
  'Rehearsed twice with the team.',
];

/** One mentee whose Records tab holds one of each: a decision, a moment, evidence on a milestone, an overdue and a done deadline, a report. */
async function seed(bridge: Bridge) {
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const ada = await dispatch<{ id: number; careerAims: { id: number }[] }>(bridge, 'mentees.create', { name: MENTEE, status: 'active', careerAims: [{ title: 'Staff engineer' }] });
  const goal = await dispatch<{ id: number }>(bridge, 'goals.create', {
    menteeId: ada.id,
    title: GOAL,
    area: 'stakeholder-communication',
    startDate: plusDays(TODAY, -30),
    specific: { statement: 'Give a talk outside the team' },
    measurable: { metric: 'Talks', unit: 'talks', baseline: 0, target: 4 },
    attainable: { whyRealistic: 'Has material', supportNeeded: '' },
    relevant: { careerAimId: ada.careerAims[0]!.id },
    timeBound: { targetDate: plusDays(TODAY, 200) },
  });
  const milestone = await dispatch<{ id: number }>(bridge, 'milestones.create', { goalId: goal.id, title: MILESTONE, dueDate: plusDays(TODAY, 10), indicator: { kind: 'deliverable', description: 'Recording' } });
  await dispatch(bridge, 'decisions.create', { menteeId: ada.id, date: plusDays(TODAY, -4), decision: DATA[3], rationale: DATA[4], changed: DATA[5], entityKind: 'goal', entityId: goal.id });
  await dispatch(bridge, 'sponsorship.create', { menteeId: ada.id, kind: 'leadership-role', date: plusDays(TODAY, -8), title: DATA[6], audience: DATA[7], outcome: DATA[8] });
  await dispatch(bridge, 'evidence.create', { menteeId: ada.id, kind: 'peer-feedback', date: plusDays(TODAY, -2), summary: DATA[9], value: 4.5, source: DATA[10], goalId: goal.id, milestoneId: milestone.id });
  await dispatch(bridge, 'deadlines.create', { menteeId: ada.id, title: DATA[11], dueDate: plusDays(TODAY, -2), doneOn: null, goalId: goal.id });
  await dispatch(bridge, 'deadlines.create', { menteeId: ada.id, title: DATA[12], dueDate: plusDays(TODAY, -6), doneOn: plusDays(TODAY, -7), goalId: null });
  await dispatch(bridge, 'progressReports.create', { menteeId: ada.id, date: plusDays(TODAY, -1), body: DATA[13] });
  return ada.id;
}

/**
 * Unaccented words once the seeded data and the dates Intl formats are taken out. The shared
 * table's and dialog's own words (column chooser, "Filter <header>", Cancel) are checked with the
 * shared components, so only what the Records tab says is looked at here.
 */
async function untranslated(scope: Locator): Promise<string[]> {
  const found = await unaccented(scope);
  const data = [...DATA].sort((a, b) => b.length - a.length);
  return found
    .map((text) => text.replace(/^aria-label=Filter /, '').replace(/^(aria-label|placeholder)=/, ''))
    .map((text) => data.reduce((rest, value) => rest.split(value).join(''), text).replace(/[A-Z][a-z]{2} \d{1,2}, \d{4}/g, ''))
    .filter((rest) => /[A-Za-z]/.test(rest));
}

/** Cut-off text, leaving out the words only screen readers get (a 1-pixel box by design) and cells of typed data shortened with an ellipsis on purpose. */
async function cutText(scope: Locator): Promise<string[]> {
  return (await cutOff(scope)).filter((found) => !found.includes('visually-hidden') && !found.startsWith('td.'));
}

/** The tab's own parts: panels (titles, intros, buttons), the tables' heads, counts and rows. */
const TAB = '.panel-header, .dt-count, .dt-table thead, .dt-data-row';

/** Every dialog of the tab, opened one after the other from the tab's buttons and rows. */
const DIALOGS: { name: string; open(page: Page): Promise<void> }[] = [
  ...['decision', 'moment', 'evidence', 'deadline', 'report'].map((name, i) => ({ name: `add-${name}`, open: (page: Page) => page.locator('.panel-actions .btn-primary').nth(i).click() })),
  ...['decision', 'moment', 'evidence', 'deadline', 'report'].map((name, i) => ({ name: `open-${name}`, open: (page: Page) => page.locator('.table-box').nth(i).locator('.dt-data-row').first().click({ position: { x: 260, y: 10 } }) })),
];

async function openTab(page: Page, bridge: Bridge, menteeId: number) {
  await page.goto(`${bridge.url}#/mentees/${menteeId}/records`);
  await expect(page.locator('.dt-data-row')).toHaveCount(6);
}

async function eachDialog(page: Page, check: (name: string, dialog: Locator) => Promise<void>) {
  for (const { name, open } of DIALOGS) {
    await open(page);
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toBeVisible();
    // A choice that fetches its options (goals, milestones) has them before the dialog is looked at.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await check(name, dialog);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
}

test.describe('the Records tab in the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('Languages: every word of the Records tab and its dialogs comes from the catalogue, and none is cut off', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const menteeId = await seed(app.bridge!);
    await unlockAgain(page);
    await openTab(page, app.bridge!, menteeId);
    expect(await untranslated(page.locator(TAB))).toEqual([]);
    expect(await cutText(page.locator('.panel-header, .dt-count'))).toEqual([]);
    await shoot(page, app, 'pseudo-records-tab');
    await eachDialog(page, async (name, dialog) => {
      expect(await untranslated(dialog.locator('.dialog-title, .dialog-description, label, .field-hint, .record-view, .dialog-actions, .btn')), name).toEqual([]);
      expect(await cutText(dialog), name).toEqual([]);
    });
  });
});

test.describe('the Records tab in German', () => {
  test.use({ systemLocale: 'de' });

  test('Languages: the Records tab in German at 1280 px, light and dark: words whole, plurals and kinds in German', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 900 });
    const menteeId = await seed(app.bridge!);
    await unlockAgain(page);
    await openTab(page, app.bridge!, menteeId);
    await expect(page.getByRole('heading', { name: 'Entscheidungsprotokoll' })).toBeVisible();
    await expect(page.getByText('2 Fristen')).toBeVisible();
    await expect(page.getByText('1 Nachweis', { exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Führungsrolle' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Peer-Feedback' })).toBeVisible();
    await expect(page.locator('.overdue-tag')).toHaveText('Überfällig');
    expect(await cutText(page.locator('.panel-header, .dt-count, .dt-th'))).toEqual([]);
    expect(await brokenWords(page.locator('.panel-header h2, .panel-header h3, .dt-th, .panel-actions .btn'))).toEqual([]);
    await shoot(page, app, 'de-records-tab');
    await eachDialog(page, async (name, dialog) => {
      expect(await cutText(dialog), name).toEqual([]);
      expect(await brokenWords(dialog.locator('.dialog-title, label, .btn')), name).toEqual([]);
      await shoot(page, app, `de-records-${name}`);
    });
  });
});
