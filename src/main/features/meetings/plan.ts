import { addMonths, format, parseISO } from 'date-fns';
import { aKind, type ContingencyKind, type MeetingKind, type MeetingProposal, type PlanResult } from '../../../shared/meetings/schema';
import { daysBetween, localToday, plusDays } from '../../../shared/dates';
import { defaultTitleLocale, kindTitle } from '../../../shared/meetings/kind-title';
import type { CharterVersion } from '../../../shared/charter/schema';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { invalid, requireMentee } from '../shared/store-helpers';
import { replaceUntouchedAgenda } from './agenda';
import { recordMeetingDecision } from './capture';
import { hasCapture, meetingRow, meetingSummary } from './rows';
import { charterMinutes, insertMeeting, rhythmVersion } from './store';
import { DEFAULT_LOCALE, type CatalogueLocale } from '../../../shared/i18n/locales';
import { translator } from '../../../shared/i18n/intl';
import { writtenWords } from './written';

interface Slot {
  kind: MeetingKind;
  date: string;
  origin: 'generated-from-rhythm' | 'pilot-review';
}

const WEEKS: Record<string, number> = { weekly: 1, biweekly: 2 };
/** A touchpoint this close to a review is left out: the review covers it. */
const REVIEW_COVERS_DAYS = 3;

/** Every date of a series from `anchor` (k = first..), inside [from, end). */
function series(anchor: string, step: (k: number) => string, first: number, from: string, end: string): string[] {
  const out: string[] = [];
  for (let k = first; k < 2000; k++) {
    const date = step(k);
    if (date >= end) break;
    if (date >= from) out.push(date);
  }
  return out;
}

/**
 * The slots the charter asks for in [from, end): the pilot review at the pilot's end,
 * formal reviews every M weeks after it (or after the start without a pilot), and
 * informal touchpoints every N weeks from the start (the meeting frequency when the
 * review rhythm names none), minus touchpoints that fall next to a review.
 */
export function rhythmSlots(version: CharterVersion, pilotReviewedOn: string | null, anchorFallback: string, from: string, end: string): Slot[] {
  const body = version.body;
  const anchor = body.pilot.startDate ?? version.agreedOn ?? anchorFallback;
  const slots: Slot[] = [];
  const pilotReview = version.pilotReviewDate;
  if (pilotReview && !pilotReviewedOn && pilotReview >= from && pilotReview < end) slots.push({ kind: 'pilot-review', date: pilotReview, origin: 'pilot-review' });
  const formal = body.reviewRhythm.formalEveryWeeks;
  if (formal) {
    const base = pilotReview ?? anchor;
    for (const date of series(base, (k) => plusDays(base, k * formal * 7), 1, from, end)) slots.push({ kind: 'formal-review', date, origin: 'generated-from-rhythm' });
  }
  const informalWeeks = body.reviewRhythm.informalEveryWeeks ?? WEEKS[body.meetingRhythm.frequency];
  const step = informalWeeks ? (k: number) => plusDays(anchor, k * informalWeeks * 7) : (k: number) => format(addMonths(parseISO(anchor), k), 'yyyy-MM-dd');
  const reviews = slots.map((s) => s.date);
  for (const date of series(anchor, step, 0, from, end)) {
    if (reviews.some((r) => Math.abs(daysBetween(r, date)) <= REVIEW_COVERS_DAYS)) continue;
    slots.push({ kind: 'informal-touchpoint', date, origin: 'generated-from-rhythm' });
  }
  return slots.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Plans the coming weeks from the charter. Idempotent: each slot (origin, series, date)
 * is planned once, whatever happened to its meeting since (moved, skipped, converted).
 * Generated meetings nobody touched that the rhythm no longer asks for are cancelled
 * (so a calendar that imported them drops them); they come back if the rhythm does.
 */
export function planMeetings(
  db: Db,
  input: { menteeId: number; weeks: number; time: string; timeZone?: string | undefined; from?: string | undefined; locale?: CatalogueLocale | undefined },
  today = localToday(),
): PlanResult {
  requireMentee(db, input.menteeId);
  const version = rhythmVersion(db, input.menteeId);
  if (!version) throw new VaultError('CONFLICT', 'Start a charter first: its meeting and review rhythm plans the meetings.');
  const from = input.from ?? today;
  const end = plusDays(from, input.weeks * 7);
  const reviewedOn = sql<string | null>(db, 'SELECT pilot_reviewed_on AS reviewed_on FROM charters WHERE mentee_id = ?').pluck().get(input.menteeId) as string | null;
  const slots = rhythmSlots(version, reviewedOn, localToday(new Date(version.createdAt)), from, end);
  const minutes = version.body.meetingRhythm.lengthMinutes;
  return db.transaction(() => {
    const result: PlanResult = { created: [], existing: 0, cancelled: [], fromVersion: version.version };
    const find = sql<{ id: number; status: string; status_reason: string }>(
      db,
      'SELECT id, status, status_reason FROM meetings WHERE mentee_id = ? AND origin = ? AND slot_kind = ? AND slot_date = ?',
    );
    const wanted = new Set<string>();
    for (const slot of slots) {
      wanted.add(`${slot.origin}|${slot.kind}|${slot.date}`);
      const existing = find.get(input.menteeId, slot.origin, slot.kind, slot.date);
      if (existing) {
        if (existing.status === 'cancelled' && existing.status_reason === OUT_OF_RHYTHM) {
          sql(db, "UPDATE meetings SET status = 'planned', status_reason = '', sequence = sequence + 1, updated_at = ? WHERE id = ?").run(nowIso(), existing.id);
        }
        result.existing++;
        continue;
      }
      const id = insertMeeting(db, {
        menteeId: input.menteeId,
        kind: slot.kind,
        date: slot.date,
        time: input.time,
        timeZone: input.timeZone,
        minutes,
        origin: slot.origin,
        slot: { kind: slot.kind, date: slot.date },
        locale: input.locale,
      });
      result.created.push(meetingSummary(db, id));
    }
    const candidates = sql<{ id: number; origin: string; slot_kind: string; slot_date: string }>(
      db,
      `SELECT id, origin, slot_kind, slot_date FROM meetings WHERE mentee_id = ? AND status = 'planned' AND slot_date >= ? AND slot_date < ?
         AND origin IN ('generated-from-rhythm','pilot-review') AND sequence = 0 AND agenda_edited = 0 ORDER BY slot_date, id`,
    ).all(input.menteeId, from, end);
    for (const c of candidates) {
      if (wanted.has(`${c.origin}|${c.slot_kind}|${c.slot_date}`) || hasCapture(db, c.id)) continue;
      sql(db, "UPDATE meetings SET status = 'cancelled', status_reason = ?, sequence = sequence + 1, updated_at = ? WHERE id = ?").run(OUT_OF_RHYTHM, nowIso(), c.id);
      result.cancelled.push(meetingSummary(db, c.id));
    }
    return result;
  })();
}

const OUT_OF_RHYTHM = 'No longer in the charter\'s rhythm';

/** Statements behind proposals (everyone's, one mentee's), exported for the query-plan test. */
const proposalsSql = (scope: string) => `SELECT ms.id AS milestone_id, ms.title AS milestone_title, g.id AS goal_id, g.title AS goal_title,
    m.id AS mentee_id, m.name AS mentee_name, ms.done_on
  FROM milestones ms JOIN goals g ON g.id = ms.goal_id JOIN mentees m ON m.id = g.mentee_id
  WHERE ms.major = 1 AND ms.done_on IS NOT NULL AND g.status <> 'dropped' AND m.archived_at IS NULL
    ${scope}
    AND NOT EXISTS (SELECT 1 FROM meeting_proposal_dismissals d WHERE d.milestone_id = ms.id)
    AND NOT EXISTS (SELECT 1 FROM meetings mt WHERE mt.milestone_id = ms.id)
    AND NOT EXISTS (SELECT 1 FROM meetings mt WHERE mt.mentee_id = g.mentee_id AND mt.kind IN ('formal-review','pilot-review')
      AND mt.status IN ('planned','in-progress','held') AND mt.local_date >= ms.done_on)
    AND coalesce((SELECT cv.formal_review_after_major_milestones FROM charter_versions cv WHERE cv.mentee_id = g.mentee_id
      ORDER BY cv.status = 'agreed' DESC, cv.version DESC LIMIT 1), 1) = 1
  ORDER BY ms.done_on, ms.id`;
export const PROPOSALS_SQL = { all: proposalsSql(''), mentee: proposalsSql('AND g.mentee_id = :menteeId') };

/**
 * A formal review is proposed for each achieved major milestone that no review (planned,
 * running or held, on or after the day it was done) follows, unless the charter turned
 * that rule off or the mentor dismissed the proposal.
 */
export function proposals(db: Db, menteeId: number | undefined, today = localToday()): MeetingProposal[] {
  return sql<{ milestone_id: number; milestone_title: string; goal_id: number; goal_title: string; mentee_id: number; mentee_name: string; done_on: string }>(
    db,
    menteeId === undefined ? PROPOSALS_SQL.all : PROPOSALS_SQL.mentee,
  )
    .all(menteeId === undefined ? {} : { menteeId })
    .map((r) => {
      const weekAfter = plusDays(r.done_on, 7);
      return {
        milestoneId: r.milestone_id,
        milestoneTitle: r.milestone_title,
        goalId: r.goal_id,
        goalTitle: r.goal_title,
        menteeId: r.mentee_id,
        menteeName: r.mentee_name,
        doneOn: r.done_on,
        suggestedDate: weekAfter > today ? weekAfter : today,
      };
    });
}

export function acceptProposal(
  db: Db,
  input: { milestoneId: number; date: string; time: string; timeZone?: string | undefined; minutes?: number | undefined; locale?: CatalogueLocale | undefined },
): number {
  return db.transaction(() => {
    const p = sql<{ mentee_id: number; title: string; major: number; done_on: string | null }>(
      db,
      'SELECT g.mentee_id, ms.title, ms.major, ms.done_on FROM milestones ms JOIN goals g ON g.id = ms.goal_id WHERE ms.id = ?',
    ).get(input.milestoneId);
    if (!p) throw invalid(['milestoneId'], 'No milestone with that id');
    if (p.major !== 1 || p.done_on === null) throw invalid(['milestoneId'], 'A review is proposed after an achieved major milestone');
    if (sql(db, "SELECT 1 FROM meetings WHERE milestone_id = ? AND origin = 'proposed-after-milestone'").get(input.milestoneId)) {
      throw new VaultError('CONFLICT', 'A review after this milestone is already planned.');
    }
    sql(db, 'DELETE FROM meeting_proposal_dismissals WHERE milestone_id = ?').run(input.milestoneId);
    return insertMeeting(db, {
      menteeId: p.mentee_id,
      kind: 'formal-review',
      title: translator(input.locale ?? DEFAULT_LOCALE).t('meetings.proposal.defaultTitle', { milestone: p.title }).slice(0, 200),
      date: input.date,
      time: input.time,
      timeZone: input.timeZone,
      minutes: input.minutes ?? charterMinutes(db, p.mentee_id),
      origin: 'proposed-after-milestone',
      milestoneId: input.milestoneId,
    });
  })();
}

export function dismissProposal(db: Db, milestoneId: number): void {
  if (sql(db, 'SELECT 1 FROM milestones WHERE id = ? AND major = 1').get(milestoneId) === undefined) {
    throw invalid(['milestoneId'], 'Choose a major milestone');
  }
  sql(db, 'INSERT OR REPLACE INTO meeting_proposal_dismissals (milestone_id, dismissed_at) VALUES (?, ?)').run(milestoneId, nowIso());
}

/**
 * When schedules tighten: a planned meeting becomes a short focused session or an
 * asynchronous exercise, and the decision log records it with the reason, in the same
 * transaction (linked to the meeting).
 */
export function convertMeeting(db: Db, input: { id: number; kind: ContingencyKind; reason: string; locale?: CatalogueLocale | undefined }, today = localToday()): void {
  const words = writtenWords(input.locale);
  db.transaction(() => {
    const row = meetingRow(db, input.id);
    if (row.status !== 'planned') throw new VaultError('CONFLICT', 'Only a planned meeting can be turned into another kind.');
    if (row.kind === input.kind) throw invalid(['kind'], `This meeting already is ${aKind(input.kind)}`);
    // A title that is still the kind's name (in any language) follows the kind, in that language.
    const titleLocale = defaultTitleLocale(row.kind, row.title);
    const keepTitle = titleLocale === undefined;
    sql(db, 'UPDATE meetings SET kind = ?, converted_from = coalesce(converted_from, ?), title = ?, sequence = sequence + 1, updated_at = ? WHERE id = ?').run(
      input.kind,
      row.kind,
      keepTitle ? row.title : kindTitle(input.kind, titleLocale),
      nowIso(),
      input.id,
    );
    replaceUntouchedAgenda(db, input.id, input.kind);
    recordMeetingDecision(
      db,
      input.id,
      {
        decision: words.converted(row.kind, row.local_date, input.kind).slice(0, 200),
        rationale: input.reason,
        changed: words.convertedChanged(row.kind, input.kind),
      },
      today,
    );
  })();
}
