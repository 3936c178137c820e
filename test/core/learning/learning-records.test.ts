import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday, plusDays } from '../../../src/shared/dates';
import { addMentee, openPlanVault, type PlanVault } from '../../helpers/plan-vault';

let v: PlanVault;
let mentee: { id: number; aims: number[] };
let other: { id: number; aims: number[] };
let goalId: number;
let otherGoalId: number;
const today = localToday();

async function goalFor(m: { id: number; aims: number[] }, title: string) {
  return (
    await v.call('goals.create', {
      menteeId: m.id,
      title,
      area: 'visibility',
      specific: { statement: 'Give talks outside the team' },
      measurable: { metric: 'Talks', unit: 'talks', baseline: 0, target: 3 },
      attainable: { whyRealistic: 'Has material worth showing' },
      relevant: { careerAimId: m.aims[0]! },
      timeBound: { targetDate: plusDays(today, 100) },
    })
  ).id;
}

beforeAll(async () => {
  v = await openPlanVault('learning-records');
  mentee = await addMentee(v, 'Nia Mensah');
  other = await addMentee(v, 'Omar Farouk');
  goalId = await goalFor(mentee, 'Be known beyond the team');
  otherGoalId = await goalFor(other, 'Other goal');
});
afterAll(() => v.close());

describe('learning plan', () => {
  it('resources: create with defaults, filter by status, update, delete; the served goal must be the mentee\'s', async () => {
    const r = await v.call('resources.create', { menteeId: mentee.id, kind: 'book', title: 'The Staff Engineer\'s Path', goalId });
    expect(r).toMatchObject({ kind: 'book', status: 'planned', link: '', goalId, goalTitle: 'Be known beyond the team' });
    await v.call('resources.create', { menteeId: mentee.id, kind: 'shadowing', title: 'Shadow the director', status: 'in-progress' });
    expect((await v.fail('resources.create', { menteeId: mentee.id, kind: 'podcast', title: 'x' })).issues?.[0]?.path).toEqual(['kind']);
    expect((await v.fail('resources.create', { menteeId: mentee.id, kind: 'book', title: 'x', goalId: otherGoalId })).issues?.[0]?.path).toEqual(['goalId']);
    expect((await v.call('resources.list', { menteeId: mentee.id, status: 'in-progress' })).rows.map((x) => x.title)).toEqual(['Shadow the director']);
    const all = await v.call('resources.list', { menteeId: mentee.id });
    expect(all.total).toBe(2);
    expect(all.rows[0]!.title).toBe('Shadow the director'); // in progress first
    const updated = await v.call('resources.update', { id: r.id, kind: 'book', title: r.title, link: 'ISBN 978-1098118730', goalId, status: 'done' });
    expect(updated).toMatchObject({ status: 'done', link: 'ISBN 978-1098118730' });
    await v.call('resources.delete', { id: r.id });
    expect((await v.fail('resources.get', { id: r.id })).code).toBe('NOT_FOUND');
  });

  it('practice sessions with a debrief, and the attempted / learned / next view across the plan', async () => {
    const s1 = await v.call('practice.create', { menteeId: mentee.id, date: '2025-03-01', technique: 'SBI feedback', goalId });
    await v.call('practice.update', {
      id: s1.id,
      date: '2025-03-01',
      technique: 'SBI feedback',
      goalId,
      attempted: 'Gave feedback on late reviews',
      learned: 'Naming the impact helped',
      nextAdjustment: 'Ask first',
    });
    await v.call('practice.create', { menteeId: mentee.id, date: '2025-03-08', technique: 'Saying no' });
    await v.call('practice.create', { menteeId: other.id, date: '2025-03-05', technique: 'Pre-wiring', attempted: 'Met stakeholders early' });

    const mine = await v.call('learning.reflections', { menteeId: mentee.id });
    expect(mine.total).toBe(2);
    expect(mine.rows[0]).toMatchObject({ technique: 'Saying no', attempted: '', learned: '' });
    expect(mine.rows[1]).toMatchObject({ technique: 'SBI feedback', goalTitle: 'Be known beyond the team', learned: 'Naming the impact helped', nextAdjustment: 'Ask first' });

    const everyone = await v.call('learning.reflections', { debriefedOnly: true });
    expect(everyone.rows.map((r) => [r.menteeName, r.technique])).toEqual([
      ['Omar Farouk', 'Pre-wiring'],
      ['Nia Mensah', 'SBI feedback'],
    ]);
    expect((await v.call('learning.reflections', { search: 'impact' })).rows.map((r) => r.sessionId)).toEqual([s1.id]);
    expect((await v.call('practice.list', { menteeId: mentee.id, goalId })).total).toBe(1);
  });
});

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
