import type { z } from 'zod';
import { CONFIDENTIAL_KINDS, SEARCH_KINDS, type SearchKind } from '../../../shared/search/kinds';
import type { SearchGroup, SearchHit, SearchResults, searchEverythingInput } from '../../../shared/search/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { plainExcerpt } from '../notes/filters';
import { ftsQueryError, isFtsQueryError, toFtsQuery } from '../notes/fts-query';
import { matchFilters } from '../notes/search';

type Input = z.output<typeof searchEverythingInput>;

/**
 * Bounds that keep every query, even "the" or a two-letter prefix over 100,000 notes, as
 * cheap as a rare word. FTS5 walks a doclist newest first and stops at a LIMIT; bm25
 * reads each match's column sizes (about 1-5 µs), so only the newest RANKED matches of a
 * kind are ranked (all of them for one kind paged), and matches are counted up to
 * COUNTED (a group then says "1,000+").
 */
export const SEARCH_COUNTED = 1_000;
export const SEARCH_RANKED = 100;

interface Candidate {
  id: number;
  rank: number;
}

interface Detail {
  id: number;
  mentee_id: number;
  title_marked: string;
  snippet: string;
  date: string;
  parent: number | null;
}

/** One call for the search screen: per kind, the best matches with their words marked, and a count. */
export function searchEverything(db: Db, input: Input, counted = SEARCH_COUNTED): SearchResults {
  const words = toFtsQuery(input.query, { prefixWords: true });
  const notesOnly = input.tags.length > 0 || input.dateFrom !== undefined || input.dateTo !== undefined;
  const kinds = input.kind ? [input.kind] : notesOnly ? (['note'] as const) : SEARCH_KINDS;
  const paged = input.kind !== undefined;
  const offset = paged ? input.offset : 0;
  const groups: SearchGroup[] = [];
  try {
    for (const kind of kinds) {
      if (kind !== 'note' && notesOnly) continue;
      const query = kind === 'note' ? notesQuery(words, input) : indexQuery(kind, words, input.menteeId);
      const ranked = paged ? counted : SEARCH_RANKED;
      const candidates = sql<Candidate>(db, `SELECT rowid AS id, rank ${query.from} ORDER BY rowid DESC LIMIT :ranked`).all({ ...query.params, ranked });
      if (candidates.length === 0) continue;
      const total =
        candidates.length < ranked ? candidates.length : (sql<number>(db, `SELECT count(*) FROM (SELECT rowid ${query.from} ORDER BY rowid DESC LIMIT :cap)`).pluck().get({ ...query.params, cap: counted + 1 }) as number);
      candidates.sort((a, b) => a.rank - b.rank || b.id - a.id);
      const shown = candidates.slice(offset, offset + input.limit);
      groups.push({ kind, total: Math.min(total, counted), more: total > counted, hits: shown.length ? hits(db, kind, query, shown) : [] });
    }
  } catch (err) {
    if (isFtsQueryError(err)) throw ftsQueryError();
    throw err;
  }
  return { groups };
}

interface KindQuery {
  /** FROM and WHERE of the kind's matches. */
  from: string;
  params: Record<string, unknown>;
  table: 'notes_fts' | 'search_fts';
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
 * per-match check (unary +) above the lowest rowid: as a rowid constraint FTS5 would run
 * the whole query once per id.
 */
function hits(db: Db, kind: SearchKind, query: KindQuery, shown: Candidate[]): SearchHit[] {
  const rowids = shown.map((c) => c.id);
  const text =
    query.table === 'notes_fts'
      ? `SELECT n.id, n.mentee_id, highlight(notes_fts, 0, char(2), char(3)) AS title_marked,  snippet(notes_fts, 1, char(2), char(3), '…', 24) AS snippet, substr(n.created_at, 1, 10) AS date, NULL AS parent, notes_fts.rowid AS rowid
         FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid
         WHERE notes_fts MATCH :match AND notes_fts.rowid >= :from AND +notes_fts.rowid IN (SELECT value FROM json_each(:ids))`
      : `SELECT rowid >> 4 AS id, CAST(substr(facets, instr(facets, ' m') + 2) AS INTEGER) AS mentee_id,
           highlight(search_fts, 1, char(2), char(3)) AS title_marked, snippet(search_fts, 2, char(2), char(3), '…', 24) AS snippet,
           at AS date, parent, rowid
         FROM search_fts
         WHERE search_fts MATCH :match AND rowid >= :from AND +rowid IN (SELECT value FROM json_each(:ids))`;
  const rows = sql<Detail & { rowid: number }>(db, text).all({ match: query.params.match, from: Math.min(...rowids), ids: JSON.stringify(rowids) });
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  const names = menteeNames(db, [...new Set(rows.map((r) => r.mentee_id))]);
  const out: SearchHit[] = [];
  for (const { id: rowid, rank } of shown) {
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
      score: -rank,
    });
  }
  return out;
}

function menteeNames(db: Db, ids: number[]): Map<number, string> {
  const rows = sql<{ id: number; name: string }>(db, 'SELECT id, name FROM mentees WHERE id IN (SELECT value FROM json_each(:ids))').all({ ids: JSON.stringify(ids) });
  return new Map(rows.map((r) => [r.id, r.name]));
}

