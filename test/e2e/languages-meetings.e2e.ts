import type { Locator, Page } from '@playwright/test';
import type { Bridge } from '../bridge/server';
import { localToday, plusDays } from '../../src/shared/dates';
import { expect, test } from './fixtures';
import { cutOff, shoot, unaccented } from './language-checks';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'tidal-orchard-lantern-42';
const MENTEE = 'Ada Lovelace';
const GOAL = 'Present at the guild';
const MILESTONE = 'Full rehearsal with the team';
const TODAY = localToday();

/** A mentee with an active goal whose milestone is overdue, and a formal review planned for tomorrow. */
async function seed(bridge: Bridge) {
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const ada = await dispatch<{ id: number; careerAims: { id: number }[] }>(bridge, 'mentees.create', { name: MENTEE, status: 'active', careerAims: [{ title: 'Become a staff engineer' }] });
  const goal = await dispatch<{ id: number }>(bridge, 'goals.create', {
    menteeId: ada.id,
    title: GOAL,
    area: 'visibility',
    specific: { statement: 'Give a talk outside the team' },
    measurable: { metric: 'Talks', unit: 'talks', baseline: 0, target: 2 },
    attainable: { whyRealistic: 'Has material worth showing' },
    relevant: { careerAimId: ada.careerAims[0]!.id },
    timeBound: { targetDate: plusDays(TODAY, 200) },
  });
  await dispatch(bridge, 'milestones.create', { goalId: goal.id, title: MILESTONE, dueDate: plusDays(TODAY, -3), indicator: { kind: 'deliverable', description: 'Recording' } });
  const meeting = await dispatch<{ id: number }>(bridge, 'meetings.create', { menteeId: ada.id, kind: 'formal-review', date: plusDays(TODAY, 1), time: '10:00' });
  const full = await dispatch<{ title: string; agenda: { title: string }[] }>(bridge, 'meetings.get', { id: meeting.id });
  const rubrics = await dispatch<{ name: string; dimensions: { name: string; descriptors: string[] }[] }[]>(bridge, 'templates.rubrics', {});
  const rubricWords = rubrics.flatMap((r) => [r.name, ...r.dimensions.flatMap((d) => [d.name, ...d.descriptors])]);
  // Names and titles typed by the mentor, and the vault's rubrics, are data, never words of the app.
  return { meetingId: meeting.id, agenda: full.agenda.map((a) => a.title), data: [MENTEE, GOAL, MILESTONE, full.title, ...full.agenda.map((a) => a.title), ...rubricWords] };
}

/**
 * The parts of the meeting mode whose words are this area's. Lists and forms drawn by the
 * meeting page's own components (action lists, self-assessment, rubric, the summary's body,
 * the goal chart) belong to the meetings area and are checked with it.
 */
const MODE_PARTS = [
  '.mode-header',
  '.mode-agenda',
  '.mode-capture',
  '.mode-footer',
  '.mode-item > h2',
  '.mode-item > .field',
  // Its summary line carries the shared confidential badge, from the components' own area.
  '.private-note > label',
  '.mode-item .stack > h3',
  '.mode-item .stack > p',
  '.goals-context .attention',
  '.goals-context > p',
  '.milestone-list',
  '.self-rating',
  '.end-panel > h2',
  '.end-panel > p',
  '.end-panel form',
  '.mode-summary > p',
].join(', ');

/** Unaccented words once the seeded data, key names (Alt+N) and dates and times formatted by Intl (Dec 1, 2026; 2:04:00 PM) are taken out: words that did not come from the catalogue. */
async function untranslated(scope: Locator, data: string[]): Promise<string[]> {
  const found = await unaccented(scope);
  return found
    .map((text) => [...data].sort((a, b) => b.length - a.length).reduce((rest, value) => rest.split(value).join(''), text.replace(/^(aria-label|placeholder)=/, '')).replace(/Alt\+\S+/g, '').replace(/\d{1,2}:\d{2}(:\d{2})?\s?[AP]M/g, '').replace(/[A-Z][a-z]{2} \d{1,2}, \d{4}/g, ''))
    .filter((rest) => /[A-Za-z]/.test(rest));
}

async function openMode(page: Page, bridge: Bridge, meetingId: number) {
  // The vault created through the bridge is open: the page only has to read it again.
  await page.reload();
  await expect(page.locator('.sidebar')).toBeVisible({ timeout: 20_000 });
  await page.goto(`${bridge.url}#/meetings/${meetingId}/run`);
  await expect(page.locator('dialog.review-mode .mode-item')).toBeVisible({ timeout: 20_000 });
}

/** Every agenda item by Alt+N, then the end panel by Alt+E, then the summary once ended: `check` on each. */
async function walk(page: Page, agenda: string[], check: (name: string) => Promise<void>) {
  const mode = page.locator('dialog.review-mode');
  for (let i = 0; i < agenda.length; i++) {
    await expect(mode.locator('.mode-item > h2')).toHaveText(agenda[i]!);
    await expect(mode.locator('.save-status')).toHaveAttribute('data-state', 'saved');
    await check(`item-${i + 1}`);
    if (i < agenda.length - 1) await page.keyboard.press('Alt+KeyN');
  }
  await page.keyboard.press('Alt+KeyE');
  await expect(mode.locator('.end-panel form')).toBeVisible();
  await check('end');
  await mode.locator('.end-panel form button[type="submit"]').click();
  await expect(mode.locator('.mode-summary')).toBeVisible({ timeout: 20_000 });
  await check('summary');
}

test.describe('the meeting mode in the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('Languages: every word of the meeting mode comes from the catalogue, and none is cut off', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const { meetingId, agenda, data } = await seed(app.bridge!);
    await openMode(page, app.bridge!, meetingId);
    const parts = page.locator(MODE_PARTS);
    await walk(page, agenda, async (name) => {
      expect(await untranslated(parts, data), name).toEqual([]);
      expect(await cutOff(parts), name).toEqual([]);
      if (name === 'item-1' || name === 'end') await shoot(page, app, `pseudo-meeting-mode-${name}`);
    });
  });
});

test.describe('the meeting mode in German', () => {
  test.use({ systemLocale: 'de' });

  test('Languages: the meeting mode in German, item by item, the end and the summary, light and dark', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const { meetingId, agenda } = await seed(app.bridge!);
    await openMode(page, app.bridge!, meetingId);
    const mode = page.getByRole('dialog');
    await expect(mode.getByRole('complementary', { name: 'Schnellerfassung' })).toBeVisible();
    await expect(mode.getByRole('list', { name: 'Tastenkürzel' })).toContainText('Alt+N / Alt+→ Nächster Punkt');
    await expect(mode.getByText(`Punkt 1 von ${agenda.length}`)).toBeVisible();
    await walk(page, agenda, async (name) => {
      expect(await cutOff(page.locator(MODE_PARTS)), name).toEqual([]);
      await shoot(page, app, `de-meeting-mode-${name}`);
    });
    await expect(mode.getByRole('heading', { name: 'Zusammenfassung des Treffens', level: 1 })).toBeVisible();
    await expect(mode.getByRole('button', { name: 'Gesprächsmodus schließen' })).toBeVisible();
  });
});

/** The meetings screens around the mode: the list of all meetings, a mentee's meetings tab and the meeting's own page. */
async function meetingScreens(page: Page, bridge: Bridge, meetingId: number, check: (name: string) => Promise<void>) {
  await page.reload();
  await expect(page.locator('.sidebar')).toBeVisible({ timeout: 20_000 });
  await page.goto(`${bridge.url}#/meetings`);
  await expect(page.locator('main .data-table, main table, main [role="grid"]').first()).toBeVisible({ timeout: 20_000 });
  await check('list');
  await page.goto(`${bridge.url}#/mentees/1/meetings`);
  await expect(page.locator('main .action-list, main .panel').first()).toBeVisible({ timeout: 20_000 });
  await check('mentee-tab');
  await page.goto(`${bridge.url}#/meetings/${meetingId}`);
  await expect(page.locator('main .agenda-editor')).toBeVisible({ timeout: 20_000 });
  await check('meeting');
}

test.describe('the meetings screens in the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('Languages: the meetings list, a mentee\'s meetings and a meeting\'s page speak from the catalogue, nothing cut off', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const { meetingId, data } = await seed(app.bridge!);
    const main = page.locator('main');
    await meetingScreens(page, app.bridge!, meetingId, async (name) => {
      expect(await untranslated(main, data), name).toEqual([]);
      expect(await cutOff(main), name).toEqual([]);
    });
  });
});

test.describe('the meetings screens in German', () => {
  test.use({ systemLocale: 'de' });

  test('Languages: the meetings list, a mentee\'s meetings and a meeting\'s page in German, light and dark', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const { meetingId } = await seed(app.bridge!);
    const main = page.locator('main');
    await meetingScreens(page, app.bridge!, meetingId, async (name) => {
      expect(await cutOff(main), name).toEqual([]);
      await shoot(page, app, `de-meetings-${name}`);
    });
    await expect(main.getByRole('heading', { name: 'Feedback-Raster', level: 2 })).toBeVisible();
    await expect(main.getByRole('button', { name: 'Gesprächsmodus starten' }).or(main.getByRole('link', { name: 'Gesprächsmodus starten' }))).toBeVisible();
    await expect(main.getByText('Wird beim Start automatisch aufgenommen: 0 offene Aufgaben, 0 gefährdete Ziele, 1 überfälliger Meilenstein.')).toBeVisible();
  });
});
