import { localToday } from '../../../shared/dates';
import type { IndicatorKind, Milestone, MilestoneValues } from '../../../shared/goals/schema';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { invalid, menteeOfGoal, notFound } from '../shared/store-helpers';
import { changed, requireReason, writeHistory } from './history';

export interface MilestoneRow {
  id: number;
  goal_id: number;
  title: string;
  due_date: string;
  indicator_kind: IndicatorKind;
  indicator: string;
  indicator_value: number | null;
  major: number;
  done_on: string | null;
  evidence_text: string;
  evidence_id: number | null;
  created_at: string;
  updated_at: string;
}

export function toMilestone(r: MilestoneRow, today: string): Milestone {
  return {
    id: r.id,
    goalId: r.goal_id,
    title: r.title,
    dueDate: r.due_date,
    indicator: { kind: r.indicator_kind, description: r.indicator, value: r.indicator_value },
    major: r.major === 1,
    doneOn: r.done_on,
    evidenceText: r.evidence_text,
    evidenceId: r.evidence_id,
    overdue: r.done_on === null && r.due_date < today,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listMilestones(db: Db, goalId: number, today = localToday()): Milestone[] {
  return sql<MilestoneRow>(db, 'SELECT * FROM milestones WHERE goal_id = ? ORDER BY due_date, id')
    .all(goalId)
    .map((r) => toMilestone(r, today));
}

function milestoneRow(db: Db, id: number): MilestoneRow {
  const row = sql<MilestoneRow>(db, 'SELECT * FROM milestones WHERE id = ?').get(id);
  if (!row) throw notFound('milestone');
  return row;
}

export function getMilestone(db: Db, id: number, today = localToday()): Milestone {
  return toMilestone(milestoneRow(db, id), today);
}

export function createMilestone(db: Db, goalId: number, v: MilestoneValues): Milestone {
  menteeOfGoal(db, goalId);
  const now = nowIso();
  const r = sql(
    db,
    `INSERT INTO milestones (goal_id, title, due_date, indicator_kind, indicator, indicator_value, major, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(goalId, v.title, v.dueDate, v.indicator.kind, v.indicator.description, v.indicator.value, v.major ? 1 : 0, now, now);
  return getMilestone(db, Number(r.lastInsertRowid));
}

/** Moving the due date is a recalibration: it needs a reason and leaves a history row. */
export function updateMilestone(db: Db, id: number, v: MilestoneValues, reason: string | undefined): Milestone {
  db.transaction(() => {
    const old = milestoneRow(db, id);
    const moves = changed([{ field: 'dueDate', label: 'due date', from: old.due_date, to: v.dueDate }]);
    const why = requireReason(moves, reason);
    sql(
      db,
      `UPDATE milestones SET title = ?, due_date = ?, indicator_kind = ?, indicator = ?, indicator_value = ?, major = ?, updated_at = ?
       WHERE id = ?`,
    ).run(v.title, v.dueDate, v.indicator.kind, v.indicator.description, v.indicator.value, v.major ? 1 : 0, nowIso(), id);
    writeHistory(db, { goalId: old.goal_id, entity: 'milestone', milestoneId: id }, moves, why);
  })();
  return getMilestone(db, id);
}

/** Done means proved: the evidence (a line, a linked evidence record, or both) is kept with it. */
export function completeMilestone(
  db: Db,
  input: { id: number; doneOn: string; evidenceText: string; evidenceId: number | null },
  today = localToday(),
): Milestone {
  db.transaction(() => {
    const old = milestoneRow(db, input.id);
    if (old.done_on !== null) throw new VaultError('CONFLICT', `This milestone was already done on ${old.done_on}; reopen it first.`);
    if (input.doneOn > today) throw invalid(['doneOn'], 'A milestone cannot be done in the future');
    if (input.evidenceId !== null) {
      const owner = sql<number>(db, 'SELECT mentee_id FROM evidence WHERE id = ?').pluck().get(input.evidenceId);
      if (owner !== menteeOfGoal(db, old.goal_id)) throw invalid(['evidenceId'], 'Choose evidence recorded for this mentee');
    }
    sql(db, 'UPDATE milestones SET done_on = ?, evidence_text = ?, evidence_id = ?, updated_at = ? WHERE id = ?').run(
      input.doneOn,
      input.evidenceText.trim(),
      input.evidenceId,
      nowIso(),
      input.id,
    );
    writeHistory(db, { goalId: old.goal_id, entity: 'milestone', milestoneId: input.id }, [
      { field: 'done', label: 'done', from: null, to: input.doneOn },
    ], '');
  })();
  return getMilestone(db, input.id);
}

export function reopenMilestone(db: Db, id: number, reason: string): Milestone {
  db.transaction(() => {
    const old = milestoneRow(db, id);
    if (old.done_on === null) throw new VaultError('CONFLICT', 'This milestone is not done.');
    sql(db, "UPDATE milestones SET done_on = NULL, evidence_text = '', evidence_id = NULL, updated_at = ? WHERE id = ?").run(nowIso(), id);
    writeHistory(db, { goalId: old.goal_id, entity: 'milestone', milestoneId: id }, [
      { field: 'done', label: 'done', from: old.done_on, to: null },
    ], reason);
  })();
  return getMilestone(db, id);
}

/** The trail outlives the milestone: its removal is itself a history row, with the reason. */
export function deleteMilestone(db: Db, id: number, reason: string): void {
  db.transaction(() => {
    const old = milestoneRow(db, id);
    writeHistory(db, { goalId: old.goal_id, entity: 'milestone', milestoneId: id }, [
      { field: 'removed', label: 'milestone', from: old.title, to: null },
    ], reason);
    sql(db, 'DELETE FROM milestones WHERE id = ?').run(id);
  })();
}
