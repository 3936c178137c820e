import type { ActionItem, ActionOwner, DraftField, MeetingDecision, MeetingEvidence, MeetingWin } from '../../../shared/meetings/capture';
import type { CatalogueLocale } from '../../../shared/i18n/locales';
import { localToday } from '../../../shared/dates';
import { MAX_SHORT_TEXT } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { createNote, getNote, updateNote } from '../notes/store';
import { invalid, notFound } from '../shared/store-helpers';
import { decisionsTable } from '../records/store';
import { createRecord } from '../shared/record-table';
import { getAction } from './actions';
import { meetingRow, type MeetingRow } from './rows';
import { writtenWords } from './written';

/**
 * Capture during a meeting. Typed text is saved as it is typed: each call replaces the
 * whole text of one field in one autocommitted statement (the vault runs with
 * synchronous=FULL), so what the screen sent is on disk before the call answers.
 */
export function saveDraft(db: Db, meetingId: number, field: DraftField, text: string): string {
  const now = nowIso();
  if (field === 'notes') {
    if (sql(db, 'UPDATE meetings SET notes = ?, updated_at = ? WHERE id = ?').run(text, now, meetingId).changes === 0) throw notFound('meeting');
    return now;
  }
  if (field.startsWith('item:')) {
    const itemId = Number(field.slice(5));
    const r = sql(db, 'UPDATE meeting_agenda_items SET notes = ? WHERE id = ? AND meeting_id = ?').run(text, itemId, meetingId);
    if (r.changes === 0) {
      meetingRow(db, meetingId);
      throw invalid(['field'], 'This agenda item is not on this meeting\'s agenda');
    }
    return now;
  }
  meetingRow(db, meetingId);
  if (text === '') sql(db, 'DELETE FROM meeting_drafts WHERE meeting_id = ? AND field = ?').run(meetingId, field);
  else {
    sql(
      db,
      `INSERT INTO meeting_drafts (meeting_id, field, text, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (meeting_id, field) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    ).run(meetingId, field, text, now);
  }
  return now;
}

export function draftsOf(db: Db, meetingId: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of sql<{ field: string; text: string }>(db, 'SELECT field, text FROM meeting_drafts WHERE meeting_id = ?').all(meetingId)) out[r.field] = r.text;
  return out;
}

function clearDrafts(db: Db, meetingId: number, fields: string[]): void {
  for (const f of fields) sql(db, 'DELETE FROM meeting_drafts WHERE meeting_id = ? AND field = ?').run(meetingId, f);
}

/** The latest private note taken on a meeting (the notes store holds it, confidential). */
export function privateNoteOf(db: Db, meetingId: number): number | null {
  return (sql<number>(db, 'SELECT max(id) FROM notes WHERE meeting_id = ?').pluck().get(meetingId) as number | null) ?? null;
}

/**
 * The mentor's private note on a meeting, saved as typed like the rest: created on the
 * first keystroke, then updated. It goes through the notes store (full-text index, tags
 * kept) and never into the meeting's own record.
 */
export function savePrivateNote(db: Db, meetingId: number, noteId: number | null, text: string, locale?: CatalogueLocale): number {
  return db.transaction(() => {
    const m = meetingRow(db, meetingId);
    if (noteId === null) {
      return createNote(db, { menteeId: m.mentee_id, meetingId, title: privateNoteTitle(m, locale), body: text, tags: [] });
    }
    const note = getNote(db, noteId);
    if (note.meetingId !== meetingId) throw invalid(['noteId'], 'This note is not a note of this meeting');
    updateNote(db, noteId, { menteeId: note.menteeId, meetingId, title: note.title || privateNoteTitle(m, locale), body: text, tags: note.tags });
    return noteId;
  })();
}

function privateNoteTitle(m: MeetingRow, locale: CatalogueLocale | undefined): string {
  return writtenWords(locale).noteTitle(m.kind, m.local_date);
}

/** Where the meeting mode is: the current item and the timers, so a reload resumes there. */
export function saveProgress(db: Db, input: { meetingId: number; currentItemId: number | null; elapsedSeconds: number; items: { id: number; spentSeconds: number }[] }): string {
  const now = nowIso();
  db.transaction(() => {
    meetingRow(db, input.meetingId);
    const onAgenda = (id: number) => sql(db, 'SELECT 1 FROM meeting_agenda_items WHERE id = ? AND meeting_id = ?').get(id, input.meetingId) !== undefined;
    if (input.currentItemId !== null && !onAgenda(input.currentItemId)) throw invalid(['currentItemId'], 'This item is not on this meeting\'s agenda');
    input.items.forEach((item, i) => {
      if (!onAgenda(item.id)) throw invalid(['items', i, 'id'], 'This item is not on this meeting\'s agenda');
      sql(db, 'UPDATE meeting_agenda_items SET spent_seconds = ? WHERE id = ?').run(item.spentSeconds, item.id);
    });
    sql(db, 'UPDATE meetings SET current_item_id = ?, elapsed_seconds = ?, updated_at = ? WHERE id = ?').run(input.currentItemId, input.elapsedSeconds, now, input.meetingId);
  })();
  return now;
}

export function winsOf(db: Db, meetingId: number): MeetingWin[] {
  return sql<MeetingWin>(db, 'SELECT id, text, created_at AS createdAt FROM meeting_wins WHERE meeting_id = ? ORDER BY id').all(meetingId);
}

export function addWin(db: Db, meetingId: number, text: string): MeetingWin {
  return db.transaction(() => {
    meetingRow(db, meetingId);
    const now = nowIso();
    const r = sql(db, 'INSERT INTO meeting_wins (meeting_id, text, created_at) VALUES (?, ?, ?)').run(meetingId, text, now);
    clearDrafts(db, meetingId, ['win']);
    return { id: Number(r.lastInsertRowid), text, createdAt: now };
  })();
}

const EVIDENCE_SELECT = `SELECT me.id, me.evidence_id AS evidenceId, e.summary AS evidenceSummary, me.text, me.created_at AS createdAt
  FROM meeting_evidence me LEFT JOIN evidence e ON e.id = me.evidence_id`;

export function evidenceOf(db: Db, meetingId: number): MeetingEvidence[] {
  return sql<MeetingEvidence>(db, `${EVIDENCE_SELECT} WHERE me.meeting_id = ? ORDER BY me.id`).all(meetingId);
}

export function addEvidence(db: Db, meetingId: number, evidenceId: number | null, text: string): MeetingEvidence {
  return db.transaction(() => {
    const m = meetingRow(db, meetingId);
    if (evidenceId !== null && sql(db, 'SELECT mentee_id FROM evidence WHERE id = ?').pluck().get(evidenceId) !== m.mentee_id) {
      throw invalid(['evidenceId'], 'Choose evidence recorded for this mentee');
    }
    const r = sql(db, 'INSERT INTO meeting_evidence (meeting_id, evidence_id, text, created_at) VALUES (?, ?, ?, ?)').run(meetingId, evidenceId, text, nowIso());
    clearDrafts(db, meetingId, ['evidence']);
    return sql<MeetingEvidence>(db, `${EVIDENCE_SELECT} WHERE me.id = ?`).get(r.lastInsertRowid)!;
  })();
}

export function decisionsOf(db: Db, meetingId: number): MeetingDecision[] {
  return sql<MeetingDecision>(
    db,
    `SELECT d.id, d.date, d.decision, d.rationale, d.changed FROM meeting_decisions md JOIN decisions d ON d.id = md.decision_id
     WHERE md.meeting_id = ? ORDER BY d.id`,
  ).all(meetingId);
}

/** Into the decision log through its own store (same rules as decisions.create), linked to the meeting. */
export function recordMeetingDecision(
  db: Db,
  meetingId: number,
  values: { decision: string; rationale: string; changed?: string; entityKind?: 'goal' | null; entityId?: number | null },
  date = localToday(),
): MeetingDecision {
  return db.transaction(() => {
    const m = meetingRow(db, meetingId);
    const d = createRecord(db, decisionsTable, m.mentee_id, {
      date,
      decision: values.decision,
      rationale: values.rationale,
      changed: values.changed ?? '',
      entityKind: values.entityKind ?? null,
      entityId: values.entityId ?? null,
    });
    sql(db, 'INSERT INTO meeting_decisions (meeting_id, decision_id) VALUES (?, ?)').run(meetingId, d.id);
    return { id: d.id, date: d.date, decision: d.decision, rationale: d.rationale, changed: d.changed };
  })();
}

export function addDecision(db: Db, meetingId: number, decision: string, rationale: string): MeetingDecision {
  return db.transaction(() => {
    const d = recordMeetingDecision(db, meetingId, { decision, rationale });
    clearDrafts(db, meetingId, ['decision', 'decision-rationale']);
    return d;
  })();
}

export function addAction(db: Db, meetingId: number, v: { title: string; owner: ActionOwner; dueDate: string | null }): ActionItem {
  return db.transaction(() => {
    const m = meetingRow(db, meetingId);
    const now = nowIso();
    const r = sql(db, 'INSERT INTO action_items (mentee_id, meeting_id, title, owner, due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      m.mentee_id,
      meetingId,
      v.title,
      v.owner,
      v.dueDate,
      now,
      now,
    );
    clearDrafts(db, meetingId, ['action']);
    return getAction(db, Number(r.lastInsertRowid));
  })();
}

export function updateAction(db: Db, id: number, v: { title: string; owner: ActionOwner; dueDate: string | null }): ActionItem {
  const r = sql(db, 'UPDATE action_items SET title = ?, owner = ?, due_date = ?, updated_at = ? WHERE id = ?').run(v.title, v.owner, v.dueDate, nowIso(), id);
  if (r.changes === 0) throw notFound('action item');
  return getAction(db, id);
}

export function setActionDone(db: Db, id: number, done: boolean, meetingId: number | null, today = localToday()): ActionItem {
  db.transaction(() => {
    const menteeId = sql<number>(db, 'SELECT mentee_id FROM action_items WHERE id = ?').pluck().get(id) as number | undefined;
    if (menteeId === undefined) throw notFound('action item');
    if (meetingId !== null && meetingRow(db, meetingId).mentee_id !== menteeId) throw invalid(['meetingId'], 'Choose a meeting of the same mentee');
    sql(db, 'UPDATE action_items SET done_on = ?, done_in_meeting_id = ?, updated_at = ? WHERE id = ?').run(
      done ? today : null,
      done ? meetingId : null,
      nowIso(),
      id,
    );
  })();
  return getAction(db, id);
}

/** What was written on each agenda item, in agenda order: items left empty are not listed. */
export function itemNotesOf(db: Db, meetingId: number): { itemId: number; title: string; notes: string }[] {
  return sql<{ itemId: number; title: string; notes: string }>(
    db,
    "SELECT id AS itemId, title, notes FROM meeting_agenda_items WHERE meeting_id = ? AND trim(notes) <> '' ORDER BY position, id",
  ).all(meetingId);
}

const REMOVABLE = { win: 'meeting_wins', evidence: 'meeting_evidence', action: 'action_items' } as const;

/**
 * A decision captured by mistake leaves its meeting, but not the decision log, which is a
 * trail: the log gains a correcting decision that refers to it and says why.
 */
function withdrawDecision(db: Db, decisionId: number, locale: CatalogueLocale | undefined): void {
  const words = writtenWords(locale);
  db.transaction(() => {
    const link = sql<{ meetingId: number }>(db, 'SELECT meeting_id AS meetingId FROM meeting_decisions WHERE decision_id = ?').get(decisionId);
    if (!link) throw notFound('decision of a meeting');
    const m = meetingRow(db, link.meetingId);
    const original = sql<{ decision: string }>(db, 'SELECT decision FROM decisions WHERE id = ?').get(decisionId)!;
    sql(db, 'DELETE FROM meeting_decisions WHERE meeting_id = ? AND decision_id = ?').run(link.meetingId, decisionId);
    const withdrawn = words.withdrawn(original.decision);
    createRecord(db, decisionsTable, m.mentee_id, {
      date: localToday(),
      decision: withdrawn.length > MAX_SHORT_TEXT ? `${withdrawn.slice(0, MAX_SHORT_TEXT - 1)}…` : withdrawn,
      rationale: words.withdrawnWhy(m.kind, m.local_date),
      changed: '',
      entityKind: 'decision',
      entityId: decisionId,
    });
  })();
}

/** A capture added by mistake. A decision is withdrawn (see withdrawDecision), not deleted. */
export function removeCapture(db: Db, kind: keyof typeof REMOVABLE | 'decision', id: number, locale?: CatalogueLocale): void {
  if (kind === 'decision') return withdrawDecision(db, id, locale);
  if (kind === 'action' && sql(db, 'SELECT 1 FROM action_item_carries WHERE action_id = ?').get(id)) {
    throw new VaultError('CONFLICT', 'This action was carried into later meetings; mark it done instead of removing it.');
  }
  const r = sql(db, `DELETE FROM ${REMOVABLE[kind]} WHERE id = ?`).run(id);
  if (r.changes === 0) throw notFound(kind === 'action' ? 'action item' : kind);
}
