import type { z } from 'zod';
import type { NoteSearchHit, searchNotesInput } from '../../../shared/notes/schema';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { noteFilters, plainExcerpt, TAGS_OF_NOTE } from './filters';
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
  rank: number;
}

/**
 * One call for the search screen: ranked rows (bm25, title x10, from the table's rank
 * setting) with highlights, mentee name, tags and dates. Matches are marked with
 * \u0002...\u0003 (see shared/notes/marks.ts), never HTML.
 */
export function searchNotes(db: Db, input: z.output<typeof searchNotesInput>): Page<NoteSearchHit> {
  const match = toFtsQuery(input.query);
  const { where, params } = noteFilters(input);
  const clause = ['notes_fts MATCH :match', ...where].join(' AND ');
  const from = 'FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid';
  try {
    const rows = sql<HitRow>(
      db,
      `SELECT n.id, n.mentee_id, m.name AS mentee_name, n.meeting_id, n.title, n.created_at, n.updated_at,
         highlight(notes_fts, 0, char(2), char(3)) AS title_marked,
         snippet(notes_fts, 1, char(2), char(3), '…', 24) AS snippet,
         ${TAGS_OF_NOTE} AS tags, notes_fts.rank AS rank
       ${from} JOIN mentees m ON m.id = n.mentee_id
       WHERE ${clause} ORDER BY notes_fts.rank, n.id LIMIT :limit OFFSET :offset`,
    ).all({ ...params, match, limit: input.limit, offset: input.offset });
    const total = sql<number>(db, `SELECT count(*) ${from} WHERE ${clause}`).pluck().get({ ...params, match }) as number;
    return {
      total,
      rows: rows.map((row) => ({
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
        score: -row.rank,
        confidential: true,
      })),
    };
  } catch (err) {
    if (isFtsQueryError(err)) throw ftsQueryError();
    throw err;
  }
}
