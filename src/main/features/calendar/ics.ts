import ical, { ICalEventStatus } from 'ical-generator';
import type { AgendaContext } from '../../../shared/meetings/agenda';
import { MEETING_KIND_LABELS, type MeetingKind, type MeetingStatus } from '../../../shared/meetings/schema';
import { zonedDateTime } from '../../../shared/meetings/zoned';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { requireMentee } from '../shared/store-helpers';
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

const PRODUCT_ID = { company: 'Mentor Vault', product: 'Meetings', language: 'EN' };

export function buildIcs(db: Db, menteeId: number | undefined, now = new Date()): { text: string; events: number } {
  if (menteeId !== undefined) requireMentee(db, menteeId);
  const rows = menteeId === undefined ? sql<EventRow>(db, ICS_SQL.events).all() : sql<EventRow>(db, ICS_SQL.menteeEvents).all({ menteeId });
  const calendar = ical({
    prodId: PRODUCT_ID,
    name: 'Mentoring meetings',
    timezone: { name: null, generator: vtimezone },
  });
  const agenda = sql<{ title: string; planned_minutes: number; context: AgendaContext }>(db, ICS_SQL.agenda);
  for (const r of rows) {
    const start = Date.parse(r.starts_at);
    const items = agenda.all(r.id);
    const description = [
      `${MEETING_KIND_LABELS[r.kind]} with ${r.mentee_name}, ${r.planned_minutes} minutes.`,
      ...(items.length ? ['', 'Agenda:', ...items.map((i) => `- ${i.title} (${i.planned_minutes} min)`)] : []),
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
      summary: `${r.title} · ${r.mentee_name}`,
      description,
      categories: [{ name: MEETING_KIND_LABELS[r.kind] }],
      status: r.status === 'skipped' || r.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return { text: calendar.toString(), events: rows.length };
}
