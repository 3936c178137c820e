import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday, plusDays } from '../../../src/shared/dates';
import { addGoal, addMentee, openPlanVault, type PlanVault } from '../../helpers/plan-vault';

let v: PlanVault;
let mentee: { id: number; aims: number[] };
let other: { id: number; aims: number[] };
let goalId: number;
let otherGoalId: number;
const today = localToday();

beforeAll(async () => {
  v = await openPlanVault('records');
  mentee = await addMentee(v, 'Nia Mensah');
  other = await addMentee(v, 'Omar Farouk');
  goalId = await addGoal(v, mentee, 'Be known beyond the team');
  otherGoalId = await addGoal(v, other, 'Other goal');
});
afterAll(() => v.close());

describe('records', () => {
  it('decisions: rationale required, optional reference to the plan (same mentee only), listed newest first, no update method', async () => {
    expect((await v.fail('decisions.create', { menteeId: mentee.id, date: today, decision: 'x' })).issues?.[0]?.path).toEqual(['rationale']);
    expect((await v.fail('decisions.create', { menteeId: mentee.id, date: today, decision: 'x', rationale: 'y', entityKind: 'goal' })).issues?.[0]?.path).toEqual(['entityId']);
    expect(
      (await v.fail('decisions.create', { menteeId: mentee.id, date: today, decision: 'x', rationale: 'y', entityKind: 'goal', entityId: otherGoalId })).issues?.[0]?.path,
    ).toEqual(['entityId']);
    const first = await v.call('decisions.create', { menteeId: mentee.id, date: '2025-02-01', decision: 'Focus on visibility', rationale: 'Unlocks the promotion case', entityKind: 'goal', entityId: goalId, changed: 'Quarter priorities' });
    await v.call('decisions.create', { menteeId: mentee.id, date: '2025-03-01', decision: 'Correct the focus', rationale: 'Typo in the first', entityKind: 'decision', entityId: first.id });
    const list = await v.call('decisions.list', { menteeId: mentee.id });
    expect(list.rows.map((d) => d.decision)).toEqual(['Correct the focus', 'Focus on visibility']);
    expect(list.rows[1]).toMatchObject({ entityKind: 'goal', entityId: goalId, changed: 'Quarter priorities' });
  });

  it('sponsorship moments filter by kind', async () => {
    await v.call('sponsorship.create', { menteeId: mentee.id, kind: 'demo', date: '2025-03-02', title: 'Checkout demo', audience: 'Product all-hands', outcome: 'Asked back' });
    await v.call('sponsorship.create', { menteeId: mentee.id, kind: 'nomination', date: '2025-04-02', title: 'Award nomination' });
    expect((await v.fail('sponsorship.create', { menteeId: mentee.id, kind: 'party', date: today, title: 'x' })).issues?.[0]?.path).toEqual(['kind']);
    expect((await v.call('sponsorship.list', { menteeId: mentee.id, kind: 'demo' })).rows.map((s) => s.audience)).toEqual(['Product all-hands']);
  });

  it('evidence supports a goal and/or a milestone of the same mentee, and cannot vanish while it proves a milestone', async () => {
    const m = await v.call('milestones.create', { goalId, title: 'Guild demo', dueDate: today, indicator: { kind: 'deliverable', description: 'Recording' } });
    const e = await v.call('evidence.create', { menteeId: mentee.id, kind: '360-result', date: today, summary: '360 score up', value: 4.2, goalId, milestoneId: m.id });
    expect(e).toMatchObject({ value: 4.2, goalTitle: 'Be known beyond the team', milestoneTitle: 'Guild demo' });
    expect((await v.fail('evidence.create', { menteeId: other.id, kind: 'other', date: today, summary: 's', milestoneId: m.id })).issues?.[0]?.path).toEqual(['milestoneId']);
    expect((await v.fail('evidence.create', { menteeId: mentee.id, kind: 'other', date: today, summary: 's', goalId: otherGoalId })).issues?.[0]?.path).toEqual(['goalId']);
    await v.call('milestones.complete', { id: m.id, doneOn: today, evidenceId: e.id });
    expect((await v.fail('evidence.delete', { id: e.id })).code).toBe('CONFLICT');
    await v.call('milestones.reopen', { id: m.id, reason: 'Recording was lost' });
    await v.call('evidence.delete', { id: e.id });
    expect((await v.call('evidence.list', { menteeId: mentee.id })).total).toBe(0);
  });

  it('deadlines know when they are overdue and can be ticked off; progress reports are listed newest first', async () => {
    const late = await v.call('deadlines.create', { menteeId: mentee.id, title: 'Send the draft', dueDate: plusDays(today, -2) });
    expect(late.overdue).toBe(true);
    const done = await v.call('deadlines.setDone', { id: late.id, doneOn: today });
    expect(done).toMatchObject({ overdue: false, doneOn: today });
    await v.call('deadlines.create', { menteeId: mentee.id, title: 'Book the dry run', dueDate: plusDays(today, 5), goalId });
    expect((await v.call('deadlines.list', { menteeId: mentee.id })).rows.map((d) => d.title)).toEqual(['Book the dry run', 'Send the draft']);

    await v.call('progressReports.create', { menteeId: mentee.id, date: '2025-03-01', body: 'Good fortnight.' });
    const r2 = await v.call('progressReports.create', { menteeId: mentee.id, date: '2025-03-15', body: 'Slow week.' });
    expect((await v.fail('progressReports.create', { menteeId: mentee.id, date: today, body: ' ' })).issues?.[0]?.path).toEqual(['body']);
    await v.call('progressReports.update', { id: r2.id, date: '2025-03-15', body: 'Slow week: on-call.' });
    const page = await v.call('progressReports.list', { menteeId: mentee.id, limit: 1 });
    expect(page).toMatchObject({ total: 2, rows: [{ body: 'Slow week: on-call.' }] });
  });

  it('unknown ids answer NOT_FOUND', async () => {
    expect((await v.fail('sponsorship.update', { id: 999_999, kind: 'demo', date: today, title: 'x' })).code).toBe('NOT_FOUND');
    expect((await v.fail('deadlines.setDone', { id: 999_999, doneOn: null })).code).toBe('NOT_FOUND');
    expect((await v.fail('evidence.list', { menteeId: 999_999 })).code).toBe('NOT_FOUND');
  });
});
