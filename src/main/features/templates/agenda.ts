import type { AgendaContext } from '../../../shared/meetings/agenda';
import { DEFAULT_LOCALE, type CatalogueLocale } from '../../../shared/i18n/locales';
import type { AgendaTemplate, AgendaTemplateItem } from '../../../shared/templates/agenda';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/built-in';
import { MEETING_KINDS, type MeetingKind } from '../../../shared/meetings/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';

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

/** A kind's agenda back to the built-in one, in the language asked for (the app's). */
export function resetAgendaTemplate(db: Db, kind: MeetingKind, locale: CatalogueLocale = DEFAULT_LOCALE): AgendaTemplate {
  return updateAgendaTemplate(db, kind, BUILT_IN_TEMPLATES[locale].agendas[kind]);
}

