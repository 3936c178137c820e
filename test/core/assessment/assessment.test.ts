import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COMPETENCIES } from '../../../src/main/vault/migrations/002-plan';
import { addMentee, openPlanVault, type PlanVault } from '../../helpers/plan-vault';

let v: PlanVault;
let menteeId: number;

beforeAll(async () => {
  v = await openPlanVault('assessment');
  menteeId = (await addMentee(v, 'Mei Chen')).id;
});
afterAll(() => v.close());

const idOf = async (name: string) => (await v.call('competencies.list', {})).find((c) => c.name === name)!.id;

describe('competencies', () => {
  it('a new vault has the default set, in order', async () => {
    const list = await v.call('competencies.list', {});
    expect(list.map((c) => c.name)).toEqual(DEFAULT_COMPETENCIES.map((c) => c.name));
    for (const name of ['Collaboration', 'Problem solving', 'Stakeholder communication', 'Leadership', 'Technical mastery', 'Visibility']) {
      expect(list.some((c) => c.name === name)).toBe(true);
    }
    expect(list.length).toBeGreaterThan(6);
  });

  it('can be added, renamed, reordered, archived; names are unique regardless of case', async () => {
    const added = await v.call('competencies.create', { name: 'Negotiation', description: 'Reaching agreements' });
    expect(added.position).toBe(DEFAULT_COMPETENCIES.length);
    expect((await v.fail('competencies.create', { name: 'negotiation' })).issues).toEqual([
      { path: ['name'], message: 'A competency with that name already exists' },
    ]);
    expect((await v.fail('competencies.create', { name: '' })).issues?.[0]?.path).toEqual(['name']);
    const renamed = await v.call('competencies.update', { id: added.id, name: 'Negotiating', description: '' });
    expect(renamed.name).toBe('Negotiating');
    const all = await v.call('competencies.list', { includeArchived: true });
    const reordered = await v.call('competencies.reorder', { ids: [added.id, ...all.filter((c) => c.id !== added.id).map((c) => c.id)] });
    expect(reordered[0]!.id).toBe(added.id);
    expect((await v.fail('competencies.reorder', { ids: [added.id] })).issues?.[0]?.path).toEqual(['ids']);
    await v.call('competencies.archive', { id: added.id, archived: true });
    expect((await v.call('competencies.list', {})).some((c) => c.id === added.id)).toBe(false);
    expect((await v.call('competencies.list', { includeArchived: true })).find((c) => c.id === added.id)?.archived).toBe(true);
    await v.call('competencies.delete', { id: added.id });
    expect((await v.call('competencies.list', { includeArchived: true })).some((c) => c.id === added.id)).toBe(false);
  });
});

describe('assessments', () => {
  it('refuses ratings outside 1-5, a round with no rating, and a competency rated twice', async () => {
    const collaboration = await idOf('Collaboration');
    const base = { menteeId, kind: 'baseline', date: '2025-01-10' };
    const six = await v.fail('assessments.record', { ...base, ratings: [{ competencyId: collaboration, mentor: 6 }] });
    expect(six.issues?.[0]).toMatchObject({ path: ['ratings', 0, 'mentor'], message: 'Mentor rating must be from 1 to 5' });
    expect((await v.fail('assessments.record', { ...base, ratings: [{ competencyId: collaboration, mentee: 0 }] })).issues?.[0]?.path).toEqual(['ratings', 0, 'mentee']);
    expect((await v.fail('assessments.record', { ...base, ratings: [{ competencyId: collaboration }] })).issues?.[0]?.message).toBe(
      'Give a rating by the mentor, the mentee or both',
    );
    expect((await v.fail('assessments.record', { ...base, ratings: [] })).issues?.[0]?.path).toEqual(['ratings']);
    const twice = await v.fail('assessments.record', { ...base, ratings: [{ competencyId: collaboration, mentor: 2 }, { competencyId: collaboration, mentor: 3 }] });
    expect(twice.issues?.[0]?.path).toEqual(['ratings', 1, 'competencyId']);
    expect((await v.fail('assessments.record', { ...base, kind: 'reassessment', ratings: [{ competencyId: collaboration, mentor: 2 }] })).issues?.[0]?.path).toEqual(['kind']);
    expect(v.db.prepare('SELECT count(*) FROM assessments').pluck().get()).toBe(0);
  });

  it('a baseline, then re-assessments as new rows: nothing is overwritten; growth shows baseline vs latest', async () => {
    const [collab, leadership, visibility] = [await idOf('Collaboration'), await idOf('Leadership'), await idOf('Visibility')];
    const baseline = await v.call('assessments.record', {
      menteeId,
      kind: 'baseline',
      date: '2025-01-10',
      note: 'First candid conversation',
      ratings: [
        { competencyId: collab, mentor: 2, mentee: 3 },
        { competencyId: leadership, mentor: 1, mentee: 2, note: 'No reports yet' },
      ],
    });
    expect(baseline.ratings.map((r) => [r.competency, r.mentor, r.mentee])).toEqual([
      ['Collaboration', 2, 3],
      ['Leadership', 1, 2],
    ]);
    expect((await v.fail('assessments.record', { menteeId, kind: 'baseline', date: '2025-02-01', ratings: [{ competencyId: collab, mentor: 3 }] })).code).toBe('CONFLICT');
    expect((await v.fail('assessments.record', { menteeId, kind: 'reassessment', date: '2025-01-01', ratings: [{ competencyId: collab, mentor: 3 }] })).issues?.[0]?.path).toEqual(['date']);

    await v.call('assessments.record', {
      menteeId,
      kind: 'reassessment',
      date: '2025-04-10',
      ratings: [{ competencyId: collab, mentor: 3, mentee: 3 }, { competencyId: visibility, mentee: 2 }],
    });
    await v.call('assessments.record', { menteeId, kind: 'reassessment', date: '2025-07-10', ratings: [{ competencyId: collab, mentor: 4, mentee: null }] });

    // The baseline round is exactly as recorded.
    expect(await v.call('assessments.get', { id: baseline.id })).toEqual(baseline);
    expect(v.db.prepare('SELECT count(*) FROM assessment_ratings').pluck().get()).toBe(5);
    expect(() => v.db.prepare('UPDATE assessment_ratings SET mentor_rating = 5').run()).toThrow(/never changed/);
    expect(() => v.db.prepare("UPDATE assessments SET note = 'x'").run()).toThrow(/never changed/);

    const list = await v.call('assessments.list', { menteeId });
    expect(list.total).toBe(3);
    expect(list.rows.map((a) => [a.date, a.kind, a.ratingCount])).toEqual([
      ['2025-07-10', 'reassessment', 1],
      ['2025-04-10', 'reassessment', 2],
      ['2025-01-10', 'baseline', 2],
    ]);

    const growth = await v.call('assessments.growth', { menteeId });
    const by = (name: string) => growth.find((g) => g.competency === name)!;
    expect(by('Collaboration').baseline).toMatchObject({ date: '2025-01-10', kind: 'baseline', mentor: 2, mentee: 3 });
    expect(by('Collaboration').latest).toMatchObject({ date: '2025-07-10', mentor: 4, mentee: null });
    expect(by('Collaboration').points.map((p) => p.mentor)).toEqual([2, 3, 4]);
    expect(by('Leadership').latest).toEqual(by('Leadership').baseline);
    // Rated first in a re-assessment: that first rating is its starting point.
    expect(by('Visibility').baseline).toMatchObject({ date: '2025-04-10', mentee: 2 });
    expect(growth.map((g) => g.competency)).toEqual(['Collaboration', 'Leadership', 'Visibility']);
  });

  it('a used competency cannot be deleted (archive instead); the baseline cannot go while re-assessments follow it', async () => {
    const collab = await idOf('Collaboration');
    expect((await v.fail('competencies.delete', { id: collab })).code).toBe('CONFLICT');
    const baseline = (await v.call('assessments.list', { menteeId })).rows.at(-1)!;
    expect((await v.fail('assessments.delete', { id: baseline.id })).code).toBe('CONFLICT');
    const latest = (await v.call('assessments.list', { menteeId })).rows[0]!;
    await v.call('assessments.delete', { id: latest.id });
    expect((await v.call('assessments.list', { menteeId })).total).toBe(2);
  });
});
