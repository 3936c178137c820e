import { randomUUID } from 'node:crypto';
import { REVIEW_KINDS, type MeetingKind, type MeetingOrigin, type MeetingSort, type MeetingStatus, type MeetingSummary, type MeetingWhen } from '../../../shared/meetings/schema';
import { instantToZoned, systemTimeZone, zonedToInstant } from '../../../shared/meetings/zoned';
import type { CharterVersion } from '../../../shared/charter/schema';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { toVersion, type CharterVersionRow } from '../charter/rows';
import { invalid, pageOf, requireMentee } from '../shared/store-helpers';
import { defaultRubricId } from '../templates/rubric';
import { instantiateAgenda } from './agenda';
import { hasCapture, MEETING_SELECT, meetingRow, toSummary, type MeetingRow } from './rows';
import { kindTitle } from '../../../shared/meetings/kind-title';
import type { CatalogueLocale } from '../../../shared/i18n/locales';

/** Meeting length when the mentee has no charter yet. */
export const FALLBACK_MINUTES = 45;

/**
 * The charter version whose rhythm plans meetings: the latest agreed one, or the draft
 * before any agreement (the same choice as the pilot's).
 */
export function rhythmVersion(db: Db, menteeId: number): CharterVersion | null {
  const row = sql<CharterVersionRow>(
    db,
    "SELECT * FROM charter_versions WHERE mentee_id = ? ORDER BY status = 'agreed' DESC, version DESC LIMIT 1",
  ).get(menteeId);
  return row ? toVersion(row) : null;
}

/** A wall-clock time in a zone, normalised (a time skipped by a clock change moves forward) with its instant. */
export function resolveWhen(date: string, time: string, timeZone: string | undefined) {
  const zone = timeZone ?? systemTimeZone();
  const ms = zonedToInstant(date, time, zone);
  const local = instantToZoned(ms, zone);
  return { date: local.date, time: local.time, timeZone: zone, startsAt: new Date(ms).toISOString() };
}

export interface NewMeeting {
  menteeId: number;
  kind: MeetingKind;
  title?: string;
  date: string;
  time: string;
  timeZone?: string | undefined;
  minutes: number;
  origin: MeetingOrigin;
  slot?: { kind: MeetingKind; date: string };
  milestoneId?: number | null;
  /** The language of a default title (the kind's name); English when absent. */
  locale?: CatalogueLocale | undefined;
  /** Demo data only. */
  now?: string;
}

/** Inserts a meeting with a fresh calendar uid and its agenda from the kind's template. */
export function insertMeeting(db: Db, m: NewMeeting): number {
  const when = resolveWhen(m.date, m.time, m.timeZone);
  const now = m.now ?? nowIso();
  const title = m.title?.trim() || kindTitle(m.kind, m.locale);
  const rubric = REVIEW_KINDS.includes(m.kind) ? defaultRubricId(db) : null;
  const r = sql(
    db,
    `INSERT INTO meetings (mentee_id, uid, kind, title, local_date, local_time, time_zone, starts_at, planned_minutes, origin,
       slot_kind, slot_date, milestone_id, rubric_template_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    m.menteeId,
    randomUUID(),
    m.kind,
    title,
    when.date,
    when.time,
    when.timeZone,
    when.startsAt,
    m.minutes,
    m.origin,
    m.slot?.kind ?? null,
    m.slot?.date ?? null,
    m.milestoneId ?? null,
    rubric,
    now,
    now,
  );
  const id = Number(r.lastInsertRowid);
  instantiateAgenda(db, id, m.kind);
  return id;
}

export function charterMinutes(db: Db, menteeId: number): number {
  return rhythmVersion(db, menteeId)?.body.meetingRhythm.lengthMinutes ?? FALLBACK_MINUTES;
}

export function createMeeting(
  db: Db,
  input: { menteeId: number; kind: MeetingKind; title: string; date: string; time: string; timeZone?: string | undefined; minutes?: number | undefined },
): number {
  requireMentee(db, input.menteeId);
  return db.transaction(() =>
    insertMeeting(db, { ...input, minutes: input.minutes ?? charterMinutes(db, input.menteeId), origin: 'manual' }),
  )();
}

/** Only a meeting still ahead (planned, skipped or cancelled) can change its time or length. */
function assertNotRun(row: MeetingRow, action: string): void {
  if (row.status === 'held' || row.status === 'in-progress') {
    throw new VaultError('CONFLICT', `This meeting is ${row.status === 'held' ? 'already held' : 'in progress'}; it cannot be ${action}.`);
  }
}

export function rescheduleMeeting(db: Db, input: { id: number; date: string; time: string; timeZone?: string | undefined; minutes?: number | undefined }): void {
  const row = meetingRow(db, input.id);
  assertNotRun(row, 'moved');
  const when = resolveWhen(input.date, input.time, input.timeZone ?? row.time_zone);
  sql(
    db,
    `UPDATE meetings SET local_date = ?, local_time = ?, time_zone = ?, starts_at = ?, planned_minutes = ?,
       sequence = sequence + 1, updated_at = ? WHERE id = ?`,
  ).run(when.date, when.time, when.timeZone, when.startsAt, input.minutes ?? row.planned_minutes, nowIso(), input.id);
}

export function updateMeeting(db: Db, input: { id: number; title: string; minutes: number; rubricTemplateId: number | null }): void {
  const row = meetingRow(db, input.id);
  if (input.rubricTemplateId !== null && sql(db, 'SELECT 1 FROM rubric_templates WHERE id = ?').get(input.rubricTemplateId) === undefined) {
    throw invalid(['rubricTemplateId'], 'Choose one of the rubrics');
  }
  if (input.minutes !== row.planned_minutes) assertNotRun(row, 'given another length');
  // A calendar shows the title and length: it must pick up a change of either.
  const bump = input.title !== row.title || input.minutes !== row.planned_minutes ? 1 : 0;
  sql(db, 'UPDATE meetings SET title = ?, planned_minutes = ?, rubric_template_id = ?, sequence = sequence + ?, updated_at = ? WHERE id = ?').run(
    input.title,
    input.minutes,
    input.rubricTemplateId,
    bump,
    nowIso(),
    input.id,
  );
}

export function setMeetingStatus(db: Db, input: { id: number; status: 'planned' | 'skipped' | 'cancelled'; reason: string }): void {
  const row = meetingRow(db, input.id);
  assertNotRun(row, input.status === 'planned' ? 'planned again' : input.status);
  if (row.status === input.status) return;
  sql(db, 'UPDATE meetings SET status = ?, status_reason = ?, sequence = sequence + 1, updated_at = ? WHERE id = ?').run(
    input.status,
    input.status === 'planned' ? '' : input.reason,
    nowIso(),
    input.id,
  );
}

export function deleteMeeting(db: Db, id: number): void {
  db.transaction(() => {
    const row = meetingRow(db, id);
    if (row.origin !== 'manual') {
      throw new VaultError('CONFLICT', 'A meeting planned from the charter or a milestone is skipped or cancelled, not deleted (planning again would bring it back).');
    }
    if (row.status !== 'planned' || hasCapture(db, id)) {
      throw new VaultError('CONFLICT', 'This meeting holds a record (notes, decisions, actions or scores); cancel it instead of deleting it.');
    }
    sql(db, 'DELETE FROM meetings WHERE id = ?').run(id);
  })();
}

const SORT_SQL: Record<MeetingSort, string> = {
  date: 'mt.starts_at',
  mentee: 'm.name COLLATE NOCASE',
  kind: 'mt.kind',
  status: 'mt.status',
};

export function listMeetings(
  db: Db,
  input: {
    menteeId?: number | undefined;
    when?: MeetingWhen | undefined;
    today?: string | undefined;
    statuses: MeetingStatus[];
    kinds: MeetingKind[];
    from?: string | undefined;
    to?: string | undefined;
    search: string;
    sort: MeetingSort;
    direction: 'asc' | 'desc';
    offset: number;
    limit: number;
  },
): Page<MeetingSummary> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (input.menteeId !== undefined) {
    requireMentee(db, input.menteeId);
    where.push('mt.mentee_id = :menteeId');
    params.menteeId = input.menteeId;
  }
  if (input.statuses.length > 0) {
    where.push('mt.status IN (SELECT value FROM json_each(:statuses))');
    params.statuses = JSON.stringify(input.statuses);
  }
  // A held meeting's date is the day it was held, and nothing held is upcoming, whatever its date.
  if (input.when === 'upcoming') where.push("mt.status <> 'held' AND mt.local_date >= :today");
  if (input.when === 'past') where.push("(mt.status = 'held' OR mt.local_date < :today)");
  if (input.when) params.today = input.today;
  if (input.kinds.length > 0) {
    where.push('mt.kind IN (SELECT value FROM json_each(:kinds))');
    params.kinds = JSON.stringify(input.kinds);
  }
  if (input.from) {
    where.push('mt.local_date >= :from');
    params.from = input.from;
  }
  if (input.to) {
    where.push('mt.local_date <= :to');
    params.to = input.to;
  }
  if (input.search) {
    where.push("(mt.title LIKE :q ESCAPE '\\' OR m.name LIKE :q ESCAPE '\\')");
    params.q = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = input.direction === 'desc' ? 'DESC' : 'ASC';
  return pageOf<MeetingRow, MeetingSummary>(
    db,
    `${MEETING_SELECT} ${clause} ORDER BY ${SORT_SQL[input.sort]} ${dir}, mt.starts_at ${dir}, mt.id ${dir}`,
    `SELECT count(*) FROM meetings mt JOIN mentees m ON m.id = mt.mentee_id ${clause}`,
    params,
    input,
    toSummary,
  );
}
