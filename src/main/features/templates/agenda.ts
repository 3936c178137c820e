import type { AgendaContext } from '../../../shared/meetings/agenda';
import type { AgendaTemplate, AgendaTemplateItem } from '../../../shared/templates/agenda';
import { MEETING_KINDS, type MeetingKind } from '../../../shared/meetings/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { DEFAULT_AGENDAS } from '../../vault/migrations/004-meetings';

interface TemplateRow {
  kind: MeetingKind;
  title: string;
  planned_minutes: number;
  context: AgendaContext;
}

/** A kind's template items, in order: new meetings of the kind copy them. */
export function templateItems(db: Db, kind: MeetingKind): AgendaTemplateItem[] {
  return sql<TemplateRow>(db, 'SELECT kind, title, planned_minutes, context FROM agenda_template_items WHERE kind = ? ORDER BY position')
    .all(kind)
    .map((r) => ({ title: r.title, minutes: r.planned_minutes, context: r.context }));
}

function toTemplate(kind: MeetingKind, items: AgendaTemplateItem[]): AgendaTemplate {
  return { kind, items, totalMinutes: items.reduce((n, i) => n + i.minutes, 0) };
}

export function listAgendaTemplates(db: Db): AgendaTemplate[] {
  return MEETING_KINDS.map((kind) => toTemplate(kind, templateItems(db, kind)));
}

/** Replaces a kind's template; meetings already planned keep their own agenda. */
export function updateAgendaTemplate(db: Db, kind: MeetingKind, items: AgendaTemplateItem[]): AgendaTemplate {
  db.transaction(() => {
    sql(db, 'DELETE FROM agenda_template_items WHERE kind = ?').run(kind);
    const insert = sql(db, 'INSERT INTO agenda_template_items (kind, position, title, planned_minutes, context) VALUES (?, ?, ?, ?, ?)');
    items.forEach((item, i) => insert.run(kind, i, item.title, item.minutes, item.context));
  })();
  return toTemplate(kind, templateItems(db, kind));
}

export function resetAgendaTemplate(db: Db, kind: MeetingKind): AgendaTemplate {
  const items = (DEFAULT_AGENDAS[kind] ?? []).map(([title, minutes, context]) => ({ title, minutes, context: context as AgendaContext }));
  return updateAgendaTemplate(db, kind, items);
}

