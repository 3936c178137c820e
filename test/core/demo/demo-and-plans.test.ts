import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROWTH_SQL } from '../../../src/main/features/assessment/store';
import { DASHBOARD_SQL } from '../../../src/main/features/dashboard/mentee';
import { OVERVIEW_SQL } from '../../../src/main/features/dashboard/overview';
import { GOAL_SELECT } from '../../../src/main/features/goals/store';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { rowCounts } from '../../../src/main/vault/info';
import { localToday } from '../../../src/shared/dates';
import { openPlanVault, type PlanVault } from '../../helpers/plan-vault';

const PLAN_TABLES = [
  'competencies',
  'assessments',
  'assessment_ratings',
  'charters',
  'charter_versions',
  'goals',
  'goal_readings',
  'milestones',
  'goal_history',
  'resources',
  'practice_sessions',
  'decisions',
  'sponsorship_moments',
  'evidence',
  'deadlines',
  'progress_reports',
  'settings',
];

let v: PlanVault;

beforeAll(async () => {
  v = await openPlanVault('demo');
  fillDemoVault(v.db, { mentees: 24, seed: 3 });
  v.db.exec('ANALYZE');
});
afterAll(() => v.close());

describe('the demo filler', () => {
  it('fills every table of the plan', () => {
    const counts = rowCounts(v.db);
    for (const table of PLAN_TABLES) expect(counts[table], table).toBeGreaterThan(0);
    expect(counts.goals).toBeGreaterThanOrEqual(2 * 24);
  });

  it('is varied: every goal status and area, agreed and draft charter versions with reasons, overdue and done milestones', () => {
    const distinct = (sql: string) => (v.db.prepare(sql).pluck().all() as string[]).sort();
    expect(distinct('SELECT DISTINCT status FROM goals')).toEqual(['achieved', 'at-risk', 'dropped', 'not-started', 'on-track']);
    expect(distinct('SELECT DISTINCT area FROM goals').length).toBeGreaterThanOrEqual(6);
    expect(distinct('SELECT DISTINCT status FROM charter_versions')).toEqual(['agreed', 'draft']);
    expect(v.db.prepare("SELECT count(*) FROM charter_versions WHERE version > 1 AND status = 'draft' AND reason <> ''").pluck().get()).toBeGreaterThan(0);
    expect(v.db.prepare('SELECT count(*) FROM milestones WHERE done_on IS NULL AND due_date < ?').pluck().get(localToday())).toBeGreaterThan(0);
    expect(v.db.prepare('SELECT count(*) FROM milestones WHERE evidence_id IS NOT NULL').pluck().get()).toBeGreaterThan(0);
    expect(distinct("SELECT DISTINCT field FROM goal_history WHERE why <> ''")).toEqual(
      expect.arrayContaining(['dueDate', 'measurable.target', 'timeBound.targetDate']),
    );
    expect(distinct('SELECT DISTINCT kind FROM sponsorship_moments').length).toBeGreaterThanOrEqual(4);
    expect(distinct('SELECT DISTINCT kind FROM evidence').length).toBeGreaterThanOrEqual(4);
    expect(v.db.prepare("SELECT count(*) FROM practice_sessions WHERE learned = ''").pluck().get()).toBeGreaterThan(0);
    expect(v.db.prepare("SELECT count(*) FROM practice_sessions WHERE learned <> ''").pluck().get()).toBeGreaterThan(0);
  });

  it('leaves a vault whose overview shows pilots in several states', async () => {
    const page = await v.call('dashboard.overview', {});
    expect(new Set(page.rows.map((r) => r.pilot.state)).size).toBeGreaterThanOrEqual(3);
  });
});

/** The detail lines of SQLite's plan for a statement. */
function planOf(sql: string, params: unknown): string[] {
  return (v.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
}

/** No full scan of a plan table: each is reached through an index (or its primary key). */
function expectIndexed(plan: string[], indexes: string[]): void {
  for (const line of plan) expect(line, plan.join('\n')).not.toMatch(/^SCAN (?!json_each|CONSTANT ROW)/);
  for (const index of indexes) expect(plan.some((line) => line.includes(index)), `${index}\n${plan.join('\n')}`).toBe(true);
}

describe('the dashboards\' queries use their indexes', () => {
  const p = { menteeId: 1, today: '2026-01-01', statuses: '["active","pilot"]', q: '', id: 1 };

  it('overview: one statement, every figure through an index', () => {
    // Reading every mentee row is the point of the overview; everything per mentee is a search.
    expectIndexed(planOf(OVERVIEW_SQL, p).filter((l) => l !== 'SCAN m' && !l.startsWith('SEARCH m USING INDEX mentees_by_name')), [
      'goals_by_mentee',
      'milestones_by_goal',
      'sqlite_autoindex_charter_versions_1',
    ]);
  });

  it('mentee dashboard: goals, readings, milestones, practice, resources, records, competencies', () => {
    expectIndexed(planOf(DASHBOARD_SQL.goals, p), ['goals_by_mentee', 'goal_readings_by_goal', 'milestones_by_goal']);
    expectIndexed(planOf(DASHBOARD_SQL.readings, p), ['goals_by_mentee', 'goal_readings_by_goal']);
    expectIndexed(planOf(DASHBOARD_SQL.milestones, p), ['goals_by_mentee', 'milestones_by_goal']);
    expectIndexed(planOf(DASHBOARD_SQL.reflections, p), ['practice_sessions_by_mentee']);
    expectIndexed(planOf(DASHBOARD_SQL.resources, p), ['resources_by_mentee']);
    expectIndexed(planOf(DASHBOARD_SQL.counts, p), [
      'evidence_by_mentee',
      'sponsorship_moments_by_mentee',
      'decisions_by_mentee',
      'deadlines_by_mentee',
      'progress_reports_by_mentee',
    ]);
    expectIndexed(planOf(GROWTH_SQL, [1]), ['assessments_by_mentee']);
    expectIndexed(planOf(`${GOAL_SELECT} WHERE g.id = :id`, p), ['goal_readings_by_goal', 'milestones_by_goal']);
  });
});
