import type { z } from 'zod';
import { CONFIDENTIAL_KINDS, SEARCH_KINDS, type SearchKind } from '../../../shared/search/kinds';
import type { SearchGroup, SearchHit, SearchResults, searchEverythingInput } from '../../../shared/search/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { plainExcerpt } from '../notes/filters';
import { ftsQueryError, isFtsQueryError, parseQuery } from '../notes/fts-query';
import { matchFilters } from '../notes/search';
import { expandPrefixes, type FtsIndex } from './prefix-terms';

type Input = z.output<typeof searchEverythingInput>;

/**
 * Bounds that keep every query, even "the" or a two-letter prefix over 100,000 notes, near
 * the cost of a rare word. FTS5 walks a doclist newest first and stops at a LIMIT, but
 * each match costs about 2 µs (its position list is read): with every kind at once, a
 * kind's newest RANKED matches are its candidates and its count stops there ("100+");
 * one kind, paged, counts and ranks up to COUNTED ("1,000+").
 *
 * bm25 is not bounded that way: its first call in a statement reads the whole doclist of
 * every phrase of the query to weigh it (about 3 ms for "the*" over 100,000 notes, as
 * much again per kind if each kind ranked its own). So the candidates of all kinds are
 * ranked in one statement per index, without the kind and mentee tokens, and only while
 * every word is rare (in at most RARE_WORD records of that index); with a frequent word in
 * the query, which bm25 barely tells apart anyway, the newest come first.
 */
export const SEARCH_COUNTED = 1_000;
export const SEARCH_RANKED = 100;
/** A word in at most this many records of an index is rare enough for bm25 (its check stops here too). */
export const RARE_WORD = 300;

type Index = FtsIndex;

interface Detail {
  id: number;
  mentee_id: number;
  title_marked: string;
  snippet: string;
  date: string;
  parent: number | null;
}

/** One call for the search screen: per kind, the best matches with their words marked, and a count. */
export function searchEverything(db: Db, input: Input, bounds = { counted: SEARCH_COUNTED, overview: SEARCH_RANKED }): SearchResults {
  const { match: words, terms } = parseQuery(input.query, { prefixWords: true });
  const notesOnly = input.tags.length > 0 || input.dateFrom !== undefined || input.dateTo !== undefined;
  const kinds = input.kind ? [input.kind] : notesOnly ? (['note'] as const) : SEARCH_KINDS;
  const paged = input.kind !== undefined;
  // All kinds at once count each kind's matches only as far as they rank them.
  const counted = paged ? bounds.counted : bounds.overview;
  try {
    // Each index's own words for a long prefix, looked up once (see prefix-terms).
    const matchOf = new Map<Index, string>();
    const wordsIn = (index: Index) => matchOf.get(index) ?? matchOf.set(index, expandPrefixes(db, index, words)).get(index)!;
    const found: { kind: SearchKind; query: KindQuery; ids: number[]; total: number }[] = [];
    for (const kind of kinds) {
      if (kind !== 'note' && notesOnly) continue;
      const query = kind === 'note' ? notesQuery(wordsIn('notes_fts'), input) : indexQuery(kind, wordsIn('search_fts'), input.menteeId);
      const ids = sql<number>(db, `SELECT rowid ${query.from} ORDER BY rowid DESC LIMIT :cap`).pluck().all({ ...query.params, cap: counted + 1 }) as number[];
      if (ids.length > 0) found.push({ kind, query, ids: ids.slice(0, counted), total: ids.length });
    }
    const ranks = new Map<number, number>();
    for (const index of ['notes_fts', 'search_fts'] as const) {
      const ids = found.filter((f) => f.query.table === index).flatMap((f) => f.ids);
      if (ids.length > 0 && allRare(db, index, terms.map((term) => expandPrefixes(db, index, term)))) rank(db, index, wordsIn(index), ids, ranks);
    }
    const groups: SearchGroup[] = found.map(({ kind, query, ids, total }) => {
      // Best bm25 first (lower is better), then the newest; unranked: the newest first, as found.
      const ordered = ranks.size ? [...ids].sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0) || b - a) : ids;
      const shown = ordered.slice(paged ? input.offset : 0, (paged ? input.offset : 0) + input.limit);
      return { kind, total: Math.min(total, counted), more: total > counted, hits: shown.length ? hits(db, kind, query, shown, ranks) : [] };
    });
    return { groups };
  } catch (err) {
    if (isFtsQueryError(err)) throw ftsQueryError();
    throw err;
  }
}

/** True when each term is in at most RARE_WORD records of the index (each check stops there). */
function allRare(db: Db, index: Index, terms: string[]): boolean {
  const columns = index === 'search_fts' ? '{title body} : ' : '';
  return terms.every(
    (term) =>
      (sql<number>(db, `SELECT count(*) FROM (SELECT rowid FROM ${index} WHERE ${index} MATCH :term LIMIT :cap)`).pluck().get({ term: `${columns}(${term})`, cap: RARE_WORD + 1 }) as number) <= RARE_WORD,
  );
}

/** bm25 of the candidates, in one statement (see SEARCH_COUNTED); ids go in as in `hits`. */
function rank(db: Db, index: Index, words: string, ids: number[], into: Map<number, number>) {
  const match = index === 'search_fts' ? `{title body} : (${words})` : words;
  const rows = sql<{ id: number; rank: number }>(
    db,
    `SELECT rowid AS id, rank FROM ${index} WHERE ${index} MATCH :match AND +rowid IN (SELECT value FROM json_each(:ids)) ORDER BY rowid DESC LIMIT :n`,
  ).all({ match, ids: JSON.stringify(ids), n: ids.length });
  for (const r of rows) into.set(r.id, r.rank);
}

interface KindQuery {
  /** FROM and WHERE of the kind's matches. */
  from: string;
  params: Record<string, unknown>;
  table: Index;
}

/** Private notes keep their own index (the notes page's filters are built on it). */
function notesQuery(words: string, input: Input): KindQuery {
  const { where, params } = matchFilters(input);
  return { from: `FROM notes_fts WHERE ${['notes_fts MATCH :match', ...where].join(' AND ')}`, params: { ...params, match: words }, table: 'notes_fts' };
}

/** The kind and the mentee are tokens of the hidden facets column; the mentor's words match title and body only. */
function indexQuery(kind: Exclude<SearchKind, 'note'>, words: string, menteeId: number | undefined): KindQuery {
  const facets = [`facets : "k${kind}"`, ...(menteeId !== undefined ? [`facets : "m${menteeId}"`] : [])];
  return { from: 'FROM search_fts WHERE search_fts MATCH :match', params: { match: `${facets.join(' AND ')} AND {title body} : (${words})` }, table: 'search_fts' };
}

/**
 * Highlights, snippets and mentee names for the shown rows only. The ids go in as a
 * per-match check (unary +) on a newest-first walk that stops once all are found: any
 * rowid constraint (=, >=, BETWEEN) makes FTS5 build the whole doclist of a prefix first
 * (11 ms for "the*" over 100,000 notes with >=, a second with =).
 */
function hits(db: Db, kind: SearchKind, query: KindQuery, shown: number[], ranks: Map<number, number>): SearchHit[] {
  const text =
    query.table === 'notes_fts'
      ? `SELECT n.id, n.mentee_id, highlight(notes_fts, 0, char(2), char(3)) AS title_marked,
           snippet(notes_fts, 1, char(2), char(3), '…', 24) AS snippet, substr(n.created_at, 1, 10) AS date, NULL AS parent, notes_fts.rowid AS rowid
         FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid
         WHERE notes_fts MATCH :match AND +notes_fts.rowid IN (SELECT value FROM json_each(:ids))
         ORDER BY notes_fts.rowid DESC LIMIT :n`
      : `SELECT rowid >> 4 AS id, CAST(substr(facets, instr(facets, ' m') + 2) AS INTEGER) AS mentee_id,
           highlight(search_fts, 1, char(2), char(3)) AS title_marked, snippet(search_fts, 2, char(2), char(3), '…', 24) AS snippet,
           at AS date, parent, rowid
         FROM search_fts
         WHERE search_fts MATCH :match AND +rowid IN (SELECT value FROM json_each(:ids))
         ORDER BY rowid DESC LIMIT :n`;
  const rows = sql<Detail & { rowid: number }>(db, text).all({ match: query.params.match, ids: JSON.stringify(shown), n: shown.length });
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  const names = menteeNames(db, [...new Set(rows.map((r) => r.mentee_id))]);
  const out: SearchHit[] = [];
  for (const rowid of shown) {
    const row = byRowid.get(rowid);
    if (!row) continue;
    out.push({
      kind,
      id: row.id,
      menteeId: row.mentee_id,
      menteeName: names.get(row.mentee_id) ?? '',
      titleMarked: row.title_marked,
      // Markdown syntax dropped so the snippet reads as text; the markers survive.
      snippet: plainExcerpt(row.snippet, 1000),
      date: row.date,
      parentId: row.parent,
      confidential: CONFIDENTIAL_KINDS.has(kind),
      score: -(ranks.get(rowid) ?? 0),
    });
  }
  return out;
}

function menteeNames(db: Db, ids: number[]): Map<number, string> {
  const rows = sql<{ id: number; name: string }>(db, 'SELECT id, name FROM mentees WHERE id IN (SELECT value FROM json_each(:ids))').all({ ids: JSON.stringify(ids) });
  return new Map(rows.map((r) => [r.id, r.name]));
}

