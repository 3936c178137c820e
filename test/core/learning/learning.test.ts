import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addGoal, addMentee, openPlanVault, type PlanVault } from '../../helpers/plan-vault';

let v: PlanVault;
let mentee: { id: number; aims: number[] };
let other: { id: number; aims: number[] };
let goalId: number;
let otherGoalId: number;

beforeAll(async () => {
  v = await openPlanVault('learning');
  mentee = await addMentee(v, 'Nia Mensah');
  other = await addMentee(v, 'Omar Farouk');
  goalId = await addGoal(v, mentee, 'Be known beyond the team');
  otherGoalId = await addGoal(v, other, 'Other goal');
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
