import type { MeetingKind, MeetingOrigin, MeetingStatus, MeetingSummary } from '../../../shared/meetings/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { notFound } from '../shared/store-helpers';

/** A meetings row with its mentee's name. */
export interface MeetingRow {
  id: number;
  mentee_id: number;
  mentee_name: string;
  uid: string;
  kind: MeetingKind;
  title: string;
  local_date: string;
  local_time: string;
  time_zone: string;
  starts_at: string;
  planned_minutes: number;
  status: MeetingStatus;
  status_reason: string;
  origin: MeetingOrigin;
  slot_kind: MeetingKind | null;
  slot_date: string | null;
  milestone_id: number | null;
  rubric_template_id: number | null;
  converted_from: MeetingKind | null;
  sequence: number;
  agenda_edited: number;
  notes: string;
  current_item_id: number | null;
  elapsed_seconds: number;
  planned_date: string | null;
  planned_time: string | null;
  planned_starts_at: string | null;
  rhythm_moved: number;
  started_at: string | null;
  ended_at: string | null;
  created_at: string;
  updated_at: string;
}

export const MEETING_SELECT = 'SELECT mt.*, m.name AS mentee_name FROM meetings mt JOIN mentees m ON m.id = mt.mentee_id';

export function toSummary(r: MeetingRow): MeetingSummary {
  return {
    id: r.id,
    menteeId: r.mentee_id,
    menteeName: r.mentee_name,
    uid: r.uid,
    kind: r.kind,
    title: r.title,
    date: r.local_date,
    time: r.local_time,
    timeZone: r.time_zone,
    startsAt: r.starts_at,
    plannedDate: r.planned_date ?? r.local_date,
    plannedTime: r.planned_time ?? r.local_time,
    plannedStartsAt: r.planned_starts_at ?? r.starts_at,
    rhythmMoved: r.rhythm_moved === 1,
    plannedMinutes: r.planned_minutes,
    status: r.status,
    statusReason: r.status_reason,
    origin: r.origin,
    milestoneId: r.milestone_id,
    convertedFrom: r.converted_from,
    sequence: r.sequence,
    updatedAt: r.updated_at,
  };
}

export function meetingRow(db: Db, id: number): MeetingRow {
  const row = sql<MeetingRow>(db, `${MEETING_SELECT} WHERE mt.id = ?`).get(id);
  if (!row) throw notFound('meeting');
  return row;
}

export function meetingSummary(db: Db, id: number): MeetingSummary {
  return toSummary(meetingRow(db, id));
}

/** Whether anything was captured in the meeting (then it is a record and is never deleted). */
export function hasCapture(db: Db, meetingId: number): boolean {
  return (
    sql(
      db,
      `SELECT EXISTS (SELECT 1 FROM meetings WHERE id = :id AND (notes <> '' OR started_at IS NOT NULL))
        OR EXISTS (SELECT 1 FROM meeting_agenda_items WHERE meeting_id = :id AND notes <> '')
        OR EXISTS (SELECT 1 FROM meeting_drafts WHERE meeting_id = :id)
        OR EXISTS (SELECT 1 FROM meeting_wins WHERE meeting_id = :id)
        OR EXISTS (SELECT 1 FROM meeting_evidence WHERE meeting_id = :id)
        OR EXISTS (SELECT 1 FROM meeting_decisions WHERE meeting_id = :id)
        OR EXISTS (SELECT 1 FROM action_items WHERE meeting_id = :id)
        OR EXISTS (SELECT 1 FROM self_assessments WHERE meeting_id = :id)
        OR EXISTS (SELECT 1 FROM rubric_scores WHERE meeting_id = :id)`,
    )
      .pluck()
      .get({ id: meetingId }) === 1
  );
}
