import type { CharterVersion } from '../../../shared/charter/schema';
import { LOCALES, type CatalogueLocale } from '../../../shared/i18n/locales';
import type { GoalSummary, GoalValues, Milestone } from '../../../shared/goals/schema';
import type { EvidenceKind, SponsorshipKind } from '../../../shared/records/schema';
import type { PageSize } from '../../../shared/documents/schema';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../../shared/meetings/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { toVersion, type CharterVersionRow } from '../charter/rows';
import { toMilestone, type MilestoneRow } from '../goals/milestones';
import { GOAL_SELECT, toGoalSummary, toGoalValues, type GoalRow } from '../goals/store';

/**
 * EVERY read the PDFs make, in one module, so one test can check that none of it
 * touches a confidential table (private notes, escalations): a charter or a report is
 * shared with others. Nothing else under features/documents runs SQL.
 */

export interface PdfMentee {
  id: number;
  name: string;
  role: string;
  team: string;
}

/** A milestone as the goals screen shows it (one row type and mapper, in goals/milestones). */
export type PdfMilestone = Milestone;

export interface PdfReading {
  date: string;
  value: number;
}

/** A goal as the goals screen shows it, with its milestones and the readings up to the period's end. */
export interface PdfGoal extends GoalSummary {
  values: GoalValues;
  /** The day it was written down, and the day it was achieved or dropped (null while live): the period rules need them. */
  createdOn: string;
  closedOn: string | null;
  milestones: PdfMilestone[];
  readings: PdfReading[];
}

export interface PdfEvidence {
  date: string;
  kind: EvidenceKind;
  summary: string;
  value: number | null;
  source: string;
  goalTitle: string | null;
  milestoneTitle: string | null;
  /** 1 when the row stands for a returned 360 or peer feedback response (feedback_responses). */
  fromFeedback: 0 | 1;
}

export interface PdfSponsorship {
  date: string;
  kind: SponsorshipKind;
  title: string;
  audience: string;
  outcome: string;
}

export interface PdfDecision {
  date: string;
  decision: string;
  rationale: string;
}

export function readMentee(db: Db, menteeId: number): PdfMentee {
  const row = sql<PdfMentee>(db, 'SELECT id, name, role, team FROM mentees WHERE id = ?').get(menteeId);
  if (!row) throw new VaultError('NOT_FOUND', 'There is no such mentee.');
  return row;
}

/** The language the mentee's documents are written in, when the mentor chose one (a language the app no longer speaks counts as none). */
export function readDocumentLocale(db: Db, menteeId: number): CatalogueLocale | undefined {
  const stored = sql<string | null>(db, 'SELECT document_locale FROM mentees WHERE id = ?').pluck().get(menteeId) as string | null | undefined;
  return LOCALES.find((locale) => locale === stored);
}

/** The mentor's name from their profile (a setting of the vault); empty until filled in. */
export function readMentorName(db: Db): string {
  const raw = sql<string>(db, "SELECT value FROM settings WHERE key = 'mentor_profile'").pluck().get() as string | undefined;
  if (!raw) return '';
  try {
    const name = (JSON.parse(raw) as { name?: unknown }).name;
    return typeof name === 'string' ? name : '';
  } catch {
    return '';
  }
}

/** One version of the mentee's charter: the one asked for, or the newest. */
export function readCharterVersion(db: Db, menteeId: number, versionId: number | undefined): CharterVersion {
  const row =
    versionId === undefined
      ? sql<CharterVersionRow>(db, 'SELECT * FROM charter_versions WHERE mentee_id = ? ORDER BY version DESC LIMIT 1').get(menteeId)
      : sql<CharterVersionRow>(db, 'SELECT * FROM charter_versions WHERE mentee_id = ? AND id = ?').get(menteeId, versionId);
  if (!row) {
    throw new VaultError('NOT_FOUND', versionId === undefined ? 'This mentee has no charter yet.' : 'This mentee\'s charter has no such version.');
  }
  return toVersion(row);
}

/** A charter version by its number (the CLI's --version). */
export function charterVersionId(db: Db, menteeId: number, version: number): number {
  const id = sql<number>(db, 'SELECT id FROM charter_versions WHERE mentee_id = ? AND version = ?').pluck().get(menteeId, version) as number | undefined;
  if (id === undefined) throw new VaultError('NOT_FOUND', `This mentee's charter has no version ${version}.`);
  return id;
}

/** The goals store's select, and the two days the period rules need. */
const GOALS = `SELECT s.*, substr(s.created_at, 1, 10) AS created_on,
    CASE WHEN s.status IN ('achieved','dropped') THEN coalesce(
      (SELECT substr(max(h.changed_at), 1, 10) FROM goal_history h
        WHERE h.goal_id = s.id AND h.entity = 'goal' AND h.field = 'status' AND h.to_value = s.status),
      substr(s.updated_at, 1, 10)) END AS closed_on
  FROM (${GOAL_SELECT} WHERE g.mentee_id = :menteeId AND g.status <> 'dropped') s
  ORDER BY s.target_date, s.id`;

const MILESTONES = `SELECT m.* FROM milestones m JOIN goals g ON g.id = m.goal_id
  WHERE g.mentee_id = ? ORDER BY m.due_date, m.id`;

const READINGS = `SELECT r.goal_id AS goalId, r.date, r.value
  FROM goal_readings r JOIN goals g ON g.id = r.goal_id
  WHERE g.mentee_id = ? AND r.date BETWEEN ? AND ? ORDER BY r.date, r.id`;

/**
 * The mentee's goals (not dropped), each with its milestones and its readings from
 * `since` (default: all) up to `until`: three statements in all, whatever the number of
 * goals. Which goals a period counts is the period rules' choice (shared/dashboard/period).
 */
export function readGoals(db: Db, menteeId: number, until: string, since = '0000-01-01'): PdfGoal[] {
  // "Today" for the overdue counts is the period's end: what was overdue as the report closes.
  const goals = sql<GoalRow & { created_on: string; closed_on: string | null }>(db, GOALS).all({ menteeId, today: until });
  const byId = new Map<number, PdfGoal>();
  for (const g of goals) {
    byId.set(g.id, { ...toGoalSummary(g), values: toGoalValues(g), createdOn: g.created_on, closedOn: g.closed_on, milestones: [], readings: [] });
  }
  for (const m of sql<MilestoneRow>(db, MILESTONES).all(menteeId)) byId.get(m.goal_id)?.milestones.push(toMilestone(m, until));
  for (const r of sql<PdfReading & { goalId: number }>(db, READINGS).all(menteeId, since, until)) {
    byId.get(r.goalId)?.readings.push({ date: r.date, value: r.value });
  }
  return [...byId.values()];
}

const EVIDENCE = `SELECT e.date, e.kind, e.summary, e.value, e.source,
    (SELECT g.title FROM goals g WHERE g.id = e.goal_id) AS goalTitle,
    (SELECT m.title FROM milestones m WHERE m.id = e.milestone_id) AS milestoneTitle,
    EXISTS (SELECT 1 FROM feedback_responses f WHERE f.evidence_id = e.id) AS fromFeedback
  FROM evidence e WHERE e.mentee_id = ? AND e.date BETWEEN ? AND ? ORDER BY e.date, e.id`;

export function readEvidence(db: Db, menteeId: number, from: string, to: string): PdfEvidence[] {
  return sql<PdfEvidence>(db, EVIDENCE).all(menteeId, from, to);
}

export function readSponsorship(db: Db, menteeId: number, from: string, to: string): PdfSponsorship[] {
  return sql<PdfSponsorship>(
    db,
    'SELECT date, kind, title, audience, outcome FROM sponsorship_moments WHERE mentee_id = ? AND date BETWEEN ? AND ? ORDER BY date, id',
  ).all(menteeId, from, to);
}

/** The plan's decision log for the period (decisions about the plan, not private notes). */
export function readDecisions(db: Db, menteeId: number, from: string, to: string): PdfDecision[] {
  return sql<PdfDecision>(db, 'SELECT date, decision, rationale FROM decisions WHERE mentee_id = ? AND date BETWEEN ? AND ? ORDER BY date, id').all(
    menteeId,
    from,
    to,
  );
}

/** Mentees whose name is exactly `name` (the CLI's --mentee), oldest first. */
export function menteeIdsByName(db: Db, name: string): number[] {
  return sql<number>(db, 'SELECT id FROM mentees WHERE name = ? ORDER BY id').pluck().all(name) as number[];
}

/* The vault's PDF setting (page size), beside the mentor profile in the settings table. */
const PAGE_SIZE_KEY = 'pdf_page_size';

export function readPageSizeSetting(db: Db): string | undefined {
  return sql<string>(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(PAGE_SIZE_KEY) as string | undefined;
}

export function writePageSizeSetting(db: Db, pageSize: PageSize): void {
  sql(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(PAGE_SIZE_KEY, pageSize);
}

/** A goal reaching "achieved" within the period: a win in itself (from the goal's trail). */
export function readGoalsAchieved(db: Db, menteeId: number, from: string, to: string): { title: string; date: string }[] {
  return sql<{ title: string; date: string }>(
    db,
    `SELECT g.title, substr(h.changed_at, 1, 10) AS date FROM goal_history h JOIN goals g ON g.id = h.goal_id
     WHERE g.mentee_id = ? AND h.entity = 'goal' AND h.field = 'status' AND h.to_value = 'achieved'
       AND substr(h.changed_at, 1, 10) BETWEEN ? AND ? ORDER BY h.changed_at, h.id`,
  ).all(menteeId, from, to);
}

/* Meetings held in the period, with their decisions, action items and wins. */

export interface ReportActionItem {
  text: string;
  owner: 'mentor' | 'mentee';
  dueDate: string | null;
  doneOn: string | null;
}

export interface ReportMeeting {
  date: string;
  /** The meeting's kind in words (formal review, informal touchpoint, ...). */
  kind: string;
  /** The stored kind, for a document in another language than English. */
  kindId?: MeetingKind;
  title: string;
  decisions: string[];
  actionItems: ReportActionItem[];
  wins: string[];
}

/** The four columns of a held meeting the report reads (not the meetings table's row, which the report never maps whole). */
interface HeldMeetingRow {
  id: number;
  local_date: string;
  kind: MeetingKind;
  title: string;
}

/*
 * Meetings HELD in the period (planned, skipped or cancelled ones are not), with what
 * they produced: the decisions they took (kept in the decision log), the action items
 * raised in them, and the wins celebrated. Never a meeting's notes, drafts or
 * self-assessment: those stay the mentor's. Three statements for any number of meetings.
 */
const HELD_MEETINGS = `SELECT id, local_date, kind, title FROM meetings
  WHERE mentee_id = ? AND status = 'held' AND local_date BETWEEN ? AND ? ORDER BY starts_at, id`;

const MEETING_DECISIONS = `SELECT md.meeting_id AS meetingId, d.decision AS text FROM meeting_decisions md
  JOIN decisions d ON d.id = md.decision_id
  WHERE md.meeting_id IN (SELECT value FROM json_each(?)) ORDER BY d.date, d.id`;

const MEETING_ACTIONS = `SELECT meeting_id AS meetingId, title AS text, owner, due_date AS dueDate, done_on AS doneOn FROM action_items
  WHERE meeting_id IN (SELECT value FROM json_each(?)) ORDER BY id`;

const MEETING_WINS = `SELECT meeting_id AS meetingId, text FROM meeting_wins
  WHERE meeting_id IN (SELECT value FROM json_each(?)) ORDER BY id`;

export function readReportMeetings(db: Db, menteeId: number, from: string, to: string): ReportMeeting[] {
  const rows = sql<HeldMeetingRow>(db, HELD_MEETINGS).all(menteeId, from, to);
  const byId = new Map<number, ReportMeeting>();
  for (const r of rows) {
    byId.set(r.id, { date: r.local_date, kind: MEETING_KIND_LABELS[r.kind] ?? r.kind, kindId: r.kind, title: r.title, decisions: [], actionItems: [], wins: [] });
  }
  const ids = JSON.stringify([...byId.keys()]);
  for (const d of sql<{ meetingId: number; text: string }>(db, MEETING_DECISIONS).all(ids)) byId.get(d.meetingId)?.decisions.push(d.text);
  for (const a of sql<ReportActionItem & { meetingId: number }>(db, MEETING_ACTIONS).all(ids)) {
    byId.get(a.meetingId)?.actionItems.push({ text: a.text, owner: a.owner, dueDate: a.dueDate, doneOn: a.doneOn });
  }
  for (const w of sql<{ meetingId: number; text: string }>(db, MEETING_WINS).all(ids)) byId.get(w.meetingId)?.wins.push(w.text);
  return [...byId.values()];
}
