import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday, plusDays } from '../../../src/shared/dates';
import type { Goal } from '../../../src/shared/goals/schema';
import { addMentee, openPlanVault, type PlanVault } from '../../helpers/plan-vault';

let v: PlanVault;
let mentee: { id: number; aims: number[] };
const today = localToday();

beforeAll(async () => {
  v = await openPlanVault('goals-history');
  mentee = await addMentee(v, 'Camila Reyes');
});
afterAll(() => v.close());

async function newGoal(): Promise<Goal> {
  return v.call('goals.create', {
    menteeId: mentee.id,
    title: 'Clear stakeholder updates',
    area: 'stakeholder-communication',
    startDate: plusDays(today, -20),
    specific: { statement: 'A fortnightly update product rates as clear' },
    measurable: { metric: 'Update rating', unit: 'score', baseline: 5, target: 8 },
    attainable: { whyRealistic: 'Writes well already' },
    relevant: { careerAimId: mentee.aims[0]! },
    timeBound: { targetDate: plusDays(today, 60) },
  });
}

/** The goal form as the renderer would send it back, with some fields changed. */
function edit(goal: Goal, change: (values: Goal['values']) => void, reason?: string) {
  const values = structuredClone(goal.values);
  change(values);
  return { id: goal.id, ...values, ...(reason === undefined ? {} : { reason }) };
}

const historyRows = (goalId: number) =>
  v.db.prepare('SELECT entity, milestone_id, field, from_value, to_value, why FROM goal_history WHERE goal_id = ? ORDER BY id').all(goalId);

describe('each recalibrated field writes exactly one history row', () => {
  const cases: [string, (values: Goal['values']) => void, string, string][] = [
    ['target value', (x) => (x.measurable.target = 9), 'measurable.target', '9'],
    ['baseline value', (x) => (x.measurable.baseline = 4.5), 'measurable.baseline', '4.5'],
    ['metric', (x) => (x.measurable.metric = 'Survey score'), 'measurable.metric', 'Survey score'],
    ['unit', (x) => (x.measurable.unit = 'points'), 'measurable.unit', 'points'],
    ['target date', (x) => (x.timeBound.targetDate = plusDays(today, 90)), 'timeBound.targetDate', plusDays(today, 90)],
  ];
  const from: Record<string, string> = {
    'measurable.target': '8',
    'measurable.baseline': '5',
    'measurable.metric': 'Update rating',
    'measurable.unit': 'score',
    'timeBound.targetDate': plusDays(today, 60),
  };

  for (const [name, change, field, to] of cases) {
    it(`${name}: refused without a reason (nothing written), then one row with from/to/why`, async () => {
      const goal = await newGoal();
      const error = await v.fail('goals.update', edit(goal, change));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues).toEqual([{ path: ['reason'], message: `Changing the ${name} is a recalibration: say why` }]);
      expect(historyRows(goal.id)).toEqual([]);
      expect((await v.call('goals.get', { id: goal.id })).values).toEqual(goal.values);

      const blank = await v.fail('goals.update', edit(goal, change, '   '));
      expect(blank.issues?.[0]?.path).toEqual(['reason']);
      expect(historyRows(goal.id)).toEqual([]);

      await v.call('goals.update', edit(goal, change, `Recalibrating the ${name}`));
      expect(historyRows(goal.id)).toEqual([
        { entity: 'goal', milestone_id: null, field, from_value: from[field], to_value: to, why: `Recalibrating the ${name}` },
      ]);
    });
  }

  it('edits that are not recalibrations need no reason and write no row', async () => {
    const goal = await newGoal();
    const updated = await v.call('goals.update', edit(goal, (x) => {
      x.title = 'Crisp stakeholder updates';
      x.attainable.supportNeeded = 'A template';
    }));
    expect(updated.title).toBe('Crisp stakeholder updates');
    expect(historyRows(goal.id)).toEqual([]);
  });

  it('two recalibrated fields at once: two rows sharing the reason; a status change adds its own row', async () => {
    const goal = await newGoal();
    await v.call('goals.update', edit(goal, (x) => {
      x.measurable.target = 10;
      x.timeBound.targetDate = plusDays(today, 120);
      x.status = 'at-risk';
    }, 'Bigger scope, more time'));
    expect(historyRows(goal.id)).toEqual([
      { entity: 'goal', milestone_id: null, field: 'measurable.target', from_value: '8', to_value: '10', why: 'Bigger scope, more time' },
      { entity: 'goal', milestone_id: null, field: 'timeBound.targetDate', from_value: plusDays(today, 60), to_value: plusDays(today, 120), why: 'Bigger scope, more time' },
      { entity: 'goal', milestone_id: null, field: 'status', from_value: 'not-started', to_value: 'at-risk', why: 'Bigger scope, more time' },
    ]);
  });

  it('goals.setStatus writes one status row (no reason needed) and none when unchanged', async () => {
    const goal = await newGoal();
    await v.call('goals.setStatus', { id: goal.id, status: 'on-track' });
    await v.call('goals.setStatus', { id: goal.id, status: 'on-track' });
    expect(historyRows(goal.id)).toEqual([{ entity: 'goal', milestone_id: null, field: 'status', from_value: 'not-started', to_value: 'on-track', why: '' }]);
  });
});

describe('milestone recalibrations', () => {
  it('moving a due date needs a reason and writes one milestone row; other edits write none', async () => {
    const goal = await newGoal();
    const m = await v.call('milestones.create', {
      goalId: goal.id,
      title: 'Template agreed',
      dueDate: plusDays(today, 10),
      indicator: { kind: 'deliverable', description: 'Template in the wiki' },
      major: true,
    });
    const base = { id: m.id, title: m.title, dueDate: m.dueDate, indicator: m.indicator, major: m.major };
    const error = await v.fail('milestones.update', { ...base, dueDate: plusDays(today, 20) });
    expect(error.issues).toEqual([{ path: ['reason'], message: 'Changing the due date is a recalibration: say why' }]);
    expect(historyRows(goal.id)).toEqual([]);
    expect((await v.call('goals.get', { id: goal.id })).milestones[0]!.dueDate).toBe(plusDays(today, 10));

    await v.call('milestones.update', { ...base, title: 'Template agreed with product' });
    expect(historyRows(goal.id)).toEqual([]);

    await v.call('milestones.update', { ...base, title: 'Template agreed with product', dueDate: plusDays(today, 20), reason: 'Product lead on leave' });
    expect(historyRows(goal.id)).toEqual([
      { entity: 'milestone', milestone_id: m.id, field: 'dueDate', from_value: plusDays(today, 10), to_value: plusDays(today, 20), why: 'Product lead on leave' },
    ]);
  });

  it('done, reopened and removed milestones are in the timeline, newest first, titles kept', async () => {
    const goal = await newGoal();
    const m = await v.call('milestones.create', {
      goalId: goal.id,
      title: 'First update sent',
      dueDate: today,
      indicator: { kind: 'deliverable', description: 'Update in the channel' },
    });
    await v.call('milestones.complete', { id: m.id, doneOn: today, evidenceText: 'Link in the channel' });
    expect((await v.fail('milestones.reopen', { id: m.id })).issues?.[0]?.path).toEqual(['reason']);
    await v.call('milestones.reopen', { id: m.id, reason: 'It went to the wrong channel' });
    expect((await v.fail('milestones.delete', { id: m.id, reason: '' })).issues?.[0]?.path).toEqual(['reason']);
    await v.call('milestones.delete', { id: m.id, reason: 'Folded into the template milestone' });

    const history = await v.call('goals.history', { goalId: goal.id });
    expect(history.total).toBe(3);
    expect(history.rows.map((h) => [h.field, h.from, h.to, h.why, h.milestoneId])).toEqual([
      ['removed', 'First update sent', '', 'Folded into the template milestone', m.id],
      ['done', today, '', 'It went to the wrong channel', m.id],
      ['done', '', today, '', m.id],
    ]);
    expect(history.rows.every((h) => h.milestoneTitle === null)).toBe(true);
    expect((await v.call('goals.history', { goalId: goal.id, offset: 1, limit: 1 })).rows).toHaveLength(1);
  });
});

describe('history rows are never changed or deleted', () => {
  it('UPDATE and DELETE of a goal_history row raise, and the row stays', async () => {
    const goal = await newGoal();
    await v.call('goals.setStatus', { id: goal.id, status: 'at-risk', why: 'Slipping' });
    expect(() => v.db.prepare("UPDATE goal_history SET why = 'rewritten' WHERE goal_id = ?").run(goal.id)).toThrow(/never changed/);
    expect(() => v.db.prepare('DELETE FROM goal_history WHERE goal_id = ?').run(goal.id)).toThrow(/never deleted/);
    expect(historyRows(goal.id)).toHaveLength(1);
    expect(historyRows(goal.id)[0]).toMatchObject({ why: 'Slipping' });
  });

  it('decisions are append-only too', async () => {
    const d = await v.call('decisions.create', { menteeId: mentee.id, date: today, decision: 'Meet biweekly', rationale: 'Workload' });
    expect(() => v.db.prepare("UPDATE decisions SET rationale = 'x' WHERE id = ?").run(d.id)).toThrow(/never changed/);
    expect(() => v.db.prepare('DELETE FROM decisions WHERE id = ?').run(d.id)).toThrow(/never deleted/);
  });

  it('deleting the goal (exact title) or the whole mentee still cascades through the trail', async () => {
    const goal = await newGoal();
    await v.call('goals.setStatus', { id: goal.id, status: 'dropped' });
    expect((await v.fail('goals.delete', { id: goal.id, confirmTitle: 'nope' })).issues?.[0]?.path).toEqual(['confirmTitle']);
    await v.call('goals.delete', { id: goal.id, confirmTitle: goal.title });
    expect(historyRows(goal.id)).toEqual([]);

    const other = await addMentee(v, 'Temp Mentee');
    const g = await v.call('goals.create', {
      menteeId: other.id,
      title: 'Short goal',
      area: 'other',
      specific: { statement: 'x' },
      measurable: { metric: 'm', unit: 'u', baseline: 0, target: 1 },
      attainable: { whyRealistic: 'y' },
      relevant: { careerAimId: other.aims[0]! },
      timeBound: { targetDate: plusDays(today, 5) },
    });
    await v.call('goals.setStatus', { id: g.id, status: 'on-track' });
    await v.call('decisions.create', { menteeId: other.id, date: today, decision: 'Start', rationale: 'Because' });
    await v.call('charter.create', { menteeId: other.id });
    await v.call('mentees.delete', { id: other.id, confirmName: 'Temp Mentee' });
    expect(v.db.prepare('SELECT count(*) FROM goals WHERE mentee_id = ?').pluck().get(other.id)).toBe(0);
    expect(v.db.prepare('SELECT count(*) FROM decisions WHERE mentee_id = ?').pluck().get(other.id)).toBe(0);
    expect(v.db.prepare('SELECT count(*) FROM charter_versions WHERE mentee_id = ?').pluck().get(other.id)).toBe(0);
  });
});
