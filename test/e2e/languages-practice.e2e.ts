import type { Locator, Page } from '@playwright/test';
import type { Bridge } from '../bridge/server';
import { expect, test } from './fixtures';
import { cutOff, shoot, unaccented } from './language-checks';
import { dispatch } from './support/dispatch';

/**
 * The shared components (tables, dialogs' buttons), the search page and the Feedback tab in the pseudo-locale
 * (every word accented, nothing cut off) and in German (screenshots, light and dark).
 */

const PASSPHRASE = 'harbour quietly lantern 58 meadows';

/** A mentee with a decision, a goal with a milestone, a private note and an escalation: several kinds for search. */
async function seed(bridge: Bridge) {
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const ada = await dispatch<{ id: number; careerAims: { id: number }[] }>(bridge, 'mentees.create', {
    name: 'Ada Lovelace',
    status: 'active',
    careerAims: [{ title: 'Become a staff engineer' }],
  });
  await dispatch(bridge, 'decisions.create', { menteeId: ada.id, date: '2030-04-20', decision: 'One more rehearsal before the demo', rationale: 'Nerves before a big room' });
  const goal = await dispatch<{ id: number }>(bridge, 'goals.create', {
    menteeId: ada.id,
    title: 'Present at the guild',
    area: 'visibility',
    specific: { statement: 'Give a talk outside the team' },
    measurable: { metric: 'Talks', unit: 'talks', baseline: 0, target: 2 },
    attainable: { whyRealistic: 'Has material worth showing' },
    relevant: { careerAimId: ada.careerAims[0]!.id },
    timeBound: { targetDate: '2031-01-01' },
  });
  await dispatch(bridge, 'milestones.create', { goalId: goal.id, title: 'Full rehearsal with the team', dueDate: '2030-06-01', indicator: { kind: 'deliverable', description: 'Recording' } });
  await dispatch(bridge, 'notes.create', { menteeId: ada.id, title: 'Rehearsal nerves', body: 'Talked through the rehearsal before the talk.', tags: ['confidence'] });
  await dispatch(bridge, 'escalations.create', { menteeId: ada.id, category: 'wellbeing', severity: 'low', title: 'Rehearsal worries keep her up at night' });
  // Three peers (enough to be shown) and a lone manager (merged and held back) for the combined 360.
  for (const [relationship, score, day] of [['peer', 4, '10'], ['peer', 3, '11'], ['peer', 5, '12'], ['manager', 2, '12']] as const) {
    await dispatch(bridge, 'feedback.add', {
      menteeId: ada.id,
      relationship,
      raterName: '',
      receivedOn: `2030-03-${day}`,
      ratings: [{ competency: 'Collaboration', score }],
      strengths: 'Listens first',
      change: 'Speak up sooner',
      formId: null,
    });
  }
  return ada.id;
}

/** Cut text in `scope`, less what is clipped on purpose: text only screen readers get. */
const cutOffShown = async (scope: Locator) => (await cutOff(scope)).filter((found) => !found.startsWith('span.visually-hidden'));

/** The app's own words on the Feedback tab; the competencies, comments and names are the mentor's data. */
const FEEDBACK_WORDS = '.panel-header, .simple-table caption, .simple-table thead, .feedback-comments h3, .feedback-comments p.muted, .chart-data summary';

async function openFeedback(page: Page, menteeId: number) {
  await page.evaluate((id) => (window.location.hash = `#/mentees/${id}/feedback`), menteeId);
  await expect(page.locator('.feedback-responses')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.feedback-comments')).toBeVisible();
}

/** The app's own words on the search page; the results' titles, snippets and names are the mentor's data. */
const SEARCH_WORDS = '.page-header, .search-form, .search-status, .search-group-head, .search-show-all, .empty-state, .search-more';
/** The table's own words around the mentee list: its toolbar, count and header. */
const TABLE_WORDS = '.dt-toolbar, .dt-count, .dt-head';

async function openSearch(page: Page) {
  await page.keyboard.press('Control+k');
  await expect(page.locator('.search-page')).toBeVisible();
}

async function typeQuery(page: Page, text: string) {
  const box = page.locator('.search-query input');
  await box.fill('');
  await box.pressSequentially(text, { delay: 40 });
}

test.describe('the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('Languages: the shared table and the search page take every word from the catalogue, none cut off', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(120_000);
    const { page } = app;
    const menteeId = await seed(app.bridge!);
    await page.reload();
    await expect(page.locator('.dt-table')).toBeVisible({ timeout: 20_000 });

    // The shared table on the mentee list: filter, count, header and the column menu.
    await page.locator('.dt-menu > button').click();
    await expect(page.locator('.dt-menu-panel')).toBeVisible();
    expect(await unaccented(page.locator(`${TABLE_WORDS}, .dt-menu-panel legend`))).toEqual([]);
    expect(await cutOff(page.locator(`${TABLE_WORDS}, .dt-menu-panel`))).toEqual([]);
    await page.keyboard.press('Escape');
    await shoot(page, app, 'pseudo-table');

    // Search: before typing, with results of several kinds, one kind, and nothing found.
    await openSearch(page);
    expect(await unaccented(page.locator(`${SEARCH_WORDS}, .sidebar .search-launcher`))).toEqual([]);
    expect(await cutOff(page.locator(`${SEARCH_WORDS}, .sidebar`))).toEqual([]);
    await typeQuery(page, 'rehears');
    await expect(page.locator('.search-group').first()).toBeVisible();
    await expect(page.locator('.search-status')).not.toContainText('…');
    expect(await unaccented(page.locator(SEARCH_WORDS))).toEqual([]);
    expect(await cutOff(page.locator(SEARCH_WORDS))).toEqual([]);
    await shoot(page, app, 'pseudo-search-results');

    await page.locator('.search-form select').first().selectOption('decision');
    await expect(page.locator('.search-status button')).toBeVisible();
    expect(await unaccented(page.locator(SEARCH_WORDS))).toEqual([]);
    expect(await cutOff(page.locator(SEARCH_WORDS))).toEqual([]);

    await typeQuery(page, 'zzyzx');
    await expect(page.locator('.empty-state')).toBeVisible();
    expect(await unaccented(page.locator(SEARCH_WORDS))).toEqual([]);
    expect(await cutOff(page.locator(SEARCH_WORDS))).toEqual([]);
    await shoot(page, app, 'pseudo-search-none');

    // The Feedback tab: the combined 360 with a held-back group, the responses, and the paper form.
    await openFeedback(page, menteeId);
    expect(await unaccented(page.locator(FEEDBACK_WORDS))).toEqual([]);
    expect(await cutOffShown(page.locator('.feedback-responses, .feedback-comments, .panel-header, .simple-table'))).toEqual([]);
    await shoot(page, app, 'pseudo-feedback');
    await page.locator('.panel-actions button').first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // The labels of the rating grid are the vault's competency names: data, not the app's words.
    expect(await unaccented(dialog.locator('h2, legend, .dialog-actions, label:not(.feedback-rating-grid label)'))).toEqual([]);
    expect(await cutOff(dialog)).toEqual([]);
    await shoot(page, app, 'pseudo-feedback-form');
  });
});

test.describe('German', () => {
  test.use({ systemLocale: 'de' });

  test('Languages: the shared table and the search page in German, light and dark', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(120_000);
    const { page } = app;
    const menteeId = await seed(app.bridge!);
    await page.reload();
    await expect(page.getByRole('table', { name: 'Mentees' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Spalten' })).toBeVisible();
    await expect(page.locator('.dt-filter-box input')).toHaveAttribute('placeholder', 'Suchbegriff eingeben …');
    expect(await cutOff(page.locator(TABLE_WORDS))).toEqual([]);
    await shoot(page, app, 'de-table');

    await openSearch(page);
    await expect(page.getByRole('heading', { name: 'Suche', level: 1 })).toBeVisible();
    await expect(page.getByText('Tippen Sie, um alles zu durchsuchen, was Sie geschrieben haben')).toBeVisible();
    expect(await cutOff(page.locator(SEARCH_WORDS))).toEqual([]);
    await shoot(page, app, 'de-search-empty');

    await typeQuery(page, 'rehears');
    await expect(page.getByRole('listbox', { name: 'Suchergebnisse' })).toBeVisible();
    await expect(page.locator('.search-status')).toContainText(/^\d+ Treffer in \d+ Arten/);
    await expect(page.getByRole('group', { name: /^Private Notizen/ })).toBeVisible();
    expect(await cutOff(page.locator(SEARCH_WORDS))).toEqual([]);
    await app.expectAccessible('search in German');
    await shoot(page, app, 'de-search-results');

    await page.getByLabel('Art', { exact: true }).selectOption('decision');
    await expect(page.locator('.search-status')).toContainText('unter „Entscheidungen“');
    await expect(page.getByRole('button', { name: 'Alle Arten anzeigen' })).toBeVisible();
    await shoot(page, app, 'de-search-kind');

    await typeQuery(page, 'zzyzx');
    await expect(page.getByText('Keine Treffer')).toBeVisible();
    expect(await cutOff(page.locator(SEARCH_WORDS))).toEqual([]);
    await shoot(page, app, 'de-search-none');

    await openFeedback(page, menteeId);
    await expect(page.getByRole('region', { name: '360°-Gesamtbild' })).toContainText('4 Rückmeldungen eingegangen vom 10.03.2030 bis 12.03.2030.');
    await expect(page.getByRole('columnheader', { name: 'Kollegium' })).toBeVisible();
    await expect(page.getByRole('cell', { name: '4,0 ± 0,8 (3)' })).toBeVisible();
    expect(await cutOffShown(page.locator('.feedback-responses, .feedback-comments, .panel-header, .simple-table'))).toEqual([]);
    await app.expectAccessible('feedback in German');
    await shoot(page, app, 'de-feedback');
    await page.getByRole('button', { name: 'Papierbogen erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Feedbackbogen erfassen' });
    await expect(dialog.getByLabel('Beziehung zum Mentee')).toBeVisible();
    expect(await cutOff(dialog)).toEqual([]);
    await shoot(page, app, 'de-feedback-form');
  });
});
