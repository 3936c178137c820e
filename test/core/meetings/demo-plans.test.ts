import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { ICS_SQL } from '../../../src/main/features/calendar/ics';
import { DASHBOARD_SQL } from '../../../src/main/features/dashboard/mentee';
import { OVERVIEW_SQL } from '../../../src/main/features/dashboard/overview';
import { ACTIONS_SQL } from '../../../src/main/features/meetings/actions';
import { PROPOSALS_SQL } from '../../../src/main/features/meetings/plan';
import { rowCounts } from '../../../src/main/vault/info';
import { openMeetingVault, type MeetingVault } from './harness';

/** Filled by the demo; the others hold what only a live meeting leaves (typed drafts, recalibrations, dismissed proposals). */
const DEMO_TABLES = [
  'agenda_template_items',
  'rubric_templates',
  'rubric_dimensions',
  'meetings',
  'meeting_agenda_items',
  'meeting_wins',
  'meeting_evidence',
  'meeting_decisions',
  'action_items',
  'action_item_carries',
  'self_assessments',
  'self_assessment_ratings',
  'rubric_scores',
];

let v: MeetingVault;
beforeAll(async () => {
  v = await openMeetingVault('demo');
  fillDemoVault(v.db, { mentees: 16, seed: 5 });
  v.db.exec('ANALYZE');
});
afterAll(() => v.close());

const distinct = (sql: string) => (v.db.prepare(sql).pluck().all() as string[]).sort();

describe('the demo filler', () => {
  it('fills the meeting tables, varied: held with captures, some skipped, planned ahead, converted ones in the log', () => {
    const counts = rowCounts(v.db);
    for (const table of DEMO_TABLES) expect(counts[table], table).toBeGreaterThan(0);
    expect(distinct('SELECT DISTINCT status FROM meetings')).toEqual(['held', 'planned', 'skipped']);
    expect(distinct('SELECT DISTINCT kind FROM meetings').length).toBeGreaterThanOrEqual(4);
    expect(distinct('SELECT DISTINCT origin FROM meetings')).toEqual(expect.arrayContaining(['generated-from-rhythm', 'pilot-review']));
    expect(v.db.prepare('SELECT count(*) FROM action_items WHERE done_on IS NULL').pluck().get()).toBeGreaterThan(0);
    expect(v.db.prepare('SELECT count(*) FROM action_items WHERE done_on IS NOT NULL').pluck().get()).toBeGreaterThan(0);
    // Every mentee still being mentored has a meeting ahead; every held review has scores.
    expect(v.db.prepare("SELECT count(*) FROM mentees m WHERE m.status NOT IN ('completed') AND NOT EXISTS (SELECT 1 FROM meetings WHERE mentee_id = m.id AND status = 'planned')").pluck().get()).toBe(0);
    expect(v.db.prepare("SELECT count(*) FROM meetings mt WHERE status = 'held' AND kind IN ('formal-review','pilot-review') AND NOT EXISTS (SELECT 1 FROM rubric_scores WHERE meeting_id = mt.id)").pluck().get()).toBe(0);
  });

  it('makes exactly the number of meetings asked for (the benchmark size, here smaller)', async () => {
    const w = await openMeetingVault('demo-count');
    try {
      fillDemoVault(w.db, { mentees: 7, seed: 2, meetings: 500, notes: 10 });
      expect(rowCounts(w.db).meetings).toBe(500);
      expect(w.db.prepare("SELECT count(*) FROM meetings WHERE status = 'planned'").pluck().get()).toBeGreaterThan(0);
    } finally {
      w.close();
    }
  });
});

function planOf(sql: string, params: unknown): string[] {
  return (v.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
}

function expectIndexed(plan: string[], indexes: string[], allowedScans: RegExp[] = []): void {
  for (const line of plan) {
    if (allowedScans.some((r) => r.test(line))) continue;
    expect(line, plan.join('\n')).not.toMatch(/^SCAN (?!json_each|CONSTANT ROW)/);
  }
  for (const index of indexes) expect(plan.some((line) => line.includes(index)), `${index}\n${plan.join('\n')}`).toBe(true);
}

describe('the meetings\' queries use their indexes', () => {
  const p = { menteeId: 1, meetingId: 1, today: '2026-01-01', statuses: '["active"]', q: '', open: 1 };

  it('next meeting on both dashboards', () => {
    expectIndexed(planOf(DASHBOARD_SQL.mentee, p), ['meetings_by_mentee']);
    expect(planOf(OVERVIEW_SQL, p).some((l) => l.includes('meetings_by_mentee'))).toBe(true);
  });

  it('action items, pulled-in goals and milestones', () => {
    expectIndexed(planOf(ACTIONS_SQL.raised, p), ['action_items_by_meeting']);
    expectIndexed(planOf(ACTIONS_SQL.openForMeeting, p), ['action_items_by_mentee']);
    expectIndexed(planOf(ACTIONS_SQL.carriedInto, p), ['action_item_carries_by_meeting']);
    expectIndexed(planOf(ACTIONS_SQL.byMentee, p), ['action_items_by_mentee']);
    expectIndexed(planOf(ACTIONS_SQL.openCount, p), ['action_items_by_mentee']);
    expectIndexed(planOf(ACTIONS_SQL.overdue, p), ['goals_by_mentee', 'milestones_by_goal']);
  });

  it('lists by mentee and by date, the calendar file and proposals', () => {
    const list = 'SELECT mt.id FROM meetings mt JOIN mentees m ON m.id = mt.mentee_id';
    expectIndexed(planOf(`${list} WHERE mt.mentee_id = :menteeId ORDER BY mt.starts_at LIMIT 100`, p), ['meetings_by_mentee_start']);
    expectIndexed(planOf(`${list} ORDER BY mt.starts_at LIMIT 100`, p), ['meetings_by_start'], [/^SCAN mt USING INDEX meetings_by_start/]);
    expectIndexed(planOf(ICS_SQL.events, {}), ['meetings_by_start'], [/^SCAN mt USING INDEX meetings_by_start/]);
    expectIndexed(planOf(ICS_SQL.menteeEvents, { menteeId: 1 }), ['meetings_by_mentee_start']);
    expectIndexed(planOf(ICS_SQL.agenda, [1]), ['meeting_agenda_items_by_meeting']);
    // Proposals read the done major milestones (a small set) and reach everything else by index.
    expectIndexed(planOf(PROPOSALS_SQL.mentee, p), ['goals_by_mentee', 'milestones_by_goal', 'meetings_by_milestone', 'meetings_by_mentee']);
    expectIndexed(planOf(PROPOSALS_SQL.all, {}), ['milestones_by_goal', 'meetings_by_milestone', 'meetings_by_mentee'], [/^SCAN g$/]);
  });
});
