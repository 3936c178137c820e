import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday, plusDays } from '../../../src/shared/dates';
import { goalForm } from '../../../src/shared/goals/schema';
import { addMentee, openPlanVault, type PlanVault } from '../../helpers/plan-vault';

let v: PlanVault;
let mentee: { id: number; aims: number[] };
let other: { id: number; aims: number[] };
const today = localToday();

beforeAll(async () => {
  v = await openPlanVault('goals-validation');
  mentee = await addMentee(v, 'Amara Okafor');
  other = await addMentee(v, 'Bao Nguyen');
});
afterAll(() => v.close());

function goal(over: Record<string, unknown> = {}) {
  return {
    menteeId: mentee.id,
    title: 'Lead the quarterly planning review',
    area: 'leadership',
    startDate: plusDays(today, -30),
    specific: { statement: 'Run the Q3 planning review for the platform team end to end' },
    measurable: { metric: 'Stakeholder satisfaction', unit: 'points', baseline: 5, target: 8 },
    attainable: { whyRealistic: 'Has co-run two reviews already', supportNeeded: 'Shadow the director once' },
    relevant: { careerAimId: mentee.aims[0] },
    timeBound: { targetDate: plusDays(today, 90) },
    ...over,
  };
}

async function refusal(input: unknown) {
  const error = await v.fail('goals.create', input);
  expect(error.code).toBe('INVALID_INPUT');
  return error;
}

describe('a SMART goal is refused with a message naming the missing letter', () => {
  const cases: [string, Record<string, unknown>, string[], string][] = [
    ['S group missing', { specific: undefined }, ['specific'], 'S (specific): say what exactly the goal is'],
    ['S statement empty', { specific: { statement: '  ' } }, ['specific', 'statement'], 'S (specific): statement is required'],
    ['M group missing', { measurable: undefined }, ['measurable'], 'M (measurable): metric, unit, baseline value and target value are required'],
    ['M metric missing', { measurable: { unit: 'points', baseline: 5, target: 8 } }, ['measurable', 'metric'], 'M (measurable): metric is required'],
    ['M unit missing', { measurable: { metric: 'NPS', baseline: 5, target: 8 } }, ['measurable', 'unit'], 'M (measurable): unit is required'],
    ['M baseline missing', { measurable: { metric: 'NPS', unit: 'points', target: 8 } }, ['measurable', 'baseline'], 'M (measurable): baseline value is required'],
    ['M target missing', { measurable: { metric: 'NPS', unit: 'points', baseline: 5 } }, ['measurable', 'target'], 'M (measurable): target value is required'],
    ['M target null', { measurable: { metric: 'NPS', unit: 'points', baseline: 5, target: null } }, ['measurable', 'target'], 'M (measurable): target value is required'],
    ['A group missing', { attainable: undefined }, ['attainable'], 'A (attainable): say why the goal is realistic'],
    ['A why missing', { attainable: { supportNeeded: 'x' } }, ['attainable', 'whyRealistic'], 'A (attainable): why it is realistic is required'],
    ['R group missing', { relevant: undefined }, ['relevant'], 'R (relevant): choose the career aim this goal serves'],
    ['R aim missing', { relevant: {} }, ['relevant', 'careerAimId'], 'R (relevant): choose the career aim this goal serves'],
    ['T group missing', { timeBound: undefined }, ['timeBound'], 'T (time-bound): target date is required'],
    ['T date missing', { timeBound: {} }, ['timeBound', 'targetDate'], 'T (time-bound): target date is required'],
    ['T date malformed', { timeBound: { targetDate: '31/12/2030' } }, ['timeBound', 'targetDate'], 'T (time-bound): target date must be a date (YYYY-MM-DD)'],
  ];
  for (const [name, over, path, message] of cases) {
    it(name, async () => {
      const error = await refusal(goal(over));
      expect(error.issues).toContainEqual({ path, message });
      expect(error.message).toContain(message);
    });
  }

  it('the form schema gives the renderer the same messages', () => {
    const { menteeId: _m, ...form } = goal({ measurable: { metric: 'NPS', unit: 'points', baseline: 5 } });
    const parsed = goalForm.safeParse(form);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['M (measurable): target value is required']);
  });
});

describe('cross-field and date rules', () => {
  it('refuses a target equal to the baseline (M)', async () => {
    const error = await refusal(goal({ measurable: { metric: 'NPS', unit: 'points', baseline: 5, target: 5 } }));
    expect(error.issues).toContainEqual({ path: ['measurable', 'target'], message: 'M (measurable): target value must differ from the baseline' });
  });

  it('refuses a target date in the past on create (T)', async () => {
    const error = await refusal(goal({ timeBound: { targetDate: plusDays(today, -1) } }));
    expect(error.issues).toContainEqual({ path: ['timeBound', 'targetDate'], message: 'T (time-bound): target date must not be in the past' });
  });

  it('accepts today as the target date on create', async () => {
    const created = await v.call('goals.create', goal({ timeBound: { targetDate: today } }) as never);
    expect(created.targetDate).toBe(today);
  });

  it('refuses a target date before the start date (T)', async () => {
    const error = await refusal(goal({ startDate: plusDays(today, 10), timeBound: { targetDate: plusDays(today, 5) } }));
    expect(error.issues).toContainEqual({ path: ['timeBound', 'targetDate'], message: 'T (time-bound): target date must not be before the start date' });
  });

  it('refuses a career aim of another mentee (R), and writes nothing', async () => {
    const before = v.db.prepare('SELECT count(*) FROM goals').pluck().get();
    const error = await refusal(goal({ relevant: { careerAimId: other.aims[0] } }));
    expect(error.issues).toEqual([{ path: ['relevant', 'careerAimId'], message: "R (relevant): choose one of this mentee's career aims" }]);
    expect(v.db.prepare('SELECT count(*) FROM goals').pluck().get()).toBe(before);
  });

  it('refuses unknown keys and a bad area or status', async () => {
    expect((await refusal(goal({ colour: 'red' }))).message).toMatch(/colour/);
    expect((await refusal(goal({ area: 'fame' }))).issues?.[0]?.path).toEqual(['area']);
    expect((await refusal(goal({ status: 'maybe' }))).issues?.[0]?.path).toEqual(['status']);
  });

  it('lets an update move the target date into the past (with a reason): the past rule is for creation only', async () => {
    const created = await v.call('goals.create', goal() as never);
    const { menteeId: _m, ...values } = goal({ timeBound: { targetDate: plusDays(today, -1) } });
    const updated = await v.call('goals.update', { id: created.id, ...values, reason: 'Closed early after the re-org' } as never);
    expect(updated.targetDate).toBe(plusDays(today, -1));
  });
});

describe('milestones, readings and evidence rules', () => {
  let goalId: number;
  beforeAll(async () => {
    goalId = (await v.call('goals.create', goal() as never)).id;
  });

  it('a quantified improvement needs its value', async () => {
    const error = await v.fail('milestones.create', {
      goalId,
      title: 'Satisfaction up one point',
      dueDate: plusDays(today, 30),
      indicator: { kind: 'quantified-improvement', description: 'Survey score' },
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toContainEqual({ path: ['indicator', 'value'], message: 'A quantified improvement needs its value' });
  });

  it('done needs the evidence that proved it', async () => {
    const m = await v.call('milestones.create', {
      goalId,
      title: 'Draft the agenda',
      dueDate: plusDays(today, 10),
      indicator: { kind: 'deliverable', description: 'Agenda shared with stakeholders' },
    });
    const error = await v.fail('milestones.complete', { id: m.id, doneOn: today });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]?.path).toEqual(['evidenceText']);
    const done = await v.call('milestones.complete', { id: m.id, doneOn: today, evidenceText: 'Agenda sent on the 3rd' });
    expect(done.doneOn).toBe(today);
    expect((await v.fail('milestones.complete', { id: m.id, doneOn: today, evidenceText: 'again' })).code).toBe('CONFLICT');
  });

  it('a milestone cannot be proved by evidence of another mentee', async () => {
    const m = await v.call('milestones.create', {
      goalId,
      title: 'Present the plan',
      dueDate: plusDays(today, 20),
      indicator: { kind: 'review-outcome', description: 'Director signs off' },
    });
    const foreign = await v.call('evidence.create', { menteeId: other.id, kind: 'peer-feedback', date: today, summary: 'Good demo' });
    const error = await v.fail('milestones.complete', { id: m.id, doneOn: today, evidenceId: foreign.id });
    expect(error.issues).toEqual([{ path: ['evidenceId'], message: 'Choose evidence recorded for this mentee' }]);
  });

  it('a reading is neither in the future nor before the start', async () => {
    expect((await v.fail('goals.addReading', { goalId, date: plusDays(today, 1), value: 6 })).issues?.[0]?.path).toEqual(['date']);
    expect((await v.fail('goals.addReading', { goalId, date: plusDays(today, -31), value: 6 })).issues?.[0]?.path).toEqual(['date']);
    const reading = await v.call('goals.addReading', { goalId, date: today, value: 6 });
    const fetched = await v.call('goals.get', { id: goalId });
    expect(fetched.readings).toEqual([reading]);
    expect(fetched.current).toBe(6);
    expect(fetched.progress).toBeCloseTo(1 / 3);
  });

  it('records refuse a goal of another mentee', async () => {
    const error = await v.fail('resources.create', { menteeId: other.id, kind: 'book', title: 'Staff Engineer', goalId });
    expect(error.issues).toEqual([{ path: ['goalId'], message: "Choose one of this mentee's goals" }]);
  });
});
