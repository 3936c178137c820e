import type { z } from 'zod';
import type { NoteSearchHit, searchNotesInput } from '../../../shared/notes/schema';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { nextDay, type NoteFilterInput, plainExcerpt, TAGS_OF_NOTE } from './filters';
import { ftsQueryError, isFtsQueryError, toFtsQuery } from './fts-query';

interface HitRow {
  id: number;
  mentee_id: number;
  mentee_name: string;
  meeting_id: number | null;
  title: string;
  title_marked: string;
  snippet: string;
  tags: string;
  created_at: string;
  updated_at: string;
}

/**
 * bm25 costs a read of the match's column sizes, about 1 µs per match: ranking every
 * match of a word found in most of 100,000 notes took 50-130 ms. So the newest this many
 * matches are ranked (all of them, whenever there are no more); older matches follow,
 * newest first. With a mentor's notes that is years of history ranked exactly.
 */
export const RANKED_WINDOW = 5_000;

/**
 * One call for the search screen: ranked rows (bm25, title x10, from the table's rank
 * setting) with highlights, mentee name, tags and dates. Matches are marked with
 * \u0002...\u0003 (see shared/notes/marks.ts), never HTML.
 *
 * Three statements, so the costly parts run only for the rows shown: the count and the
 * ranking read the FTS index and small indexes alone (a join to notes per match cost
 * ~13 µs, 100-300 ms for a common word), then highlight, snippet, mentee and tags for
 * the page's rows only (in one statement they were computed for every match).
 */
export function searchNotes(db: Db, input: z.output<typeof searchNotesInput>, window = RANKED_WINDOW): Page<NoteSearchHit> {
  const match = toFtsQuery(input.query);
  const { where, params } = matchFilters(input);
  const matches = `FROM notes_fts WHERE ${['notes_fts MATCH :match', ...where].join(' AND ')}`;
  try {
    const narrowed = where.length > 0 ? allRanked(db, matches, { ...params, match }, window) : null;
    const total = narrowed ? narrowed.length : (sql<number>(db, `SELECT count(*) ${matches}`).pluck().get({ ...params, match }) as number);
    const ranked = narrowed
      ? narrowed.slice(input.offset, input.offset + input.limit)
      : rankedPage(db, matches, { ...params, match }, total, input.offset, input.limit, window);
    if (ranked.length === 0) return { total, rows: [] };
    const details = new Map(
      sql<HitRow>(
        db,
        `SELECT n.id, n.mentee_id, m.name AS mentee_name, n.meeting_id, n.title, n.created_at, n.updated_at,
           highlight(notes_fts, 0, char(2), char(3)) AS title_marked,
           snippet(notes_fts, 1, char(2), char(3), '…', 24) AS snippet,
           ${TAGS_OF_NOTE} AS tags
         FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid JOIN mentees m ON m.id = n.mentee_id
         WHERE notes_fts MATCH :match AND notes_fts.rowid >= :from AND +notes_fts.rowid IN (SELECT value FROM json_each(:ids))`,
      )
        .all({ match, from: Math.min(...ranked.map((r) => r.id)), ids: JSON.stringify(ranked.map((r) => r.id)) })
        .map((row) => [row.id, row]),
    );
    const rows: NoteSearchHit[] = [];
    for (const { id, rank } of ranked) {
      const row = details.get(id);
      if (!row) continue;
      rows.push({
        id: row.id,
        menteeId: row.mentee_id,
        menteeName: row.mentee_name,
        meetingId: row.meeting_id,
        title: row.title,
        titleMarked: row.title_marked,
        // Markdown syntax dropped so the snippet reads as text; the markers survive.
        snippet: plainExcerpt(row.snippet, 1000),
        tags: JSON.parse(row.tags) as string[],
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        score: -rank,
        confidential: true,
      });
    }
    return { total, rows };
  } catch (err) {
    if (isFtsQueryError(err)) throw ftsQueryError();
    throw err;
  }
}

/**
 * The filters as checks on each match's rowid, none of which reads the notes table: a
 * mentee's or a tag's note ids are a small set from an index (unary + keeps the set a
 * per-match check: as a rowid constraint FTS5 would re-run the query once per id); a
 * date range may cover most notes, so each match is looked up in notes_filter_by_id
 * (migration 005), which the planner passes over for the primary key unless told.
 * With a mentee, the tags narrow that mentee's notes into one set: a common tag's own
 * set (20k ids) was built per statement and made mentee + tag the slowest search.
 */
export function matchFilters(input: NoteFilterInput): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (input.menteeId !== undefined) {
    // EXISTS, not IN: a lookup per note of the mentee's, where IN built the tag's whole set.
    const tagged = input.tags.map((_, i) => `EXISTS (SELECT 1 FROM note_tags t WHERE t.tag = :tag${i} AND t.note_id = n.id)`);
    where.push(`+notes_fts.rowid IN (SELECT n.id FROM notes n WHERE ${['n.mentee_id = :menteeId', ...tagged].join(' AND ')})`);
    params.menteeId = input.menteeId;
    input.tags.forEach((tag, i) => (params[`tag${i}`] = tag));
  } else {
    input.tags.forEach((tag, i) => {
      where.push(`+notes_fts.rowid IN (SELECT note_id FROM note_tags WHERE tag = :tag${i})`);
      params[`tag${i}`] = tag;
    });
  }
  const range: string[] = [];
  if (input.dateFrom) {
    range.push('d.created_at >= :dateFrom');
    params.dateFrom = input.dateFrom;
  }
  if (input.dateTo) {
    range.push('d.created_at < :dateToNext');
    params.dateToNext = nextDay(input.dateTo);
  }
  if (range.length) {
    where.push(`EXISTS (SELECT 1 FROM notes d INDEXED BY notes_filter_by_id WHERE d.id = notes_fts.rowid AND ${range.join(' AND ')})`);
  }
  return { where, params };
}

interface Ranked {
  id: number;
  rank: number;
}

/**
 * A filtered search (a mentee, tags, dates) usually matches few notes: one pass reads
 * them all with their ranks, which also counts them, where a count and then a ranking
 * each re-ran the filter over the word's whole doclist (a third of a mentee + tag
 * search). Sorted as rankedPage sorts. Null when there are more than `window`.
 */
function allRanked(db: Db, matches: string, params: Record<string, unknown>, window: number): Ranked[] | null {
  const rows = sql<Ranked>(db, `SELECT notes_fts.rowid AS id, notes_fts.rank AS rank ${matches} ORDER BY notes_fts.rowid DESC LIMIT :cap`).all({
    ...params,
    cap: window + 1,
  });
  if (rows.length > window) return null;
  return rows.sort((a, b) => a.rank - b.rank || a.id - b.id);
}

/**
 * The ids of one page: by rank (then id) within the newest `window` matches, then the
 * older matches newest first. FTS5 walks its doclist newest first and stops at the window.
 */
function rankedPage(db: Db, matches: string, params: Record<string, unknown>, total: number, offset: number, limit: number, window: number): Ranked[] {
  const rows: Ranked[] = [];
  if (offset < window) {
    rows.push(
      ...sql<Ranked>(
        db,
        `SELECT id, rank FROM (SELECT notes_fts.rowid AS id, notes_fts.rank AS rank ${matches} ORDER BY notes_fts.rowid DESC LIMIT :window)
         ORDER BY rank, id LIMIT :limit OFFSET :offset`,
      ).all({ ...params, window, limit: Math.min(limit, window - offset), offset }),
    );
  }
  const rest = offset + limit - Math.max(offset, window);
  if (rest > 0 && total > window) {
    rows.push(
      ...sql<Ranked>(db, `SELECT notes_fts.rowid AS id, notes_fts.rank AS rank ${matches} ORDER BY notes_fts.rowid DESC LIMIT :limit OFFSET :skip`).all({
        ...params,
        limit: rest,
        skip: Math.max(offset, window),
      }),
    );
  }
  return rows;
}
