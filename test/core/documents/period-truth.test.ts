import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReportPdf } from '../../../src/main/features/documents/export';
import { localToday, plusDays } from '../../../src/shared/dates';
import { addCharter, addMentee, openMeetingVault, type MeetingVault } from '../meetings/harness';
import { flatText } from './poppler';

/**
 * The case from daily use: a goal that starts in three days, two open milestones, and a
 * pilot review planned weeks ahead but held today. The report for the last 90 days and
 * the dashboard must say the same, in the PDF's own words.
 */
const FONTS = resolve('resources/fonts');
let v: MeetingVault;
let menteeId: number;
const today = localToday();
const period = { from: plusDays(today, -89), to: today };

beforeAll(async () => {
  v = await openMeetingVault('period-truth');
  const mentee = await addMentee(v, 'Ada Period');
  menteeId = mentee.id;
  await addCharter(v, mentee.id, { pilotStart: plusDays(today, -30), pilotWeeks: 8, formal: 4, informal: 2 });
  const goal = await v.call('goals.create', {
    menteeId,
    title: 'Lead the platform guild',
    area: 'leadership',
    status: 'on-track',
    startDate: plusDays(today, 3),
    specific: { statement: 'Lead the guild, measurably.' },
    measurable: { metric: 'Guild sessions led', unit: 'sessions', baseline: 0, target: 6 },
    attainable: { whyRealistic: 'The guild asked.' },
    relevant: { careerAimId: mentee.aimId },
    timeBound: { targetDate: plusDays(today, 200) },
  });
  for (const [title, due] of [['Run the first session', 20], ['Write the guild charter', 60]] as const) {
    await v.call('milestones.create', { goalId: goal.id, title, dueDate: plusDays(today, due), indicator: { kind: 'deliverable', description: 'Done' } });
  }
  const review = await v.call('meetings.create', { menteeId, kind: 'pilot-review', title: 'Pilot review', date: plusDays(today, 40), time: '10:00' });
  await v.call('meetings.start', { id: review.id });
  await v.call('meetings.end', { id: review.id, recalibrations: [] });
});
afterAll(() => v.close());

describe('the last 90 days, on the dashboard and in the report', () => {
  it('counts the goal set for the coming days, both open milestones, none overdue, and the review held today', async () => {
    const dashboard = await v.call('dashboard.mentee', { menteeId });
    expect(dashboard.period).toMatchObject({ ...period, goals: 1, milestonesOpen: 2, milestonesOverdue: 0, milestonesDone: 0, meetingsHeld: 1 });
    const report = await makeReportPdf(v.db, { menteeId, ...period }, { fontsDir: FONTS, today });
    const text = flatText(report.bytes);
    expect(text).not.toContain('No goals are set');
    expect(text).not.toContain('No milestone is open');
    expect(text).not.toContain('No meeting was held in this period');
    expect(text).toMatch(/1\s+Goals\s+1 on track/);
    expect(text).toMatch(/2\s+Milestones open\s+none overdue/);
    expect(text).toMatch(/1\s+Meetings held/);
  });

  it('with a period ending ahead, calls nothing overdue that is not yet due', async () => {
    const ahead = { from: plusDays(today, -10), to: plusDays(today, 90) };
    const dashboard = await v.call('dashboard.mentee', { menteeId, ...ahead });
    expect(dashboard.period).toMatchObject({ milestonesOpen: 2, milestonesOverdue: 0 });
    const text = flatText((await makeReportPdf(v.db, { menteeId, ...ahead }, { fontsDir: FONTS, today })).bytes);
    // "none overdue" in the summary, and no milestone marked overdue in the table.
    expect(text.match(/overdue/g)).toEqual(['overdue']);
    expect(text).toMatch(/none overdue/);
  });

  it('a pilot review held today, after the pilot began, is reviewed today (not on its planned date)', async () => {
    const charter = await v.call('charter.get', { menteeId });
    const held = (await v.call('meetings.list', { menteeId, when: 'past', today, statuses: ['held'], kinds: [], search: '', sort: 'date', direction: 'asc', offset: 0, limit: 10 })).rows[0]!;
    expect(charter!.pilot.reviewedOn).toBe(held.date);
    expect(held.plannedDate).toBe(plusDays(today, 40));
  });

  it('refuses a half-given or reversed period', async () => {
    expect((await v.fail('dashboard.mentee', { menteeId, from: today })).message).toMatch(/^to: Give both/);
    expect((await v.fail('dashboard.mentee', { menteeId, from: today, to: plusDays(today, -1) })).message).toMatch(/^to: The period must not end before it starts/);
  });
});
