import type { z } from 'zod';
import type { listNotesInput, Note, NoteFieldsValues, NoteSummary, TagCount } from '../../../shared/notes/schema';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { noteFilters, plainExcerpt, TAGS_OF_NOTE } from './filters';

interface NoteRow {
  id: number;
  mentee_id: number;
  mentee_name: string;
  meeting_id: number | null;
  title: string;
  created_at: string;
  updated_at: string;
  tags: string;
}

function notFound(): VaultError {
  return new VaultError('NOT_FOUND', 'No note with that id.');
}

function assertMentee(db: Db, menteeId: number): void {
  if (!sql(db, 'SELECT 1 FROM mentees WHERE id = ?').get(menteeId)) {
    throw new VaultError('NOT_FOUND', 'No mentee with that id.', [{ path: ['menteeId'], message: 'No such mentee' }]);
  }
}

/** A note's meeting must be a meeting of the same mentee (notes.meeting_id has no foreign key; see migration 004). */
function assertMeeting(db: Db, meetingId: number | null, menteeId: number): void {
  if (meetingId === null) return;
  if (sql<number>(db, 'SELECT mentee_id AS owner FROM meetings WHERE id = ?').pluck().get(meetingId) !== menteeId) {
    throw new VaultError('INVALID_INPUT', "meetingId: Choose one of this mentee's meetings", [{ path: ['meetingId'], message: "Choose one of this mentee's meetings" }]);
  }
}

/** Keeps note_tags equal to `tags`, touching only the rows that change. */
function writeTags(db: Db, noteId: number, tags: string[]): void {
  const existing = new Set(sql<string>(db, 'SELECT tag FROM note_tags WHERE note_id = ?').pluck().all(noteId) as string[]);
  const wanted = new Set(tags);
  for (const tag of existing) if (!wanted.has(tag)) sql(db, 'DELETE FROM note_tags WHERE tag = ? AND note_id = ?').run(tag, noteId);
  for (const tag of wanted) if (!existing.has(tag)) sql(db, 'INSERT INTO note_tags (tag, note_id) VALUES (?, ?)').run(tag, noteId);
}

/** `now` is for demo data only. */
export function createNote(db: Db, note: NoteFieldsValues, now: string = nowIso()): number {
  return db.transaction(() => {
    assertMentee(db, note.menteeId);
    assertMeeting(db, note.meetingId, note.menteeId);
    const result = sql(db, 'INSERT INTO notes (mentee_id, meeting_id, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      note.menteeId,
      note.meetingId,
      note.title,
      note.body,
      now,
      now,
    );
    const id = Number(result.lastInsertRowid);
    writeTags(db, id, note.tags);
    return id;
  })();
}

export function updateNote(db: Db, id: number, note: NoteFieldsValues, expectedUpdatedAt?: string): void {
  db.transaction(() => {
    const current = sql<{ updated_at: string }>(db, 'SELECT updated_at FROM notes WHERE id = ?').get(id);
    if (!current) throw notFound();
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== current.updated_at) {
      throw new VaultError('CONFLICT', 'This note was changed since you opened it; reload it before saving.');
    }
    assertMentee(db, note.menteeId);
    assertMeeting(db, note.meetingId, note.menteeId);
    // Strictly later than before, so expectedUpdatedAt always tells two saves apart.
    let now = nowIso();
    if (now <= current.updated_at) now = new Date(Date.parse(current.updated_at) + 1).toISOString();
    sql(db, 'UPDATE notes SET mentee_id = ?, meeting_id = ?, title = ?, body = ?, updated_at = ? WHERE id = ?').run(
      note.menteeId,
      note.meetingId,
      note.title,
      note.body,
      now,
      id,
    );
    writeTags(db, id, note.tags);
  })();
}

/**
 * Deletes a note, its tags and (by trigger, with FTS5 secure-delete) its words in the
 * search index. PRAGMA secure_delete zeroes the freed bytes in the file.
 */
export function deleteNote(db: Db, id: number): void {
  const result = sql(db, 'DELETE FROM notes WHERE id = ?').run(id);
  if (result.changes === 0) throw notFound();
}

const SELECT_NOTE = `SELECT n.id, n.mentee_id, m.name AS mentee_name, n.meeting_id, n.title, n.created_at, n.updated_at, ${TAGS_OF_NOTE} AS tags`;

function toBase(row: NoteRow) {
  return {
    id: row.id,
    menteeId: row.mentee_id,
    menteeName: row.mentee_name,
    meetingId: row.meeting_id,
    title: row.title,
    tags: JSON.parse(row.tags) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    confidential: true as const,
  };
}

export function getNote(db: Db, id: number): Note {
  const row = sql<NoteRow & { body: string }>(db, `${SELECT_NOTE}, n.body FROM notes n JOIN mentees m ON m.id = n.mentee_id WHERE n.id = ?`).get(id);
  if (!row) throw notFound();
  return { ...toBase(row), body: row.body };
}

const SORTS: Record<z.output<typeof listNotesInput>['sort'], string> = {
  updatedAt: 'n.updated_at',
  createdAt: 'n.created_at',
  title: "n.title COLLATE NOCASE",
};

export function listNotes(db: Db, input: z.output<typeof listNotesInput>): Page<NoteSummary> {
  const { where, params } = noteFilters(input);
  if (input.meetingId !== undefined) {
    where.push('n.meeting_id = :meetingId');
    params.meetingId = input.meetingId;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = input.direction === 'asc' ? 'ASC' : 'DESC';
  const rows = sql<NoteRow & { head: string }>(
    db,
    `${SELECT_NOTE}, substr(n.body, 1, 600) AS head FROM notes n JOIN mentees m ON m.id = n.mentee_id
     ${clause} ORDER BY ${SORTS[input.sort]} ${dir}, n.id ${dir} LIMIT :limit OFFSET :offset`,
  ).all({ ...params, limit: input.limit, offset: input.offset });
  const total = sql<number>(db, `SELECT count(*) FROM notes n ${clause}`).pluck().get(params) as number;
  return { total, rows: rows.map((row) => ({ ...toBase(row), excerpt: plainExcerpt(row.head) })) };
}

export function listTags(db: Db, menteeId: number | undefined): TagCount[] {
  if (menteeId === undefined) {
    return sql<TagCount>(db, 'SELECT tag, count(*) AS count FROM note_tags GROUP BY tag ORDER BY count DESC, tag').all();
  }
  return sql<TagCount>(
    db,
    'SELECT t.tag, count(*) AS count FROM note_tags t JOIN notes n ON n.id = t.note_id WHERE n.mentee_id = ? GROUP BY t.tag ORDER BY count DESC, t.tag',
  ).all(menteeId);
}

/** Text for the clipboard. */
export function noteText(db: Db, id: number, part: 'body' | 'title' | 'all'): string {
  const row = sql<{ title: string; body: string }>(db, 'SELECT title, body FROM notes WHERE id = ?').get(id);
  if (!row) throw notFound();
  if (part === 'title') return row.title;
  if (part === 'body') return row.body;
  return row.title ? `${row.title}\n\n${row.body}` : row.body;
}
