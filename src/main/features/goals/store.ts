import type {
  CreateGoalValues,
  Goal,
  GoalArea,
  GoalStatus,
  GoalSummary,
  GoalValues,
  Reading,
  UpdateGoalValues,
} from '../../../shared/goals/schema';
import { localToday } from '../../../shared/dates';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { invalid, menteeOfGoal, notFound, pageOf, requireMentee } from '../shared/store-helpers';
import { changed, requireReason, writeHistory, type FieldChange } from './history';
import { listMilestones } from './milestones';

export interface GoalRow {
  id: number;
  mentee_id: number;
  career_aim_id: number;
  career_aim: string;
  title: string;
  area: GoalArea;
  status: GoalStatus;
  statement: string;
  metric: string;
  unit: string;
  baseline_value: number;
  target_value: number;
  why_realistic: string;
  support_needed: string;
  start_date: string;
  target_date: string;
  created_at: string;
  updated_at: string;
  latest_value: number | null;
  latest_date: string | null;
  ms_total: number;
  ms_done: number;
  ms_overdue: number;
}

/** A goal with its current value and milestone counts, in one statement (no N+1). */
export const GOAL_SELECT = `SELECT g.*, ca.title AS career_aim,
  (SELECT r.value FROM goal_readings r WHERE r.goal_id = g.id ORDER BY r.date DESC, r.id DESC LIMIT 1) AS latest_value,
  (SELECT r.date FROM goal_readings r WHERE r.goal_id = g.id ORDER BY r.date DESC, r.id DESC LIMIT 1) AS latest_date,
  (SELECT count(*) FROM milestones m WHERE m.goal_id = g.id) AS ms_total,
  (SELECT count(*) FROM milestones m WHERE m.goal_id = g.id AND m.done_on IS NOT NULL) AS ms_done,
  (SELECT count(*) FROM milestones m WHERE m.goal_id = g.id AND m.done_on IS NULL AND m.due_date < :today) AS ms_overdue
  FROM goals g JOIN career_aims ca ON ca.id = g.career_aim_id`;

export function toGoalSummary(r: GoalRow): GoalSummary {
  const span = r.target_value - r.baseline_value;
  return {
    id: r.id,
    menteeId: r.mentee_id,
    title: r.title,
    area: r.area,
    status: r.status,
    careerAimId: r.career_aim_id,
    careerAim: r.career_aim,
    metric: r.metric,
    unit: r.unit,
    baseline: r.baseline_value,
    target: r.target_value,
    current: r.latest_value,
    currentDate: r.latest_date,
    progress: r.latest_value === null ? null : (r.latest_value - r.baseline_value) / span,
    startDate: r.start_date,
    targetDate: r.target_date,
    milestonesTotal: r.ms_total,
    milestonesDone: r.ms_done,
    milestonesOverdue: r.ms_overdue,
    updatedAt: r.updated_at,
  };
}

export function toGoalValues(r: GoalRow): GoalValues {
  return {
    title: r.title,
    area: r.area,
    status: r.status,
    startDate: r.start_date,
    specific: { statement: r.statement },
    measurable: { metric: r.metric, unit: r.unit, baseline: r.baseline_value, target: r.target_value },
    attainable: { whyRealistic: r.why_realistic, supportNeeded: r.support_needed },
    relevant: { careerAimId: r.career_aim_id },
    timeBound: { targetDate: r.target_date },
  };
}

export function listGoals(
  db: Db,
  input: { menteeId: number; statuses: GoalStatus[]; area: GoalArea | null; offset: number; limit: number },
  today = localToday(),
): Page<GoalSummary> {
  requireMentee(db, input.menteeId);
  const where = ['g.mentee_id = :menteeId'];
  const params: Record<string, unknown> = { menteeId: input.menteeId, today };
  if (input.statuses.length > 0) {
    where.push(`g.status IN (${input.statuses.map((_, i) => `:s${i}`).join(', ')})`);
    input.statuses.forEach((s, i) => (params[`s${i}`] = s));
  }
  if (input.area) {
    where.push('g.area = :area');
    params.area = input.area;
  }
  const clause = where.join(' AND ');
  return pageOf(
    db,
    `${GOAL_SELECT} WHERE ${clause} ORDER BY g.target_date, g.id`,
    `SELECT count(*) FROM goals g WHERE ${clause}`,
    params,
    input,
    toGoalSummary,
  );
}

function goalRow(db: Db, id: number, today: string): GoalRow {
  const row = sql<GoalRow>(db, `${GOAL_SELECT} WHERE g.id = :id`).get({ id, today });
  if (!row) throw notFound('goal');
  return row;
}

export function getGoal(db: Db, id: number, today = localToday()): Goal {
  const row = goalRow(db, id, today);
  return {
    ...toGoalSummary(row),
    values: toGoalValues(row),
    readings: sql<Reading>(db, 'SELECT id, goal_id AS goalId, date, value, note FROM goal_readings WHERE goal_id = ? ORDER BY date, id').all(id),
    milestones: listMilestones(db, id, today),
    createdAt: row.created_at,
  };
}

/** Relevant = serves one of this mentee's own career aims. */
function checkCareerAim(db: Db, careerAimId: number, menteeId: number): void {
  const owner = sql<number>(db, 'SELECT mentee_id FROM career_aims WHERE id = ?').pluck().get(careerAimId);
  if (owner !== menteeId) throw invalid(['relevant', 'careerAimId'], 'R (relevant): choose one of this mentee\'s career aims');
}

const GOAL_COLUMNS = `career_aim_id = ?, title = ?, area = ?, status = ?, statement = ?, metric = ?, unit = ?, baseline_value = ?,
  target_value = ?, why_realistic = ?, support_needed = ?, start_date = ?, target_date = ?`;

function columnValues(v: GoalValues): unknown[] {
  return [
    v.relevant.careerAimId,
    v.title,
    v.area,
    v.status,
    v.specific.statement,
    v.measurable.metric,
    v.measurable.unit,
    v.measurable.baseline,
    v.measurable.target,
    v.attainable.whyRealistic,
    v.attainable.supportNeeded,
    v.startDate,
    v.timeBound.targetDate,
  ];
}

export function createGoal(db: Db, values: CreateGoalValues): Goal {
  requireMentee(db, values.menteeId);
  checkCareerAim(db, values.relevant.careerAimId, values.menteeId);
  const now = nowIso();
  const r = sql(
    db,
    `INSERT INTO goals (mentee_id, career_aim_id, title, area, status, statement, metric, unit, baseline_value, target_value,
       why_realistic, support_needed, start_date, target_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(values.menteeId, ...columnValues(values), now, now);
  return getGoal(db, Number(r.lastInsertRowid));
}

/**
 * Saves the goal form. A recalibration (target, baseline, metric, unit, target date)
 * needs a reason and leaves one history row per changed field, in the same transaction.
 */
export function updateGoal(db: Db, values: UpdateGoalValues): Goal {
  db.transaction(() => {
    const old = goalRow(db, values.id, localToday());
    checkCareerAim(db, values.relevant.careerAimId, old.mentee_id);
    const recalibrations = changed([
      { field: 'measurable.target', label: 'target value', from: old.target_value, to: values.measurable.target },
      { field: 'measurable.baseline', label: 'baseline value', from: old.baseline_value, to: values.measurable.baseline },
      { field: 'measurable.metric', label: 'metric', from: old.metric, to: values.measurable.metric },
      { field: 'measurable.unit', label: 'unit', from: old.unit, to: values.measurable.unit },
      { field: 'timeBound.targetDate', label: 'target date', from: old.target_date, to: values.timeBound.targetDate },
    ]);
    const why = requireReason(recalibrations, values.reason);
    const statusChange: FieldChange[] = changed([{ field: 'status', label: 'status', from: old.status, to: values.status }]);
    sql(db, `UPDATE goals SET ${GOAL_COLUMNS}, updated_at = ? WHERE id = ?`).run(...columnValues(values), nowIso(), values.id);
    writeHistory(db, { goalId: values.id, entity: 'goal', milestoneId: null }, [...recalibrations, ...statusChange], why);
  })();
  return getGoal(db, values.id);
}

export function setGoalStatus(db: Db, id: number, status: GoalStatus, why: string): Goal {
  db.transaction(() => {
    const old = sql<GoalStatus>(db, 'SELECT status FROM goals WHERE id = ?').pluck().get(id) as GoalStatus | undefined;
    if (old === undefined) throw notFound('goal');
    if (old === status) return;
    sql(db, 'UPDATE goals SET status = ?, updated_at = ? WHERE id = ?').run(status, nowIso(), id);
    writeHistory(db, { goalId: id, entity: 'goal', milestoneId: null }, [{ field: 'status', label: 'status', from: old, to: status }], why);
  })();
  return getGoal(db, id);
}

export function deleteGoal(db: Db, id: number, confirmTitle: string): void {
  const title = sql<string>(db, 'SELECT title FROM goals WHERE id = ?').pluck().get(id) as string | undefined;
  if (title === undefined) throw notFound('goal');
  if (title !== confirmTitle) throw invalid(['confirmTitle'], 'Type the goal\'s title exactly to confirm deleting');
  sql(db, 'DELETE FROM goals WHERE id = ?').run(id);
}

export function addReading(db: Db, input: { goalId: number; date: string; value: number; note: string }, today = localToday()): Reading {
  menteeOfGoal(db, input.goalId);
  if (input.date > today) throw invalid(['date'], 'A reading cannot be dated in the future');
  const start = sql<string>(db, 'SELECT start_date FROM goals WHERE id = ?').pluck().get(input.goalId) as string;
  if (input.date < start) throw invalid(['date'], `A reading cannot be dated before the goal's start (${start})`);
  const r = sql(db, 'INSERT INTO goal_readings (goal_id, date, value, note, created_at) VALUES (?, ?, ?, ?, ?)').run(
    input.goalId,
    input.date,
    input.value,
    input.note,
    nowIso(),
  );
  sql(db, 'UPDATE goals SET updated_at = ? WHERE id = ?').run(nowIso(), input.goalId);
  return { id: Number(r.lastInsertRowid), goalId: input.goalId, date: input.date, value: input.value, note: input.note };
}

export function deleteReading(db: Db, id: number): void {
  const r = sql(db, 'DELETE FROM goal_readings WHERE id = ?').run(id);
  if (r.changes === 0) throw new VaultError('NOT_FOUND', 'No reading with that id.');
}
