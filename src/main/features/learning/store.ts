import type { PracticeValues, Reflection, ResourceValues } from '../../../shared/learning/schema';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { checkGoalOfMentee, pageOf } from '../shared/store-helpers';
import type { RecordTable } from '../shared/record-table';

const goalTitle = { goalTitle: { sql: '(SELECT g.title FROM goals g WHERE g.id = t.goal_id)' } };

export const resourcesTable: RecordTable<ResourceValues, { goalTitle: string | null }> = {
  table: 'resources',
  what: 'resource',
  columns: { kind: 'kind', title: 'title', link: 'link', goalId: 'goal_id', status: 'status', notes: 'notes' },
  order: "CASE t.status WHEN 'in-progress' THEN 0 WHEN 'planned' THEN 1 WHEN 'done' THEN 2 ELSE 3 END, t.title COLLATE NOCASE, t.id",
  extras: goalTitle,
  filters: { status: 'status', goalId: 'goal_id' },
  check: (db, menteeId, v) => checkGoalOfMentee(db, v.goalId, menteeId),
};

export const practiceTable: RecordTable<PracticeValues, { goalTitle: string | null }> = {
  table: 'practice_sessions',
  what: 'practice session',
  columns: {
    date: 'date',
    technique: 'technique',
    context: 'context',
    goalId: 'goal_id',
    attempted: 'attempted',
    learned: 'learned',
    nextAdjustment: 'next_adjustment',
  },
  order: 't.date DESC, t.id DESC',
  extras: goalTitle,
  filters: { goalId: 'goal_id' },
  check: (db, menteeId, v) => checkGoalOfMentee(db, v.goalId, menteeId),
};

interface ReflectionRow {
  id: number;
  mentee_id: number;
  mentee_name: string;
  date: string;
  technique: string;
  goal_id: number | null;
  goal_title: string | null;
  attempted: string;
  learned: string;
  next_adjustment: string;
}

/** Attempted / learned / next across the plan: one mentee's sessions or everyone's, newest first. */
export function reflections(
  db: Db,
  input: { menteeId: number | null; debriefedOnly: boolean; search: string; offset: number; limit: number },
): Page<Reflection> {
  const where: string[] = ['m.archived_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (input.menteeId !== null) {
    where.push('p.mentee_id = :menteeId');
    params.menteeId = input.menteeId;
  }
  if (input.debriefedOnly) where.push("(p.attempted <> '' OR p.learned <> '' OR p.next_adjustment <> '')");
  if (input.search) {
    where.push("(p.technique LIKE :q ESCAPE '\\' OR p.attempted LIKE :q ESCAPE '\\' OR p.learned LIKE :q ESCAPE '\\' OR p.next_adjustment LIKE :q ESCAPE '\\')");
    params.q = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  const from = `FROM practice_sessions p JOIN mentees m ON m.id = p.mentee_id WHERE ${where.join(' AND ')}`;
  return pageOf<ReflectionRow, Reflection>(
    db,
    `SELECT p.id, p.mentee_id, m.name AS mentee_name, p.date, p.technique, p.goal_id,
       (SELECT g.title FROM goals g WHERE g.id = p.goal_id) AS goal_title, p.attempted, p.learned, p.next_adjustment
     ${from} ORDER BY p.date DESC, p.id DESC`,
    `SELECT count(*) ${from}`,
    params,
    input,
    (r) => ({
      sessionId: r.id,
      menteeId: r.mentee_id,
      menteeName: r.mentee_name,
      date: r.date,
      technique: r.technique,
      goalId: r.goal_id,
      goalTitle: r.goal_title,
      attempted: r.attempted,
      learned: r.learned,
      nextAdjustment: r.next_adjustment,
    }),
  );
}
