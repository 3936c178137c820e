import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SearchResults } from '../../../src/shared/search/schema';
import { mergeStep, segmentCount } from '../../../src/main/vault/fts-upkeep';
import { openHarness, type Harness } from '../../helpers/confidential-vault';

/** The index upkeep on a real vault: many small writes leave many segments; the steps merge them. */
let h: Harness;
let menteeId: number;
const WRITES = 40;

const ids = (r: SearchResults) => r.groups.flatMap((g) => g.hits.map((x) => `${g.kind}:${x.id}`)).sort();

beforeAll(async () => {
  h = await openHarness('fts-upkeep');
  // The app merges when idle, on a timer: held here until the test lets it run.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const m = await h.ok('mentees.create', { name: 'Ada Upkeep', status: 'active', careerAims: [{ title: 'Lead the platform team' }] });
  menteeId = m.id;
  // Each call is its own transaction: one new segment per index per write.
  for (let i = 0; i < WRITES; i++) {
    await h.ok('notes.create', { menteeId, title: `Rehearsal ${i}`, body: `Thoughts on the rehearsal number ${i}, theory and practice`, tags: [] });
  }
});
afterAll(() => {
  vi.useRealTimers();
  h.close();
});

describe('FTS5 index upkeep', () => {
  it('merges, in idle-time steps after the writes, the segments they left into few; search finds the same', async () => {
    const db = h.db;
    const segmentsBefore = segmentCount(db, 'notes_fts');
    const searchBefore = segmentCount(db, 'search_fts');
    expect(segmentsBefore).toBeGreaterThan(8);
    const notesBefore = await h.ok('notes.search', { query: 'reh' });
    const everythingBefore = await h.ok('search.everything', { query: 'th' });

    // The idle steps the router's calls scheduled: one bounded step per timer tick.
    const ticks = vi.runAllTimers() && vi.getTimerCount();
    expect(ticks).toBe(0);

    expect(segmentCount(db, 'notes_fts')).toBeLessThanOrEqual(2);
    expect(segmentCount(db, 'notes_fts')).toBeLessThan(segmentsBefore);
    expect(segmentCount(db, 'search_fts')).toBeLessThanOrEqual(Math.max(2, searchBefore));
    expect(await h.ok('notes.search', { query: 'reh' })).toEqual(notesBefore);
    expect(ids(await h.ok('search.everything', { query: 'th' }))).toEqual(ids(everythingBefore));
    // Nothing left to merge: a further step is a no-op.
    expect(mergeStep(db, 'notes_fts')).toBe(false);
  });
});
