import type { MeetingReport } from '../../../shared/meetings/meeting';
import { localToday } from '../../../shared/dates';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { setPilotReviewed } from '../charter/store';
import { getGoal, updateGoal } from '../goals/store';
import { invalid } from '../shared/store-helpers';
import { addPulledInItems } from './agenda';
import { carriedActions, carryInto, pulledIn, raisedActions } from './actions';
import { decisionsOf, draftsOf, evidenceOf, itemNotesOf, recordMeetingDecision, winsOf } from './capture';
import { recordHeldTime } from './held-time';
import { meetingRow, toSummary } from './rows';
import { scoresOf } from './rubric';
import { rhythmVersion } from './store';
import { selfAssessmentOf } from './self-assessment';

/** The mentee's next planned meeting after this one (by its time: the held time once it has run). */
export function nextPlannedMeeting(db: Db, menteeId: number, meetingId: number, startsAt: string) {
  return (
    sql<{ id: number; local_date: string; kind: string }>(
      db,
      `SELECT id, local_date, kind FROM meetings WHERE mentee_id = ? AND status = 'planned' AND id <> ? AND starts_at >= ?
       ORDER BY starts_at, id LIMIT 1`,
    ).get(menteeId, meetingId, startsAt) ?? null
  );
}

/**
 * Opens the meeting mode. The first start marks the meeting in progress, carries the
 * mentee's open actions into it and gives what needs attention a place on the agenda;
 * starting again (a reload, a crash) just resumes.
 */
export function startMeeting(db: Db, id: number, today = localToday(), now = nowIso()): void {
  db.transaction(() => {
    const row = meetingRow(db, id);
    if (row.status === 'in-progress') return;
    if (row.status !== 'planned') throw new VaultError('CONFLICT', `This meeting is ${row.status}; only a planned meeting can start.`);
    const open = carriedActions(db, row).filter((a) => a.doneOn === null);
    carryInto(db, open.map((a) => a.id), id, now);
    const pulled = pulledIn(db, row.mentee_id, id, today);
    addPulledInItems(db, id, { actions: open.length > 0, goals: pulled.atRiskGoals.length > 0 || pulled.overdueMilestones.length > 0 });
    if (row.started_at === null) recordHeldTime(db, row, now);
    sql(db, "UPDATE meetings SET status = 'in-progress', started_at = coalesce(started_at, ?), updated_at = ? WHERE id = ?").run(now, now, id);
  })();
}

export function meetingReport(db: Db, id: number): MeetingReport {
  const row = meetingRow(db, id);
  const raised = raisedActions(db, id);
  const carried = carriedActions(db, row);
  const carriedTo = sql<{ meeting_id: number; local_date: string; n: number }>(
    db,
    `SELECT c.meeting_id, mt.local_date, count(*) AS n FROM action_item_carries c JOIN meetings mt ON mt.id = c.meeting_id
     WHERE c.action_id IN (SELECT value FROM json_each(?)) AND mt.starts_at > ? GROUP BY c.meeting_id ORDER BY mt.starts_at LIMIT 1`,
  ).get(JSON.stringify([...raised, ...carried].map((a) => a.id)), row.starts_at);
  const recalibrations = sql<{ goalId: number; goalTitle: string; field: string; from: string; to: string; why: string }>(
    db,
    `SELECT h.goal_id AS goalId, g.title AS goalTitle, h.field, h.from_value AS "from", h.to_value AS "to", h.why
     FROM meeting_recalibrations r JOIN goal_history h ON h.id = r.history_id JOIN goals g ON g.id = h.goal_id
     WHERE r.meeting_id = ? ORDER BY h.id`,
  ).all(id);
  const reviewedOn = sql<string | null>(db, 'SELECT pilot_reviewed_on AS reviewed_on FROM charters WHERE mentee_id = ?').pluck().get(row.mentee_id) as string | null | undefined;
  return {
    meeting: toSummary(row),
    decisions: decisionsOf(db, id),
    // Everything agreed or reviewed here: actions raised, then those carried in (done or not).
    actions: [...raised, ...carried],
    carriedForward: { count: carriedTo?.n ?? 0, toMeetingId: carriedTo?.meeting_id ?? null, toDate: carriedTo?.local_date ?? null },
    wins: winsOf(db, id),
    evidence: evidenceOf(db, id),
    scores: scoresOf(db, id),
    selfAssessment: selfAssessmentOf(db, id),
    recalibrations,
    unfinished: Object.entries(draftsOf(db, id)).map(([field, text]) => ({ field, text })),
    itemNotes: itemNotesOf(db, id),
    pilotReviewed: isPilotReview(row) && row.status === 'held' && reviewedOn !== null && reviewedOn !== undefined,
    pilotNotBegun: isPilotReview(row) && row.status === 'held' && reviewedOn !== undefined && !pilotStartedBy(db, row.mentee_id, row.local_date),
  };
}

/**
 * Whether the mentee's pilot had begun on the day the review was held: a review held
 * before the pilot started reviews nothing, so it does not mark the pilot reviewed.
 */
function pilotStartedBy(db: Db, menteeId: number, heldOn: string): boolean {
  if (sql(db, 'SELECT 1 FROM charters WHERE mentee_id = ?').pluck().get(menteeId) === undefined) return false;
  const start = rhythmVersion(db, menteeId)?.body.pilot.startDate ?? null;
  return start === null || start <= heldOn;
}

const isPilotReview = (row: { kind: string; origin: string }) => row.kind === 'pilot-review' || row.origin === 'pilot-review';

/**
 * Ends the meeting in one transaction: each recalibration the review decided goes
 * through the goals store (history rows with the reason) and into the decision log;
 * open action items are carried to the next planned meeting; a pilot review marks the
 * charter's pilot as reviewed.
 */
export function endMeeting(
  db: Db,
  input: { id: number; recalibrations: { goalId: number; targetDate?: string | undefined; target?: number | undefined; reason: string }[] },
  today = localToday(),
  /** The moment it ends (a test or imported history may give one); a meeting never started is held then. */
  now = nowIso(),
): MeetingReport {
  db.transaction(() => {
    const row = meetingRow(db, input.id);
    if (row.status === 'held') throw new VaultError('CONFLICT', 'This meeting has already ended.');
    if (row.status !== 'in-progress' && row.status !== 'planned') throw new VaultError('CONFLICT', `This meeting is ${row.status}; it cannot end.`);
    input.recalibrations.forEach((r, i) => {
      const owner = sql<number>(db, 'SELECT mentee_id FROM goals WHERE id = ?').pluck().get(r.goalId);
      if (owner !== row.mentee_id) throw invalid(['recalibrations', i, 'goalId'], 'Choose one of this mentee\'s goals');
      const goal = getGoal(db, r.goalId, today);
      const values = structuredClone(goal.values);
      if (r.targetDate !== undefined) values.timeBound.targetDate = r.targetDate;
      if (r.target !== undefined) values.measurable.target = r.target;
      if (values.timeBound.targetDate < values.startDate) throw invalid(['recalibrations', i, 'targetDate'], `The target date cannot be before the goal's start (${values.startDate})`);
      if (values.measurable.target === values.measurable.baseline) throw invalid(['recalibrations', i, 'target'], 'The target must differ from the baseline');
      const before = sql<number>(db, 'SELECT coalesce(max(id), 0) FROM goal_history').pluck().get() as number;
      updateGoal(db, { id: r.goalId, ...values, reason: r.reason });
      const historyIds = sql<number>(db, 'SELECT id FROM goal_history WHERE goal_id = ? AND id > ?').pluck().all(r.goalId, before) as number[];
      if (historyIds.length === 0) throw invalid(['recalibrations', i], 'This changes nothing: give a new target date or value');
      for (const h of historyIds) sql(db, 'INSERT INTO meeting_recalibrations (meeting_id, history_id) VALUES (?, ?)').run(input.id, h);
      const changes = [
        r.targetDate !== undefined && r.targetDate !== goal.targetDate ? `target date ${goal.targetDate} → ${r.targetDate}` : '',
        r.target !== undefined && r.target !== goal.target ? `target ${goal.target} → ${r.target} ${goal.unit}` : '',
      ].filter(Boolean);
      recordMeetingDecision(
        db,
        input.id,
        { decision: `Recalibrate "${goal.title}"`.slice(0, 200), rationale: r.reason, changed: changes.join('; '), entityKind: 'goal', entityId: r.goalId },
        today,
      );
    });
    if (row.status === 'planned') {
      // Ended without the meeting mode (e.g. from the meeting page): carry in what was open.
      carryInto(db, carriedActions(db, row).filter((a) => a.doneOn === null).map((a) => a.id), input.id, now);
    }
    // Held now unless the meeting mode opened it earlier: that start is the time it was held.
    if (row.started_at === null) recordHeldTime(db, row, now);
    sql(db, "UPDATE meetings SET status = 'held', started_at = coalesce(started_at, ?), ended_at = ?, updated_at = ? WHERE id = ?").run(now, now, now, input.id);
    const held = meetingRow(db, input.id);
    const next = nextPlannedMeeting(db, row.mentee_id, input.id, held.starts_at);
    if (next) {
      const open = [...raisedActions(db, input.id), ...carriedActions(db, { ...row, status: 'held' })].filter((a) => a.doneOn === null);
      carryInto(db, open.map((a) => a.id), next.id, now);
    }
    if (isPilotReview(row) && pilotStartedBy(db, row.mentee_id, held.local_date)) setPilotReviewed(db, row.mentee_id, held.local_date);
  })();
  return meetingReport(db, input.id);
}
