import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchNotes } from '../../../src/main/features/notes/search';
import { searchNotesInput } from '../../../src/shared/notes/schema';
import { openHarness, type Harness } from '../../helpers/confidential-vault';

/**
 * The parts of notes.search that keep it fast on a lifetime of notes: bm25 for
 * the newest matches only when there are very many, and filters that never read a note
 * per match. Run with a tiny window, so the window's edges are reached with a few notes.
 */
let h: Harness;
let ada: number;
let ben: number;
/** Ids in creation order; strong = the word three times (ranks above weak). */
const made: { id: number; strong: boolean }[] = [];

beforeAll(async () => {
  h = await openHarness('search-scale');
  ada = await h.mentee('Ada Scale');
  ben = await h.mentee('Ben Scale');
  const pattern = [false, true, false, false, true, false, true, false];
  for (const [i, strong] of pattern.entries()) {
    const body = strong ? 'heliotrope heliotrope heliotrope and some words' : 'one heliotrope among several other ordinary words here';
    const { id } = await h.ok('notes.create', { menteeId: i % 2 ? ben : ada, title: '', body, tags: i % 3 ? [] : ['scale'] });
    made.push({ id, strong });
    h.db.prepare('UPDATE notes SET created_at = ? WHERE id = ?').run(`2024-0${1 + (i % 8)}-10T10:00:00.000Z`, id);
  }
});
afterAll(() => h.close());

const run = (extra: Record<string, unknown>, window: number) => searchNotes(h.db, searchNotesInput.parse({ query: 'heliotrope', ...extra }), window);
const idsOf = (page: { rows: { id: number }[] }) => page.rows.map((r) => r.id);

describe('ranked window', () => {
  it('ranks every match when they fit the window: the same order as an unbounded ranking', () => {
    const all = run({}, 1000);
    expect(all.total).toBe(8);
    // Strong notes first (oldest id first among equal scores), then the weak ones.
    const strong = made.filter((m) => m.strong).map((m) => m.id);
    const weak = made.filter((m) => !m.strong).map((m) => m.id);
    expect(idsOf(all)).toEqual([...strong, ...weak]);
    expect(idsOf(run({}, 8))).toEqual(idsOf(all));
  });

  it('beyond the window: the newest matches ranked, then older ones newest first; total counts them all', () => {
    const page = run({}, 4);
    expect(page.total).toBe(8);
    const newest = made.slice(4);
    const older = made.slice(0, 4).map((m) => m.id).reverse();
    const rankedNewest = [...newest.filter((m) => m.strong), ...newest.filter((m) => !m.strong)].map((m) => m.id);
    expect(idsOf(page)).toEqual([...rankedNewest, ...older]);
    expect(page.rows.every((r) => Number.isFinite(r.score) && r.snippet.includes('\u0002heliotrope\u0003'))).toBe(true);
  });

  it('pages across the edge of the window join up with no gap or repeat', () => {
    const whole = idsOf(run({}, 4));
    const paged = [0, 3, 6].flatMap((offset) => idsOf(run({ offset, limit: 3 }, 4)));
    expect(paged).toEqual(whole);
    expect(run({ offset: 8, limit: 3 }, 4).rows).toEqual([]);
  });
});

describe('filters without a read of each note', () => {
  it('mentee, tag and date filters give the same notes with any window', () => {
    for (const window of [3, 1000]) {
      expect(new Set(idsOf(run({ menteeId: ada }, window)))).toEqual(new Set(made.filter((_m, i) => i % 2 === 0).map((m) => m.id)));
      expect(new Set(idsOf(run({ tags: ['scale'] }, window)))).toEqual(new Set(made.filter((_m, i) => i % 3 === 0).map((m) => m.id)));
      expect(new Set(idsOf(run({ dateFrom: '2024-03-01', dateTo: '2024-05-10' }, window)))).toEqual(new Set(made.slice(2, 5).map((m) => m.id)));
      expect(run({ menteeId: ben, dateTo: '2024-02-10' }, window).total).toBe(1);
    }
  });

  it('a filtered search read in one pass pages like the windowed one: same order, no gap or repeat', () => {
    // Unfiltered, the count and the SQL ranking run; filtered, the one pass sorts in JS.
    const ranked = idsOf(run({}, 1000));
    const cases = [
      { filter: { menteeId: ada }, ids: made.filter((_m, i) => i % 2 === 0).map((m) => m.id) },
      { filter: { tags: ['scale'] }, ids: made.filter((_m, i) => i % 3 === 0).map((m) => m.id) },
    ];
    for (const { filter, ids } of cases) {
      const onePass = run(filter, 1000);
      expect(onePass.total).toBe(ids.length);
      expect(idsOf(onePass)).toEqual(ranked.filter((id) => ids.includes(id)));
      expect([0, 2, 4].flatMap((offset) => idsOf(run({ ...filter, offset, limit: 2 }, 1000)))).toEqual(idsOf(onePass));
      // More matches than the window: the count and the windowed ranking take over.
      expect(run(filter, 1).total).toBe(ids.length);
    }
  });

  it('the count and ranking statements read the FTS index and small indexes, never the notes rows', () => {
    // The statements the store prepares, captured from the connection, not copied here.
    const texts: string[] = [];
    const db = new Proxy(h.db, {
      get(target, prop) {
        if (prop === 'prepare') return (text: string) => (texts.push(text), target.prepare(text));
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    searchNotes(db, searchNotesInput.parse({ query: 'heliotrope', menteeId: ada, tags: ['scale'], dateFrom: '2024-01-01', dateTo: '2024-12-31', offset: 0, limit: 3 }), 1);
    const params = { match: 'x', menteeId: 1, tag0: 'a', dateFrom: '2024', dateToNext: '2025', cap: 2, window: 2, limit: 3, offset: 0, skip: 2, from: 1, ids: '[1]' };
    const plans = texts.map((text) => (h.db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(params) as { detail: string }[]).map((r) => r.detail));
    // Window 1: the one-pass read of every match finds more than that, so the count and the two rankings follow.
    const [all, count, ranked, older, details] = plans;
    expect(plans).toHaveLength(5);
    for (const plan of [all!, count!, ranked!, older!]) {
      expect(plan).toContain('SEARCH n USING COVERING INDEX notes_by_mentee (mentee_id=?)');
      // With a mentee, a tag is a lookup per note of the mentee's, never the tag's whole set.
      expect(plan.some((d) => /SEARCH t EXISTS USING COVERING INDEX note_tags_by_note \(note_id=\? AND tag=\?\)/.test(d)), plan.join('\n')).toBe(true);
      expect(plan.filter((d) => /note_tags USING PRIMARY KEY \(tag=\?\)/.test(d))).toEqual([]);
      expect(plan.some((d) => /SEARCH d (EXISTS )?USING COVERING INDEX notes_filter_by_id \(id=\? AND created_at>\? AND created_at<\?\)/.test(d)), plan.join('\n')).toBe(true);
      expect(plan.filter((d) => /USING INTEGER PRIMARY KEY/.test(d))).toEqual([]);
    }
    // The newest matches come straight from the index's order; only the page's rows are joined.
    expect(ranked!.some((d) => /SCAN notes_fts VIRTUAL TABLE INDEX \d+:M/.test(d))).toBe(true);
    expect(details!.some((d) => /SEARCH n USING INTEGER PRIMARY KEY/.test(d))).toBe(true);
  });
});
