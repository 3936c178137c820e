import type { AgendaContext, AgendaItem } from '../../../shared/meetings/agenda';
import type { MeetingKind } from '../../../shared/meetings/schema';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { invalid } from '../shared/store-helpers';
import { templateItems } from '../templates/agenda';
import { meetingRow } from './rows';

const INSERT_ITEM = 'INSERT INTO meeting_agenda_items (meeting_id, position, title, planned_minutes, context) VALUES (?, ?, ?, ?, ?)';

/** A new meeting's agenda: a copy of its kind's template (later edits to the template do not reach it). */
export function instantiateAgenda(db: Db, meetingId: number, kind: MeetingKind): void {
  const insert = sql(db, INSERT_ITEM);
  templateItems(db, kind).forEach((item, i) => insert.run(meetingId, i, item.title, item.minutes, item.context));
}

interface ItemRow {
  id: number;
  position: number;
  title: string;
  planned_minutes: number;
  context: AgendaContext;
  notes: string;
  spent_seconds: number;
}

export function agendaOf(db: Db, meetingId: number): AgendaItem[] {
  return sql<ItemRow>(db, 'SELECT * FROM meeting_agenda_items WHERE meeting_id = ? ORDER BY position, id')
    .all(meetingId)
    .map((r) => ({ id: r.id, position: r.position, title: r.title, plannedMinutes: r.planned_minutes, context: r.context, notes: r.notes, spentSeconds: r.spent_seconds }));
}

/** Puts a meeting back to its kind's template, when nobody has touched its agenda yet (after a conversion). */
export function replaceUntouchedAgenda(db: Db, meetingId: number, kind: MeetingKind): void {
  const row = meetingRow(db, meetingId);
  if (row.agenda_edited === 1) return;
  if (sql(db, "SELECT 1 FROM meeting_agenda_items WHERE meeting_id = ? AND (notes <> '' OR spent_seconds > 0)").get(meetingId)) return;
  sql(db, 'DELETE FROM meeting_agenda_items WHERE meeting_id = ?').run(meetingId);
  instantiateAgenda(db, meetingId, kind);
}

/**
 * The agenda in its new order. Items keep their notes and timers by id; an item left out
 * is removed, unless notes were taken on it (refused: the notes would be lost).
 */
export function setAgenda(
  db: Db,
  meetingId: number,
  items: { id?: number | undefined; title: string; minutes: number; context: AgendaContext }[],
): AgendaItem[] {
  db.transaction(() => {
    const row = meetingRow(db, meetingId);
    if (row.status === 'held') throw new VaultError('CONFLICT', 'This meeting is held; its agenda is part of the record.');
    const existing = new Map(agendaOf(db, meetingId).map((i) => [i.id, i]));
    const kept = new Set<number>();
    items.forEach((item, i) => {
      if (item.id === undefined) return;
      if (!existing.has(item.id)) throw invalid(['items', i, 'id'], 'This item is not on this meeting\'s agenda');
      if (kept.has(item.id)) throw invalid(['items', i, 'id'], 'Each item appears once');
      kept.add(item.id);
    });
    for (const old of existing.values()) {
      if (kept.has(old.id)) continue;
      if (old.notes.trim() !== '') throw new VaultError('CONFLICT', `"${old.title}" has notes; clear them before removing the item.`);
      sql(db, 'DELETE FROM meeting_agenda_items WHERE id = ?').run(old.id);
    }
    // Positions are plain order numbers (no unique index), so rewriting them in place is safe.
    const update = sql(db, 'UPDATE meeting_agenda_items SET position = ?, title = ?, planned_minutes = ?, context = ? WHERE id = ?');
    const insert = sql(db, INSERT_ITEM);
    items.forEach((item, i) => {
      if (item.id !== undefined) update.run(i, item.title, item.minutes, item.context, item.id);
      else insert.run(meetingId, i, item.title, item.minutes, item.context);
    });
    if (row.current_item_id !== null && !kept.has(row.current_item_id)) sql(db, 'UPDATE meetings SET current_item_id = NULL WHERE id = ?').run(meetingId);
    sql(db, 'UPDATE meetings SET agenda_edited = 1, updated_at = ? WHERE id = ?').run(nowIso(), meetingId);
  })();
  return agendaOf(db, meetingId);
}

/**
 * At the start of a meeting, what needs attention gets a place on the agenda even when
 * the kind's template has none: open action items, at-risk goals or overdue milestones.
 */
export function addPulledInItems(db: Db, meetingId: number, needs: { actions: boolean; goals: boolean }): void {
  const agenda = agendaOf(db, meetingId);
  const has = (c: AgendaContext) => agenda.some((i) => i.context === c);
  const extra: [string, number, AgendaContext][] = [];
  if (needs.actions && !has('actions')) extra.push(['Open action items', 5, 'actions']);
  if (needs.goals && !has('goals')) extra.push(['At-risk goals and overdue milestones', 10, 'goals']);
  if (extra.length === 0) return;
  // First on the agenda: what was left open comes before what is new.
  sql(db, 'UPDATE meeting_agenda_items SET position = position + ? WHERE meeting_id = ?').run(extra.length, meetingId);
  const insert = sql(db, INSERT_ITEM);
  extra.forEach(([title, minutes, context], i) => insert.run(meetingId, i, title, minutes, context));
}
