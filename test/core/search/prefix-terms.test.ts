import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPrefixes, MAX_EXPANDED_WORDS } from '../../../src/main/features/search/prefix-terms';
import { openHarness, type Harness } from '../../helpers/confidential-vault';

/**
 * A prefix longer than the prefix index becomes the words of the index it stands for,
 * looked up in the vault's own vocabulary: the same records match, and nothing the
 * lookup needs is written to the vault file.
 */
let h: Harness;
let menteeId: number;

beforeAll(async () => {
  h = await openHarness('prefix-terms');
  menteeId = await h.mentee('Prefix Mentee');
  await h.ok('notes.create', { menteeId, title: 'Team offsite', body: 'The teammates asked about the teamwork survey.' });
  await h.ok('notes.create', { menteeId, title: 'Rehearsal', body: 'Rehearsed the talk twice; Café feedback.' });
  await h.ok('decisions.create', { menteeId, date: '2030-05-01', decision: 'Teams of two', rationale: 'Pairing helps' });
});
afterAll(() => h.close());

describe('long prefixes as the words they stand for', () => {
  it("replaces a prefix by each index's own words, and leaves short, unknown and non-ASCII prefixes alone", () => {
    expect(expandPrefixes(h.db, 'notes_fts', '("team"*)')).toBe('(("team" OR "teammates" OR "teamwork"))');
    expect(expandPrefixes(h.db, 'search_fts', '("team"*)')).toBe('(("teams"))');
    expect(expandPrefixes(h.db, 'notes_fts', '("REHEARS"* AND "tea"*)')).toBe('(("rehearsal" OR "rehearsed") AND "tea"*)');
    expect(expandPrefixes(h.db, 'notes_fts', '("zzzz"*)')).toBe('("zzzz"*)');
    expect(expandPrefixes(h.db, 'notes_fts', '("café"* AND "team")')).toBe('("café"* AND "team")');
    expect(expandPrefixes(h.db, 'notes_fts', '("team" NOT "team"*)')).toBe('("team" NOT ("team" OR "teammates" OR "teamwork"))');
  });

  it('keeps the prefix when more words share it than it is worth listing', async () => {
    const body = Array.from({ length: MAX_EXPANDED_WORDS + 1 }, (_, i) => `quorb${String.fromCharCode(97 + i)}`).join(' ');
    await h.ok('notes.create', { menteeId, title: 'Many', body });
    expect(expandPrefixes(h.db, 'notes_fts', '("quorb"*)')).toBe('("quorb"*)');
  });

  it('finds the same records as the prefix itself, through search everything', async () => {
    const result = await h.ok('search.everything', { query: 'team' });
    const ids = Object.fromEntries(result.groups.map((g) => [g.kind, g.hits.length]));
    expect(ids).toEqual({ note: 1, decision: 1 });
    expect(result.groups.find((g) => g.kind === 'note')!.hits[0]!.titleMarked).toBe('\u0002Team\u0003 offsite');
    // The vocabulary tables live in the connection's temp schema, never in the vault file.
    expect(h.db.prepare("SELECT count(*) FROM main.sqlite_schema WHERE name LIKE 'words_of_%'").pluck().get()).toBe(0);
  });
});
