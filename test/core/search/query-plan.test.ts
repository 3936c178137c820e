import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openHarness, type Harness } from '../../helpers/confidential-vault';

/**
 * How search.everything reaches FTS5. A rowid constraint (=, >=, BETWEEN) on a prefix
 * query makes FTS5 build the prefix's whole doclist first (a second for "the*" over
 * 100,000 notes with =), so no statement may pass one; every walk is newest first
 * (ORDER BY rowid DESC, which FTS5 serves itself) under a LIMIT.
 */
let h: Harness;
const texts: string[] = [];

beforeAll(async () => {
  h = await openHarness('search-plan');
  const m = await h.ok('mentees.create', { name: 'Plan Mentee', status: 'active', careerAims: [{ title: 'Grow' }] });
  await h.ok('notes.create', { menteeId: m.id, title: 'Rehearsal plan', body: 'A rare word: quorble.', tags: ['x'] });
  await h.ok('decisions.create', { menteeId: m.id, date: '2030-05-01', decision: 'Rehearse twice', rationale: 'quorble' });
  // Statements are prepared once per connection: record the texts of this search's own.
  const prepare = h.db.prepare.bind(h.db);
  const spy = vi.spyOn(h.db, 'prepare').mockImplementation((text: string) => {
    if (/notes_fts|search_fts/.test(text)) texts.push(text);
    return prepare(text);
  });
  await h.ok('search.everything', { query: 'rehears quorb', menteeId: m.id });
  await h.ok('search.everything', { query: 'rehears', tags: ['x'], dateFrom: '2000-01-01' });
  spy.mockRestore();
});
afterAll(() => h.close());

describe('search.everything query plans', () => {
  it('every FTS5 scan is a MATCH with no rowid constraint, newest first under a LIMIT', () => {
    // Counting/candidates, the rarity check, ranking, details (notes and the rest).
    expect(texts.length).toBeGreaterThanOrEqual(6);
    const params = { match: '"rehears"*', term: '"rehears"*', cap: 10, ids: '[1]', n: 1, menteeId: 1, tag0: 'x', dateFrom: '2000-01-01' };
    for (const text of texts) {
      const names = [...text.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      const bound = Object.fromEntries(names.map((n) => [n, params[n as keyof typeof params]]));
      const plan = (h.db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(bound) as { detail: string }[]).map((r) => r.detail);
      const scans = plan.filter((d) => /(notes_fts|search_fts) VIRTUAL TABLE INDEX/.test(d));
      expect(scans.length, text).toBeGreaterThan(0);
      for (const scan of scans) {
        // FTS5's index string: M<column> for MATCH, D for ORDER BY rowid DESC, =, <, > for rowid constraints.
        const idx = /INDEX \d+:(\S*)/.exec(scan)![1]!;
        expect(idx, `${text}\n${plan.join('\n')}`).toMatch(/M/);
        expect(idx, `${text}\n${plan.join('\n')}`).not.toMatch(/[=<>]/);
      }
      if (!/count\(\*\) FROM \(SELECT rowid FROM \w+ WHERE \w+ MATCH :term LIMIT/.test(text)) {
        expect(text, 'newest first').toMatch(/ORDER BY (\w+\.)?rowid DESC LIMIT :(cap|n)/);
        expect(plan.some((d) => /USE TEMP B-TREE FOR ORDER BY/.test(d)), `${text}\n${plan.join('\n')}`).toBe(false);
      }
    }
  });
});
