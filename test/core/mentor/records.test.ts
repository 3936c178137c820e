import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataTables } from '../../../src/main/features/data-export/schema-graph';
import { openMeetingVault, type MeetingVault } from '../meetings/harness';

let v: MeetingVault;
beforeAll(async () => (v = await openMeetingVault('mentor-records')));
afterAll(() => v.close());

const list = { search: '', offset: 0, limit: 50 };

describe("the mentor's own records", () => {
  it('training: added, found by search, edited, deleted; refusals name the field in words', async () => {
    const t = await v.call('mentor.createTraining', { kind: 'course', title: 'Coaching foundations', provider: 'Academy', date: '2026-03-01', hours: 30, competencies: ['Listening'], notes: '' });
    expect(t).toMatchObject({ title: 'Coaching foundations', hours: 30, competencies: ['Listening'] });
    expect((await v.call('mentor.listTraining', { ...list, search: 'listen' })).total).toBe(1);
    expect((await v.call('mentor.listTraining', { ...list, search: 'nothing like it' })).total).toBe(0);
    await v.call('mentor.updateTraining', { id: t.id, kind: 'workshop', title: 'Coaching foundations', provider: 'Academy', date: '2026-03-01', hours: 12.5, competencies: [], notes: '' });
    expect((await v.call('mentor.listTraining', list)).rows[0]).toMatchObject({ kind: 'workshop', hours: 12.5, competencies: [] });
    const refused = await v.fail('mentor.createTraining', { kind: 'course', title: '', date: 'soon', hours: 0 });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(Object.fromEntries(refused.issues!.map((i) => [i.path.join('.'), i.message]))).toMatchObject({
      title: 'Title is required',
      date: 'Date must be a date (YYYY-MM-DD)',
      hours: 'Hours must be more than 0',
    });
    await v.call('mentor.deleteTraining', { id: t.id });
    expect((await v.fail('mentor.deleteTraining', { id: t.id })).code).toBe('NOT_FOUND');
  });

  it('a development goal follows the SMART letters', async () => {
    const refused = await v.fail('mentor.createGoal', { title: 'Grow', statement: '', metric: 'hours', unit: 'h', baseline: 5, target: 5, whyRealistic: 'ok', whyRelevant: '', targetDate: '2027-01-01' });
    const messages = refused.issues!.map((i) => i.message);
    expect(messages).toContain('S (specific): statement is required');
    expect(messages).toContain('R (relevant): why it matters to your practice is required');
    expect(messages).toContain('M (measurable): target value must differ from the baseline');
  });

  it('a credential renewal before its award is refused next to the renewal date', async () => {
    const refused = await v.fail('mentor.createCredential', { body: 'ICF', level: 'ACC', awardedOn: '2026-05-01', expiresOn: '2026-01-01' });
    expect(refused.issues).toEqual([{ path: ['expiresOn'], message: 'Renewal due must not be before the award date' }]);
  });

  it('a reflection needs at least one part, and stays out of exports meant for others', async () => {
    expect((await v.fail('mentor.createReflection', { date: '2026-01-01' })).issues?.[0]).toMatchObject({ path: ['whatHappened'] });
    const r = await v.call('mentor.createReflection', { date: '2026-01-01', learned: 'Silence helps', includeInRecord: true });
    expect(r).toMatchObject({ learned: 'Silence helps', includeInRecord: true, whatHappened: '' });
    const table = dataTables(v.db).find((t) => t.name === 'mentor_reflections')!;
    expect(table.confidential).toBe(true);
  });
});
