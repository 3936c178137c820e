import { searchNotes } from '../../src/main/features/notes/search';
import { searchEverything } from '../../src/main/features/search/everything';
import { searchEverythingInput } from '../../src/shared/search/schema';
import { searchNotesInput } from '../../src/shared/notes/schema';
import type { BenchCase } from '../lib/types';

/**
 * The search screen's one call (count, ranked page, highlights) across every private
 * note, as typed: rare and common words, two words, a prefix, one mentee. Each timed run
 * is one query, cycling through the list, so the p95 covers the slow kinds too.
 */
const QUERIES = [
  'burnout',
  'promotion',
  'feedback',
  'roadmap latency',
  'stakeholder',
  'deleg*',
  'incident retro',
  'pairing',
  'architecture talk',
  'interview',
  'confidence',
  'migration',
];

/**
 * Search as typed across every kind: the vault's most frequent words, two-letter
 * prefixes (served by the prefix index), a word typed letter by letter, two words.
 */
const AS_TYPED = ['the', 'and', 'th', 're', 'st', 'co', 'a', 'fe', 'fee', 'feed', 'feedb', 'feedback', 'team', 'stakeholder', 'deleg', 'the te', 'roadmap lat'];

export const cases: BenchCase[] = [
  {
    name: 'search everything as typed, every kind (frequent words, 2-letter prefixes)',
    iterations: AS_TYPED.length * 10,
    warmup: AS_TYPED.length,
    twin: true,
    target: '<= 15 ms p95',
    run(_env, t, i) {
      const query = AS_TYPED[i % AS_TYPED.length]!;
      const result = searchEverything(t.db, searchEverythingInput.parse({ query }));
      if (result.groups.length === 0) throw new Error(`nothing matches "${query}": the demo vocabulary changed`);
    },
  },
  {
    name: 'search everything as typed, one mentee',
    iterations: AS_TYPED.length * 5,
    warmup: AS_TYPED.length,
    twin: true,
    target: '<= 15 ms p95',
    run(_env, t, i) {
      searchEverything(t.db, searchEverythingInput.parse({ query: AS_TYPED[i % AS_TYPED.length], menteeId: 1 + (i % 50) }));
    },
  },
  {
    name: 'FTS search, first page of 50 (12 kinds of query)',
    iterations: QUERIES.length * 10,
    warmup: QUERIES.length,
    twin: true,
    target: '<= 15 ms p95; <= 1.25x',
    run(_env, t, i) {
      const page = searchNotes(t.db, searchNotesInput.parse({ query: QUERIES[i % QUERIES.length], limit: 50 }));
      if (page.total === 0) throw new Error(`no notes match "${QUERIES[i % QUERIES.length]}": the demo vocabulary changed`);
    },
  },
  {
    name: 'FTS search within one mentee and a tag',
    iterations: QUERIES.length * 5,
    warmup: QUERIES.length,
    twin: true,
    target: '<= 15 ms p95',
    run(_env, t, i) {
      searchNotes(t.db, searchNotesInput.parse({ query: QUERIES[i % QUERIES.length], menteeId: 1 + (i % 50), tags: ['feedback'], limit: 50 }));
    },
  },
];
