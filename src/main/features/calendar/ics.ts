import ical, { ICalEventStatus } from 'ical-generator';
import type { AgendaContext } from '../../../shared/meetings/agenda';
import { MEETING_KIND_LABELS, type MeetingKind, type MeetingStatus } from '../../../shared/meetings/schema';
import type { CatalogueLocale } from '../../../shared/i18n/locales';
import { zonedDateTime } from '../../../shared/meetings/zoned';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { requireMentee } from '../shared/store-helpers';
import { readDocumentLocale } from '../documents/queries';
import { documentWords } from '../documents/words';
import { vtimezone } from './vtimezone';

interface EventRow {
  id: number;
  uid: string;
  kind: MeetingKind;
  title: string;
  mentee_name: string;
  starts_at: string;
  time_zone: string;
  planned_minutes: number;
  status: MeetingStatus;
  ended_at: string | null;
  sequence: number;
  created_at: string;
  updated_at: string;
}

/**
 * What a calendar gets. It reads from the meetings, their mentee's name and the agenda's
 * titles ONLY: never a note, a capture, a draft or anything confidential (tests plant
 * canaries everywhere else and look for them in the file). A held meeting is sent at the
 * time it was held (its start to its end), so a calendar that imported the plan moves
 * the event to when it happened; skipped and cancelled ones are sent as CANCELLED so a
 * calendar that imported them before updates them instead of keeping a ghost.
 */
const EVENTS = `SELECT mt.id, mt.uid, mt.kind, mt.title, m.name AS mentee_name, mt.starts_at, mt.time_zone, mt.planned_minutes, mt.status,
      mt.ended_at, mt.sequence, mt.created_at, mt.updated_at
    FROM meetings mt JOIN mentees m ON m.id = mt.mentee_id
    WHERE mt.status IN ('planned','in-progress','held','skipped','cancelled')`;

export const ICS_SQL = {
  events: `${EVENTS} ORDER BY mt.starts_at, mt.id`,
  menteeEvents: `${EVENTS} AND mt.mentee_id = :menteeId ORDER BY mt.starts_at, mt.id`,
  agenda: 'SELECT title, planned_minutes, context FROM meeting_agenda_items WHERE meeting_id = ? ORDER BY position, id',
};

/** The language of a calendar's words: the one asked for, else one mentee's document language, else English. */
export function calendarLocale(db: Db, menteeId: number | undefined, asked: CatalogueLocale | undefined): CatalogueLocale {
  return asked ?? (menteeId === undefined ? undefined : readDocumentLocale(db, menteeId)) ?? 'en';
}

/** The words the app writes (the calendar's name, kinds, descriptions) are in `locale`; what the mentor typed stays as typed. */
export function buildIcs(db: Db, menteeId: number | undefined, now = new Date(), asked?: CatalogueLocale): { text: string; events: number } {
  if (menteeId !== undefined) requireMentee(db, menteeId);
  const locale = calendarLocale(db, menteeId, asked);
  const { t } = documentWords(locale);
  const rows = menteeId === undefined ? sql<EventRow>(db, ICS_SQL.events).all() : sql<EventRow>(db, ICS_SQL.menteeEvents).all({ menteeId });
  const calendar = ical({
    prodId: { company: 'Mentor Vault', product: 'Meetings', language: locale.toUpperCase() },
    name: t('calendar.ics.name'),
    timezone: { name: null, generator: vtimezone },
  });
  const agenda = sql<{ title: string; planned_minutes: number; context: AgendaContext }>(db, ICS_SQL.agenda);
  for (const r of rows) {
    const start = Date.parse(r.starts_at);
    const items = agenda.all(r.id);
    const kind = t(`meetings.kind.${r.kind}`);
    // A meeting nobody titled carries its kind's English name (the store's default): that is the app's word, so it is translated too.
    const title = r.title === MEETING_KIND_LABELS[r.kind] ? kind : r.title;
    const description = [
      t('calendar.ics.about', { kind, mentee: r.mentee_name, minutes: r.planned_minutes }),
      ...(items.length ? ['', t('calendar.ics.agenda'), ...items.map((i) => t('calendar.ics.item', { title: i.title, minutes: i.planned_minutes }))] : []),
    ].join('\n');
    calendar.createEvent({
      id: r.uid,
      sequence: r.sequence,
      start: zonedDateTime(start, r.time_zone),
      end: zonedDateTime(r.status === 'held' && r.ended_at && Date.parse(r.ended_at) > start ? Date.parse(r.ended_at) : start + r.planned_minutes * 60_000, r.time_zone),
      timezone: r.time_zone,
      stamp: now,
      created: new Date(r.created_at),
      lastModified: new Date(r.updated_at),
      summary: `${title} · ${r.mentee_name}`,
      description,
      categories: [{ name: kind }],
      status: r.status === 'skipped' || r.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return { text: calendar.toString(), events: rows.length };
}
