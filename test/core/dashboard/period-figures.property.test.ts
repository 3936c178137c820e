import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endMeeting, startMeeting } from '../../../src/main/features/meetings/lifecycle';
import { readReportPdfData } from '../../../src/main/features/documents/export';
import { reportFigures } from '../../../src/main/features/documents/report-pdf';
import { localToday, plusDays } from '../../../src/shared/dates';
import { addMentee, openMeetingVault, type MeetingVault } from '../meetings/harness';

/**
 * One truth: for random plans and random periods, every figure the progress report
 * states (counted from what it lists) equals the dashboard's figure for the same period.
 * Plans are made through the real bridge on a real encrypted vault; meetings are held
 * at chosen days through the lifecycle.
 */
let v: MeetingVault;
const today = localToday();
const day = (offset: number) => plusDays(today, offset);

beforeAll(async () => {
  v = await openMeetingVault('period-property');
});
afterAll(() => v.close());

const offset = fc.integer({ min: -200, max: 60 });
const past = fc.integer({ min: -200, max: 0 });
const milestone = fc.record({ due: fc.integer({ min: 0, max: 150 }), done: fc.option(past, { nil: null }) });
const goal = fc.record({
  status: fc.constantFrom('not-started', 'on-track', 'at-risk', 'achieved', 'dropped' as const),
  start: offset,
  length: fc.integer({ min: 1, max: 300 }),
  milestones: fc.array(milestone, { maxLength: 3 }),
  readings: fc.array(past, { maxLength: 3 }),
});
const meeting = fc.record({ planned: offset, held: fc.option(past, { nil: null }) });
const plan = fc.record({
  goals: fc.array(goal, { maxLength: 4 }),
  evidence: fc.array(past, { maxLength: 3 }),
  sponsorship: fc.array(past, { maxLength: 2 }),
  decisions: fc.array(past, { maxLength: 2 }),
  meetings: fc.array(meeting, { maxLength: 3 }),
});
const period = fc.record({ from: fc.integer({ min: -250, max: 30 }), length: fc.integer({ min: 0, max: 200 }) });

type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

async function makePlan(p: Plan): Promise<number> {
  const mentee = await addMentee(v);
  for (const [i, g] of p.goals.entries()) {
    const startDate = day(g.start);
    // A goal's target date is never in the past when it is set.
    const targetDate = [plusDays(startDate, g.length), day(1)].sort()[1]!;
    const created = await v.call('goals.create', {
      menteeId: mentee.id,
      title: `Goal ${i + 1}`,
      area: 'leadership',
      status: g.status === 'achieved' || g.status === 'dropped' ? 'on-track' : g.status,
      startDate,
      specific: { statement: 'Lead design reviews, measurably.' },
      measurable: { metric: 'Design reviews led', unit: 'reviews', baseline: 0, target: 6 },
      attainable: { whyRealistic: 'Two teams ask for reviews.' },
      relevant: { careerAimId: mentee.aimId },
      timeBound: { targetDate },
    });
    for (const [j, m] of g.milestones.entries()) {
      const ms = await v.call('milestones.create', {
        goalId: created.id,
        title: `Milestone ${j + 1}`,
        dueDate: [plusDays(startDate, m.due), targetDate].sort()[0]!,
        indicator: { kind: 'deliverable', description: 'A document' },
      });
      // Done on a day between the goal's start and today (none when the goal starts later).
      if (m.done !== null && g.start <= 0) await v.call('milestones.complete', { id: ms.id, doneOn: day(Math.max(m.done, g.start)), evidenceText: 'Shown' });
    }
    if (g.start <= 0) for (const r of g.readings) await v.call('goals.addReading', { goalId: created.id, date: day(Math.max(r, g.start)), value: 1 });
    if (g.status === 'achieved' || g.status === 'dropped') await v.call('goals.setStatus', { id: created.id, status: g.status, why: 'Test' });
  }
  for (const d of p.evidence) await v.call('evidence.create', { menteeId: mentee.id, kind: 'other', date: day(d), summary: 'Evidence' });
  for (const d of p.sponsorship) await v.call('sponsorship.create', { menteeId: mentee.id, kind: 'demo', date: day(d), title: 'Demo', audience: '', outcome: '' });
  for (const d of p.decisions) await v.call('decisions.create', { menteeId: mentee.id, date: day(d), decision: 'Decide', rationale: 'Because' });
  for (const m of p.meetings) {
    const created = await v.call('meetings.create', { menteeId: mentee.id, kind: 'informal-touchpoint', date: day(m.planned), time: '12:00', timeZone: 'UTC' });
    if (m.held === null) continue;
    const at = `${day(m.held)}T12:00:00.000Z`;
    startMeeting(v.db, created.id, day(m.held), at);
    endMeeting(v.db, { id: created.id, recalibrations: [] }, day(m.held), `${day(m.held)}T12:45:00.000Z`);
  }
  return mentee.id;
}

describe('the progress report and the dashboard for the same period', () => {
  it('state the same figures, for random plans and periods', async () => {
    await fc.assert(
      fc.asyncProperty(plan, period, async (p, per) => {
        const menteeId = await makePlan(p);
        const from = day(per.from);
        const to = plusDays(from, per.length);
        const dashboard = await v.call('dashboard.mentee', { menteeId, asOf: today, from, to });
        const report = reportFigures(readReportPdfData(v.db, { menteeId, from, to }, today));
        expect(report).toEqual(dashboard.period);
        // And the figures hold together.
        const f = dashboard.period;
        expect(f.milestonesOverdue).toBeLessThanOrEqual(f.milestonesOpen);
        expect(Object.values(f.goalsByStatus).reduce((a, b) => a + b, 0)).toBe(f.goals);
        expect(f.goals).toBeLessThanOrEqual(p.goals.filter((g) => g.status !== 'dropped').length);
        expect(f.meetingsHeld).toBe(p.meetings.filter((m) => m.held !== null && day(m.held) >= from && day(m.held) <= to).length);
      }),
      { numRuns: 30, seed: 20261204 },
    );
  }, 120_000);
});
