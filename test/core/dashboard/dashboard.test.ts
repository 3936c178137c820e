import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAssessment } from '../../../src/main/features/assessment/store';
import { completeMilestone, createMilestone } from '../../../src/main/features/goals/milestones';
import { addReading, createGoal } from '../../../src/main/features/goals/store';
import type { MethodInput } from '../../../src/shared/contract';
import { openPlanVault, type PlanVault } from '../../helpers/plan-vault';

/**
 * A known dataset with fixed dates, drawn "as of" 2025-06-01, so every figure of both
 * dashboards can be counted by hand.
 */
const AS_OF = '2025-06-01';
let v: PlanVault;
const ids: Record<string, { id: number; aim: number }> = {};

async function mentee(name: string, status: 'prospective' | 'pilot' | 'active' | 'completed', team = 'Platform') {
  const m = await v.call('mentees.create', { name, status, team, careerAims: [{ title: 'Staff engineer' }] });
  ids[name] = { id: m.id, aim: m.careerAims[0]!.id };
  return ids[name];
}

function goal(menteeId: number, aim: number, title: string, status: 'not-started' | 'on-track' | 'at-risk' | 'achieved', m: [number, number], dates: [string, string]) {
  return createGoal(v.db, {
    menteeId,
    title,
    area: 'leadership',
    status,
    startDate: dates[0],
    specific: { statement: title },
    measurable: { metric: 'Metric', unit: 'unit', baseline: m[0], target: m[1] },
    attainable: { whyRealistic: 'Yes', supportNeeded: '' },
    relevant: { careerAimId: aim },
    timeBound: { targetDate: dates[1] },
  });
}

const milestone = (goalId: number, title: string, dueDate: string, major = false) =>
  createMilestone(v.db, goalId, { title, dueDate, indicator: { kind: 'deliverable', description: 'Done', value: null }, major });

async function charter(menteeId: number, pilot: { startDate: string; weeks: number }, agreedOn: string | null) {
  const c = await v.call('charter.create', { menteeId });
  const body = { ...c.current.body, purpose: 'Grow', pilot };
  await v.call('charter.update', { versionId: c.current.id, body });
  if (agreedOn) await v.call('charter.agree', { versionId: c.current.id, agreedOn });
}

beforeAll(async () => {
  v = await openPlanVault('dashboard');
  await v.call('mentor.update', { name: 'Jordan Avery' });
  const ada = await mentee('Ada Active', 'active', 'Payments');
  const ben = await mentee('Ben Pilot', 'pilot');
  await mentee('Cy Completed', 'completed');
  const di = await mentee('Di Archived', 'active');
  const eve = await mentee('Eve Prospect', 'prospective');
  const fay = await mentee('Fay Done', 'active');
  await v.call('mentees.archive', { id: di.id, archived: true });

  const g1 = goal(ada.id, ada.aim, 'Grow reviews', 'on-track', [0, 10], ['2025-01-01', '2025-12-31']);
  const g2 = goal(ada.id, ada.aim, 'Faster responses', 'at-risk', [30, 8], ['2025-02-01', '2025-09-01']);
  goal(ada.id, ada.aim, 'Finished goal', 'achieved', [1, 2], ['2025-01-01', '2025-03-01']);
  goal(ada.id, ada.aim, 'Later goal', 'not-started', [0, 1], ['2025-05-01', '2025-11-01']);
  addReading(v.db, { goalId: g1.id, date: '2025-04-01', value: 5, note: '' });
  addReading(v.db, { goalId: g1.id, date: '2025-02-01', value: 2, note: '' });
  addReading(v.db, { goalId: g2.id, date: '2025-03-01', value: 25, note: '' });
  const m1 = milestone(g1.id, 'M1 done', '2025-03-01');
  completeMilestone(v.db, { id: m1.id, doneOn: '2025-02-25', evidenceText: 'Shipped', evidenceId: null });
  milestone(g1.id, 'M2 overdue', '2025-05-01');
  milestone(g1.id, 'M3 upcoming', '2025-07-01');
  milestone(g2.id, 'M4 overdue major', '2025-04-15', true);

  const [collab, leadership] = (await v.call('competencies.list', {})).map((c) => c.id);
  recordAssessment(v.db, { menteeId: ada.id, kind: 'baseline', date: '2025-01-05', note: '', ratings: [
    { competencyId: collab!, mentor: 2, mentee: 3, note: '' },
    { competencyId: leadership!, mentor: 1, mentee: 1, note: '' },
  ] });
  recordAssessment(v.db, { menteeId: ada.id, kind: 'reassessment', date: '2025-04-05', note: '', ratings: [{ competencyId: collab!, mentor: 4, mentee: 4, note: '' }] });

  const practice = (over: Partial<MethodInput<'practice.create'>>) =>
    v.call('practice.create', { menteeId: ada.id, date: '2025-03-01', technique: 'SBI', ...over });
  await practice({ attempted: 'a', learned: 'l', nextAdjustment: 'n' });
  await practice({ date: '2025-05-10', attempted: 'a' });
  await practice({ date: '2025-05-20' });
  await v.call('resources.create', { menteeId: ada.id, kind: 'book', title: 'B1' });
  await v.call('resources.create', { menteeId: ada.id, kind: 'course', title: 'C1' });
  await v.call('resources.create', { menteeId: ada.id, kind: 'article', title: 'A1', status: 'done' });
  await v.call('evidence.create', { menteeId: ada.id, kind: 'peer-feedback', date: '2025-03-01', summary: 'Good' });
  await v.call('evidence.create', { menteeId: ada.id, kind: '360-result', date: '2025-04-01', summary: 'Better', value: 4 });
  await v.call('sponsorship.create', { menteeId: ada.id, kind: 'demo', date: '2025-04-01', title: 'Demo' });
  await v.call('decisions.create', { menteeId: ada.id, date: '2025-04-01', decision: 'Focus', rationale: 'Why' });
  await v.call('deadlines.create', { menteeId: ada.id, title: 'Late', dueDate: '2025-05-20' });
  await v.call('deadlines.create', { menteeId: ada.id, title: 'Soon', dueDate: '2025-06-10' });
  await v.call('deadlines.create', { menteeId: ada.id, title: 'Done', dueDate: '2025-05-01', doneOn: '2025-04-30' });
  await v.call('progressReports.create', { menteeId: ada.id, date: '2025-04-01', body: 'r1' });
  await v.call('progressReports.create', { menteeId: ada.id, date: '2025-05-15', body: 'r2' });
  await charter(ada.id, { startDate: '2025-04-27', weeks: 6 }, '2025-04-27');

  goal(ben.id, ben.aim, 'Ben goal', 'at-risk', [0, 5], ['2025-03-01', '2025-10-01']);
  await charter(ben.id, { startDate: '2025-03-01', weeks: 8 }, null);
  goal(eve.id, eve.aim, 'Eve goal', 'not-started', [0, 5], ['2025-05-01', '2025-10-01']);
  goal(di.id, di.aim, 'Archived goal', 'at-risk', [0, 5], ['2025-05-01', '2025-10-01']);
  await charter(fay.id, { startDate: '2025-01-06', weeks: 7 }, '2025-01-06');
  await v.call('charter.setPilotReviewed', { menteeId: fay.id, reviewedOn: '2025-02-28' });
});
afterAll(() => v.close());

describe('dashboard.mentee', () => {
  it('counts goals by status, zero-filled in lifecycle order', async () => {
    const d = await v.call('dashboard.mentee', { menteeId: ids['Ada Active']!.id, asOf: AS_OF });
    expect(d.asOf).toBe(AS_OF);
    expect(d.goalsByStatus).toEqual([
      { status: 'not-started', count: 1 },
      { status: 'on-track', count: 1 },
      { status: 'at-risk', count: 1 },
      { status: 'achieved', count: 1 },
      { status: 'dropped', count: 0 },
    ]);
  });

  it('draws each goal from baseline through its readings (by date) to the target', async () => {
    const d = await v.call('dashboard.mentee', { menteeId: ids['Ada Active']!.id, asOf: AS_OF });
    const grow = d.goals.find((g) => g.title === 'Grow reviews')!;
    expect(grow.series).toEqual([
      { date: '2025-01-01', value: 0, kind: 'baseline' },
      { date: '2025-02-01', value: 2, kind: 'reading' },
      { date: '2025-04-01', value: 5, kind: 'reading' },
      { date: '2025-12-31', value: 10, kind: 'target' },
    ]);
    expect(grow).toMatchObject({ current: 5, progress: 0.5 });
    const faster = d.goals.find((g) => g.title === 'Faster responses')!;
    expect(faster.current).toBe(25);
    expect(faster.progress).toBeCloseTo(5 / 22);
    expect(d.goals.find((g) => g.title === 'Later goal')!.series.map((p) => p.kind)).toEqual(['baseline', 'target']);
  });

  it('lays milestones on a timeline with overdue ones marked', async () => {
    const d = await v.call('dashboard.mentee', { menteeId: ids['Ada Active']!.id, asOf: AS_OF });
    expect(d.milestones.map((m) => [m.title, m.dueDate, m.overdue, m.major])).toEqual([
      ['M1 done', '2025-03-01', false, false],
      ['M4 overdue major', '2025-04-15', true, true],
      ['M2 overdue', '2025-05-01', true, false],
      ['M3 upcoming', '2025-07-01', false, false],
    ]);
    expect(d.milestones[0]!.goalTitle).toBe('Grow reviews');
    expect(d.counts).toMatchObject({ milestonesTotal: 4, milestonesDone: 1, milestonesOverdue: 2 });
    // The same data drawn a year earlier has nothing overdue yet.
    const earlier = await v.call('dashboard.mentee', { menteeId: ids['Ada Active']!.id, asOf: '2024-06-01' });
    expect(earlier.counts.milestonesOverdue).toBe(0);
  });

  it('compares competencies baseline vs latest, and sums up practice and records', async () => {
    const d = await v.call('dashboard.mentee', { menteeId: ids['Ada Active']!.id, asOf: AS_OF });
    expect(d.competencies.map((c) => [c.competency, c.baseline?.mentor, c.latest?.mentor])).toEqual([
      ['Collaboration', 2, 4],
      ['Problem solving', 1, 1],
    ]);
    expect(d.reflections).toEqual({ sessions: 3, debriefed: 2, awaitingDebrief: 1, attempted: 2, learned: 1, nextAdjustment: 1, lastSessionDate: '2025-05-20' });
    expect(d.resourcesByStatus).toEqual([
      { status: 'planned', count: 2 },
      { status: 'in-progress', count: 0 },
      { status: 'done', count: 1 },
      { status: 'dropped', count: 0 },
    ]);
    expect(d.counts).toMatchObject({ evidence: 2, sponsorshipMoments: 1, decisions: 1, openDeadlines: 2, overdueDeadlines: 1, progressReports: 2 });
    expect(d.lastProgressReportDate).toBe('2025-05-15');
    expect(d.pilot).toMatchObject({ state: 'in-pilot', reviewDate: '2025-06-08', daysToReview: 7, fromVersion: 1 });
    expect(d.nextMeetingDate).toBeNull();
  });

  it('answers NOT_FOUND for an unknown mentee and a null pilot without a charter', async () => {
    expect((await v.fail('dashboard.mentee', { menteeId: 999_999 })).code).toBe('NOT_FOUND');
    expect((await v.call('dashboard.mentee', { menteeId: ids['Eve Prospect']!.id, asOf: AS_OF })).pilot).toBeNull();
  });
});

describe('dashboard.overview', () => {
  it('one row per active (not archived, not completed) mentee, with the figures counted by hand', async () => {
    const page = await v.call('dashboard.overview', { asOf: AS_OF });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => [r.name, r.goalsOpen, r.goalsAtRisk, r.overdueMilestones, r.nextMilestoneDue, r.pilot.state, r.pilot.daysToReview, r.nextMeetingDate])).toEqual([
      ['Ada Active', 3, 1, 2, '2025-07-01', 'in-pilot', 7, null],
      ['Ben Pilot', 1, 1, 0, null, 'review-due', -36, null],
      ['Eve Prospect', 1, 0, 0, null, 'not-planned', null, null],
      ['Fay Done', 0, 0, 0, null, 'done', -97, null],
    ]);
    expect(page.rows[1]!.pilot).toMatchObject({ startDate: '2025-03-01', reviewDate: '2025-04-26' });
  });

  it('sorts (urgent pilots first, most at-risk first) and filters by status and search', async () => {
    const byPilot = await v.call('dashboard.overview', { asOf: AS_OF, sort: 'pilotReview' });
    expect(byPilot.rows.map((r) => r.pilot.state)).toEqual(['review-due', 'in-pilot', 'not-planned', 'done']);
    const byRisk = await v.call('dashboard.overview', { asOf: AS_OF, sort: 'overdueMilestones', direction: 'desc' });
    expect(byRisk.rows[0]!.name).toBe('Ada Active');
    const completed = await v.call('dashboard.overview', { asOf: AS_OF, statuses: ['completed'] });
    expect(completed.rows.map((r) => r.name)).toEqual(['Cy Completed']);
    expect((await v.call('dashboard.overview', { asOf: AS_OF, search: 'paym' })).rows.map((r) => r.name)).toEqual(['Ada Active']);
    const paged = await v.call('dashboard.overview', { asOf: AS_OF, offset: 1, limit: 2 });
    expect(paged).toMatchObject({ total: 4, rows: [{ name: 'Ben Pilot' }, { name: 'Eve Prospect' }] });
  });
});
