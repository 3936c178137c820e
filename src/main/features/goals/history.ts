import type { HistoryEntity, HistoryEntry } from '../../../shared/goals/schema';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { invalid, menteeOfGoal, pageOf } from '../shared/store-helpers';

/** One field that changed: what it is called on screen, and its old and new value. */
export interface FieldChange {
  field: string;
  label: string;
  from: string | number | null;
  to: string | number | null;
}

const asText = (v: string | number | null): string => (v === null ? '' : String(v));

/** The changes among `candidates` whose value really differs. */
export function changed(candidates: FieldChange[]): FieldChange[] {
  return candidates.filter((c) => asText(c.from) !== asText(c.to));
}

/** A recalibration without a reason is refused before anything is written. */
export function requireReason(changes: FieldChange[], reason: string | undefined): string {
  const why = reason?.trim() ?? '';
  if (changes.length > 0 && why === '') {
    const what = changes.map((c) => c.label).join(', ');
    throw invalid(['reason'], `Changing the ${what} is a recalibration: say why`);
  }
  return why;
}

export function writeHistory(
  db: Db,
  target: { goalId: number; entity: HistoryEntity; milestoneId: number | null },
  changes: FieldChange[],
  why: string,
  at = nowIso(),
): void {
  const insert = sql(
    db,
    `INSERT INTO goal_history (goal_id, entity, milestone_id, field, from_value, to_value, why, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of changes) insert.run(target.goalId, target.entity, target.milestoneId, c.field, asText(c.from), asText(c.to), why, at);
}

interface HistoryRow {
  id: number;
  goal_id: number;
  entity: HistoryEntity;
  milestone_id: number | null;
  milestone_title: string | null;
  field: string;
  from_value: string;
  to_value: string;
  why: string;
  changed_at: string;
}

export function goalHistory(db: Db, goalId: number, page: { offset: number; limit: number }): Page<HistoryEntry> {
  menteeOfGoal(db, goalId);
  return pageOf<HistoryRow, HistoryEntry>(
    db,
    `SELECT h.*, m.title AS milestone_title FROM goal_history h LEFT JOIN milestones m ON m.id = h.milestone_id
     WHERE h.goal_id = :goalId ORDER BY h.changed_at DESC, h.id DESC`,
    'SELECT count(*) FROM goal_history WHERE goal_id = :goalId',
    { goalId },
    page,
    (r) => ({
      id: r.id,
      goalId: r.goal_id,
      entity: r.entity,
      milestoneId: r.milestone_id,
      milestoneTitle: r.milestone_title,
      field: r.field,
      from: r.from_value,
      to: r.to_value,
      why: r.why,
      changedAt: r.changed_at,
    }),
  );
}
