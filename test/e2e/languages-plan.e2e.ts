import type { Locator, Page } from '@playwright/test';
import type { Bridge } from '../bridge/server';
import { localToday, plusDays } from '../../src/shared/dates';
import { expect, test } from './fixtures';
import { cutOff, shoot, unaccented } from './language-checks';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'tidal-orchard-lantern-42';
const MENTEE = 'Ada Lovelace';
const AIM = 'Become a staff engineer';
const GOAL = 'Present at the guild';
const MILESTONE = 'Full rehearsal with the team';
const DONE_MILESTONE = 'Outline agreed';
const TODAY = localToday();

/** A mentee with a goal (a reading, an open and a done milestone, a status change in its history), a resource and a debriefed practice session. */
async function seed(bridge: Bridge) {
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const ada = await dispatch<{ id: number; careerAims: { id: number }[] }>(bridge, 'mentees.create', { name: MENTEE, status: 'active', careerAims: [{ title: AIM }] });
  const goal = await dispatch<{ id: number }>(bridge, 'goals.create', {
    menteeId: ada.id,
    title: GOAL,
    area: 'stakeholder-communication',
    startDate: plusDays(TODAY, -30),
    specific: { statement: 'Give a talk outside the team' },
    measurable: { metric: 'Talks', unit: 'talks', baseline: 0, target: 4 },
    attainable: { whyRealistic: 'Has material worth showing', supportNeeded: 'Rehearsal slots' },
    relevant: { careerAimId: ada.careerAims[0]!.id },
    timeBound: { targetDate: plusDays(TODAY, 200) },
  });
  await dispatch(bridge, 'goals.addReading', { goalId: goal.id, date: plusDays(TODAY, -10), value: 1, note: 'Lunch talk' });
  await dispatch(bridge, 'goals.setStatus', { id: goal.id, status: 'on-track', why: 'First talk given' });
  await dispatch(bridge, 'milestones.create', { goalId: goal.id, title: MILESTONE, dueDate: plusDays(TODAY, -3), indicator: { kind: 'deliverable', description: 'Recording' }, major: true });
  const done = await dispatch<{ id: number }>(bridge, 'milestones.create', { goalId: goal.id, title: DONE_MILESTONE, dueDate: plusDays(TODAY, -20), indicator: { kind: 'review-outcome', description: 'Approved outline' } });
  await dispatch(bridge, 'milestones.complete', { id: done.id, doneOn: plusDays(TODAY, -21), evidenceText: 'Slides', evidenceId: null });
  await dispatch(bridge, 'resources.create', { menteeId: ada.id, kind: 'book', title: 'Talk like TED', link: 'isbn 978', goalId: goal.id, status: 'in-progress', notes: '' });
  await dispatch(bridge, 'practice.create', {
    menteeId: ada.id,
    date: plusDays(TODAY, -5),
    technique: 'Pre-wiring',
    context: 'Guild talk',
    goalId: goal.id,
    attempted: 'Shared slides early',
    learned: 'Questions came before the talk',
    nextAdjustment: '',
  });
  // Names, titles and notes typed by the mentor are data, never words of the app.
  return { menteeId: ada.id, goalId: goal.id, data: [MENTEE, AIM, GOAL, MILESTONE, DONE_MILESTONE, 'Give a talk outside the team', 'Talks', 'talks', 'Has material worth showing', 'Rehearsal slots', 'Lunch talk', 'First talk given', 'Recording', 'Approved outline', 'Slides', 'Talk like TED', 'isbn 978', 'Pre-wiring', 'Guild talk', 'Shared slides early', 'Questions came before the talk'] };
}

/**
 * Unaccented words once the seeded data and dates formatted by Intl (Dec 1, 2026; Dec 1, 26) are
 * taken out. The shared table names each column filter "Filter <header>": that word is the shared
 * components' own, checked with them; the header in it is ours. An attribute is reported as
 * "aria-label=…": only its value is words. The SMART letters read after each group's name, "(S)",
 * are the method's letters in every language.
 */
async function untranslated(scope: Locator, data: string[]): Promise<string[]> {
  const found = await unaccented(scope);
  return found
    .map((text) => text.replace(/^aria-label=Filter /, '').replace(/^(aria-label|placeholder)=/, '').replace(/\([SMART]\)/g, ''))
    .map((text) => [...data].sort((a, b) => b.length - a.length).reduce((rest, value) => rest.split(value).join(''), text).replace(/[A-Z][a-z]{2} \d{1,2}, \d{2,4}/g, '').replace(/\d{1,2}:\d{2}\s?[AP]M/g, ''))
    .filter((rest) => /[A-Za-z]/.test(rest));
}

/** The panels of the goals and learning screens (the table's own controls belong to the shared components). */
const PARTS = '.panel-header, .goal-detail-head, .smart-summary, .status-form, .reading-list, .milestone-list, .timeline, .goal-form, .reflections, .reflection-filters, section.stack > h3, section.stack form';
/** With the tables' headers and rows: their words are checked, but a cell may end in an ellipsis by design (its full text shows on hover). */
const WORDS = `${PARTS}, .dt-table thead, .dt-data-row`;

/** Cut-off text, leaving out the words only screen readers get (a 1-pixel box by design). */
async function cutText(scope: Locator): Promise<string[]> {
  return (await cutOff(scope)).filter((found) => !found.includes('.visually-hidden'));
}

interface Screen {
  name: string;
  open(page: Page): Promise<void>;
}

function screens(bridge: Bridge, menteeId: number, goalId: number): Screen[] {
  const tab = (path: string) => `${bridge.url}#/mentees/${menteeId}/${path}`;
  return [
    { name: 'goals-list', open: async (page) => { await page.goto(tab('goals')); await expect(page.locator('.dt-data-row').first()).toBeVisible(); } },
    { name: 'goal-detail', open: async (page) => { await page.goto(tab(`goals?goal=${goalId}`)); await expect(page.locator('.timeline-item').first()).toBeVisible(); } },
    {
      name: 'goal-edit',
      open: async (page) => {
        await page.goto(tab(`goals?goal=${goalId}`));
        await page.locator('.goal-detail-head .row button').first().click();
        await expect(page.locator('.goal-form')).toBeVisible();
      },
    },
    { name: 'learning', open: async (page) => { await page.goto(tab('learning')); await expect(page.locator('.reflection').first()).toBeVisible(); } },
  ];
}

async function start(page: Page) {
  // The vault created through the bridge is open: the page only has to read it again.
  await page.reload();
  await expect(page.locator('.sidebar')).toBeVisible({ timeout: 20_000 });
}

test.describe('goals and learning in the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('Languages: every word of the goals and learning screens comes from the catalogue, and none is cut off', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const { menteeId, goalId, data } = await seed(app.bridge!);
    await start(page);
    for (const screen of screens(app.bridge!, menteeId, goalId)) {
      await screen.open(page);
      expect(await untranslated(page.locator(WORDS), data), screen.name).toEqual([]);
      expect(await cutText(page.locator(PARTS)), screen.name).toEqual([]);
      await shoot(page, app, `pseudo-plan-${screen.name}`);
    }
  });
});

test.describe('goals and learning in German', () => {
  test.use({ systemLocale: 'de' });

  test('Languages: the goals and learning screens in German, light and dark', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const { menteeId, goalId } = await seed(app.bridge!);
    await start(page);
    for (const screen of screens(app.bridge!, menteeId, goalId)) {
      await screen.open(page);
      expect(await cutText(page.locator(PARTS)), screen.name).toEqual([]);
      await shoot(page, app, `de-plan-${screen.name}`);
    }
    await page.goto(`${app.bridge!.url}#/mentees/${menteeId}/goals`);
    await expect(page.getByRole('heading', { name: 'Ziele' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Stakeholder-Kommunikation' })).toBeVisible();
    await page.goto(`${app.bridge!.url}#/mentees/${menteeId}/learning`);
    await expect(page.getByRole('heading', { name: 'Übungseinheiten' })).toBeVisible();
    await expect(page.locator('.debrief-tag-done')).toHaveText('Nachbesprochen');
  });
});
