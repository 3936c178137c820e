import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFeedbackVault, type FeedbackVault } from './harness';

let v: FeedbackVault;
let menteeId: number;

beforeAll(async () => {
  v = await openFeedbackVault('summary');
  menteeId = (await v.call('mentees.create', { name: 'Mei Chen', status: 'active' })).id;
  const ids = Object.fromEntries((await v.call('competencies.list', {})).map((c) => [c.name, c.id]));
  await v.call('assessments.record', {
    menteeId,
    kind: 'baseline',
    date: '2026-01-05',
    ratings: [{ competencyId: ids['Collaboration']!, mentor: 3, mentee: 2 }],
  });
  await v.call('assessments.record', {
    menteeId,
    kind: 'reassessment',
    date: '2026-03-05',
    ratings: [{ competencyId: ids['Collaboration']!, mentor: 4 }],
  });
});
afterAll(() => v.close());

const add = (relationship: string, score: number, strengths = '', raterName: string | null = null) =>
  v.call('feedback.add', {
    menteeId,
    relationship,
    raterName,
    receivedOn: '2026-03-10',
    ratings: [{ competency: 'collaboration', score }],
    strengths,
  } as never);

describe('feedback.summary', () => {
  it('shows nothing and no words below the threshold', async () => {
    await add('peer', 4, 'Generous with reviews', 'Ada Byron');
    await add('peer', 2, 'Patient mentor to interns');
    const s = await v.call('feedback.summary', { menteeId });
    expect(s.responses).toBe(2);
    expect(s.competencies[0]).toMatchObject({ competency: 'Collaboration', groups: [], withheld: 2 });
    expect(s.comments).toEqual({ strengths: [], change: [] });
  });

  it('shows the peers once three answered, hides a lone manager, and sets the latest self and mentor ratings beside them', async () => {
    await add('peer', 3, 'Clear written updates');
    await add('manager', 5, 'Owns outcomes', 'Grace Hopper');
    const s = await v.call('feedback.summary', { menteeId });
    const c = s.competencies[0]!;
    expect(c.competency).toBe('Collaboration');
    expect(c.groups).toEqual([{ group: 'peer', count: 3, mean: 3, sd: Math.sqrt(2 / 3) }]);
    expect(c.withheld).toBe(1);
    // Mentee rated only at baseline (2); the mentor's latest is the re-assessment (4).
    expect(c.self).toBe(2);
    expect(c.mentor).toBe(4);
    expect([...s.comments.strengths].sort()).toEqual(['Clear written updates', 'Generous with reviews', 'Owns outcomes', 'Patient mentor to interns']);
    const text = JSON.stringify(s);
    expect(text).not.toMatch(/Ada|Byron|Grace|Hopper|manager/);
  });

  it('merges small groups into others once together they reach three', async () => {
    await add('stakeholder', 1);
    await add('direct-report', 3);
    const c = (await v.call('feedback.summary', { menteeId })).competencies[0]!;
    expect(c.groups.map((g) => [g.group, g.count, g.mean])).toEqual([
      ['peer', 3, 3],
      ['others', 3, 3],
    ]);
    expect(c.withheld).toBe(0);
  });

  it('refuses an unknown mentee', async () => {
    expect((await v.fail('feedback.summary', { menteeId: 4242 })).code).toBe('NOT_FOUND');
    expect((await v.fail('feedback.summary', { menteeId: 'one' })).issues?.[0]?.path).toEqual(['menteeId']);
  });
});
