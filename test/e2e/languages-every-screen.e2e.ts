import type { Page } from '@playwright/test';
import type { Bridge } from '../bridge/server';
import { buildJsonExport } from '../../src/main/features/data-export/export-json';
import { expect, test } from './fixtures';
import { brokenWords, cutOff, shoot, unaccented } from './language-checks';
import { dispatch } from './support/dispatch';

/**
 * Every screen of the app, filled with the demo vault's sample data, in the pseudo-locale:
 * each word the app shows must come from the catalogue (accented). The per-area language
 * scenarios look closer at each screen (cut-off text, dialogs); this one makes sure no screen
 * is left out. What the vault holds is data, not words of the app: every text value of the
 * vault (its JSON export) is taken out before looking for unaccented words.
 */

interface Place {
  name: string;
  path: string;
}

const TOP: Place[] = [
  { name: 'overview', path: '/overview' },
  { name: 'mentees', path: '/mentees' },
  { name: 'new-mentee', path: '/mentees/new' },
  { name: 'search', path: '/search' },
  { name: 'notes', path: '/notes' },
  { name: 'new-note', path: '/notes/new' },
  { name: 'escalations', path: '/escalations' },
  { name: 'new-escalation', path: '/escalations/new' },
  { name: 'practice-hours', path: '/practice/hours' },
  { name: 'practice-training', path: '/practice/training' },
  { name: 'practice-supervision', path: '/practice/supervision' },
  { name: 'practice-reflections', path: '/practice/reflections' },
  { name: 'practice-credentials', path: '/practice/credentials' },
  { name: 'exports', path: '/exports' },
  { name: 'competencies', path: '/competencies' },
  { name: 'meetings', path: '/meetings' },
  { name: 'templates', path: '/meetings/templates' },
  { name: 'settings', path: '/settings' },
];

const TABS = ['profile', 'dashboard', 'assessment', 'charter', 'goals', 'meetings', 'learning', 'records', 'feedback', 'notes', 'escalations'];

/** A text as a screen shows it: Markdown's marks and line breaks gone, spaces collapsed. */
function flat(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*([-+]|\d+\.)\s+/gm, ' ')
    .replace(/[#*_>`~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface VaultTexts {
  /** Every text value, flattened: a text on screen that is part of one is data. */
  whole: string[];
  /** The longer ones, longest first, to take out of a text that mixes data and words. */
  phrases: string[];
  /** Single lower-case values (tags): data where a message puts them among its words. */
  codes: Set<string>;
}

/** Every text the vault holds (names, titles, notes, the defaults it was seeded with). */
function vaultTexts(bridge: Bridge): VaultTexts {
  const doc = buildJsonExport(bridge.session.db, { scope: { kind: 'all' }, includeConfidential: true });
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      // Lists and structured fields are stored as JSON text.
      if (/^[[{]/.test(value)) {
        try {
          return walk(JSON.parse(value));
        } catch {
          // Not JSON after all: a text that starts with a bracket.
        }
      }
      if (/[A-Za-z]/.test(value)) texts.add(flat(value));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(doc.tables);
  const whole = [...texts].filter(Boolean);
  // A code ('held', 'on-track') is shown through the catalogue: only texts with a capital or a space are taken out of sentences.
  const phrases = whole.filter((t) => t.length >= 3 && /[A-Z ]/.test(t)).sort((a, b) => b.length - a.length);
  return { whole, phrases, codes: new Set(whole.filter((t) => /^[a-z][a-z0-9-]*$/.test(t))) };
}

/** The words left once the vault's texts, dates and times formatted by Intl are taken out. */
function leftover(found: string[], texts: VaultTexts): string[] {
  return found
    .map((text) => text.replace(/^(aria-label|placeholder)=/, ''))
    .filter((text) => {
      // A text node that is (a part of) one of the vault's texts, as an excerpt ending in "…" may be.
      const shown = flat(text.replace(/…$/, ''));
      return !texts.whole.some((value) => value.includes(shown));
    })
    // Tags, shown as "#name".
    .map((text) => text.replace(/#[a-z0-9-]+/g, ' '))
    .map((text) => texts.phrases.reduce((rest, value) => (rest.includes(value) ? rest.split(value).join(' ') : rest), flat(text)))
    // A tag's name inside a message ("Remove tag stakeholders"), the message itself accented.
    .map((rest) => (/[À-ž]/.test(rest) ? rest.split(' ').filter((word) => !texts.codes.has(word)).join(' ') : rest))
    .map((rest) =>
      rest
        .replace(/\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{2,4}\b/g, '')
        .replace(/\b[A-Z][a-z]{2,8} \d{4}\b/g, '')
        .replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b/g, '')
        .replace(/\b\d{1,2}:\d{2}\s?[AP]M\b/g, '')
        .replace(/\([SMART]\)/g, '')
        .replace(/\b[A-Z][a-z]+\/[A-Z][A-Za-z_]+\b/g, ''),
    )
    .filter((rest) => /[A-Za-z]{2,}/.test(rest));
}

async function open(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => (location.hash = `#${to}`), path);
  await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
  // Lazy pages and their first queries: wait until nothing is loading.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.waitForTimeout(150);
}

/** The demo vault opened in the app, and every screen worth a look in it: one of each kind of page. */
async function demoPlaces(app: { page: Page; bridge: Bridge | undefined }, locale?: 'de'): Promise<Place[]> {
  const bridge = app.bridge!;
  await dispatch(bridge, 'vault.createDemo', locale ? { locale } : {});
  await app.page.reload();
  await expect(app.page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 30_000 });
  const first = (query: string) => bridge.session.db.prepare(query).pluck().get() as number | undefined;
  const mentee = first("SELECT id FROM mentees WHERE status = 'active' ORDER BY id LIMIT 1");
  const note = first('SELECT id FROM notes ORDER BY id LIMIT 1');
  const escalation = first('SELECT id FROM escalations ORDER BY id LIMIT 1');
  const meeting = first("SELECT id FROM meetings WHERE status = 'held' ORDER BY id LIMIT 1");
  return [
    ...TOP,
    ...TABS.map((tab) => ({ name: `mentee-${tab}`, path: `/mentees/${mentee}/${tab}` })),
    ...(note ? [{ name: 'note', path: `/notes/${note}` }] : []),
    ...(escalation ? [{ name: 'escalation', path: `/escalations/${escalation}` }] : []),
    ...(meeting ? [{ name: 'meeting', path: `/meetings/${meeting}` }] : []),
  ];
}

test.describe('every screen in the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('every word on every screen comes from the catalogue', async ({ app }) => {
    test.skip(!app.bridge, 'the scenario reads the vault through the test bridge');
    const { page } = app;
    const places = await demoPlaces(app);
    const texts = vaultTexts(app.bridge!);
    const problems: Record<string, string[]> = {};
    for (const place of places) {
      await open(page, place.path);
      const left = leftover(await unaccented(page.locator('body')), texts);
      if (left.length > 0) problems[place.name] = [...new Set(left)].slice(0, 12);
    }
    expect(problems).toEqual({});
  });
});

test.describe('every screen in German', () => {
  test.use({ systemLocale: 'de' });

  test('every screen in German: headings, buttons, labels, tabs and column heads whole, light and dark', async ({ app }) => {
    test.skip(!app.bridge, 'the scenario reads the vault through the test bridge');
    const { page } = app;
    // The demo written in German too, as a German-speaking mentor's vault would hold it.
    const places = await demoPlaces(app, 'de');
    const cut: Record<string, string[]> = {};
    for (const place of places) {
      await open(page, place.path);
      // German's long compounds must wrap, never be cut: the words that name things and actions.
      const names = page.locator('h1, h2, h3, button, label, legend, th, [role="columnheader"], nav a, [role="tab"]');
      const found = [...(await cutOff(names)).filter((f) => !f.includes('visually-hidden')), ...(await brokenWords(names)).map((word) => `broken: ${word}`)];
      if (found.length > 0) cut[place.name] = found;
      await shoot(page, app, `de-every-${place.name}`);
    }
    expect(cut).toEqual({});
  });
});
