import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingKind } from '../../../src/shared/meetings/schema';
import { addMentee, count, openMeetingVault, type MeetingVault } from '../meetings/harness';

let v: MeetingVault;
let mentee: { id: number; aimId: number; name: string };
beforeAll(async () => {
  v = await openMeetingVault('templates');
  mentee = await addMentee(v, 'Ada Templates');
});
afterAll(() => v.close());

const newMeeting = (kind: MeetingKind = 'formal-review', date = '2030-01-07') =>
  v.call('meetings.create', { menteeId: mentee.id, kind, date, time: '10:00', timeZone: 'UTC' });

describe('agenda templates', () => {
  it('starts with a template per kind that includes the defaults of the domain', async () => {
    const templates = await v.call('templates.agendas', {});
    expect(templates.map((t) => t.kind)).toEqual(['formal-review', 'informal-touchpoint', 'pilot-review', 'focused-session', 'async-exercise']);
    const formal = templates[0]!;
    expect(formal.items.map((i) => i.title)).toEqual(['Review action items', 'Self-assessment', 'Goals and milestones', 'Feedback rubric', 'Wins to celebrate', 'Next steps']);
    expect(formal.totalMinutes).toBe(60);
  });

  it('is editable; new meetings take the edited template, meetings already planned keep theirs; reset brings the defaults back', async () => {
    const before = await newMeeting('informal-touchpoint');
    const edited = await v.call('templates.updateAgenda', {
      kind: 'informal-touchpoint',
      items: [
        { title: 'Check-in', minutes: 5, context: 'free' },
        { title: 'Open actions', minutes: 10, context: 'actions' },
      ],
    });
    expect(edited).toMatchObject({ totalMinutes: 15, items: [{ title: 'Check-in' }, { title: 'Open actions' }] });
    const after = await newMeeting('informal-touchpoint', '2030-01-08');
    expect(after.agenda.map((i) => i.title)).toEqual(['Check-in', 'Open actions']);
    expect((await v.call('meetings.get', { id: before.id })).agenda).toHaveLength(4);
    expect((await v.call('templates.resetAgenda', { kind: 'informal-touchpoint' })).items).toHaveLength(4);
    expect(await v.fail('templates.updateAgenda', { kind: 'informal-touchpoint', items: [] })).toMatchObject({ code: 'INVALID_INPUT', message: 'items: An agenda has at least one item' });
    expect(await v.fail('templates.updateAgenda', { kind: 'informal-touchpoint', items: [{ title: 'x', minutes: 0, context: 'free' }] })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'items.0.minutes: An item lasts 1 to 240 minutes',
    });
  });
});

describe('feedback rubrics', () => {
  it('score a meeting per dimension, keeping the dimension and level as they were', async () => {
    const [rubric] = await v.call('templates.rubrics', {});
    expect(rubric).toMatchObject({ name: 'Review rubric', isDefault: true });
    expect(rubric!.dimensions.map((d) => [d.name, d.descriptors.length])).toEqual([
      ['Goals', 4],
      ['Milestones', 4],
      ['Skill development', 4],
      ['Behavioural outcomes', 4],
    ]);
    const m = await newMeeting('formal-review', '2030-02-01');
    const goalsDim = rubric!.dimensions[0]!;
    const scores = await v.call('meetings.score', { meetingId: m.id, dimensionId: goalsDim.id, score: 3, comment: 'Two of three on track' });
    expect(scores).toEqual([
      { dimensionId: goalsDim.id, dimension: 'Goals', levels: 4, score: 3, descriptor: goalsDim.descriptors[2], comment: 'Two of three on track' },
    ]);
    await v.call('meetings.score', { meetingId: m.id, dimensionId: goalsDim.id, score: 4, comment: 'All on track' });
    expect(count(v, 'rubric_scores', 'meeting_id = ?', m.id)).toBe(1);
    expect(await v.fail('meetings.score', { meetingId: m.id, dimensionId: goalsDim.id, score: 5, comment: '' })).toMatchObject({ code: 'INVALID_INPUT', message: 'score: Score runs from 1 to 4' });

    // Editing the rubric renames a dimension and adds a five-level one; the score given keeps its words.
    const edited = await v.call('templates.updateRubric', {
      id: rubric!.id,
      name: 'Review rubric',
      dimensions: [
        { id: goalsDim.id, name: 'Goal progress', descriptors: goalsDim.descriptors },
        ...rubric!.dimensions.slice(1).map((d) => ({ id: d.id, name: d.name, descriptors: d.descriptors })),
        { name: 'Visibility', descriptors: ['None', 'Team', 'Department', 'Company', 'Industry'] },
      ],
    });
    expect(edited.dimensions.map((d) => d.name)).toEqual(['Goal progress', 'Milestones', 'Skill development', 'Behavioural outcomes', 'Visibility']);
    expect(edited.dimensions[0]!.id).toBe(goalsDim.id);
    const after = await v.call('meetings.get', { id: m.id });
    expect(after.rubric.scores[0]).toMatchObject({ dimension: 'Goals', score: 4, descriptor: goalsDim.descriptors[3] });
    const visibility = edited.dimensions[4]!;
    expect((await v.call('meetings.score', { meetingId: m.id, dimensionId: visibility.id, score: 5, comment: '' }))[1]).toMatchObject({ levels: 5, descriptor: 'Industry' });

    // Another rubric: its dimensions do not score this meeting; the default cannot be deleted.
    const light = await v.call('templates.createRubric', { name: 'Light touch', dimensions: [{ name: 'Energy', descriptors: ['Low', 'High'] }] });
    expect(await v.fail('meetings.score', { meetingId: m.id, dimensionId: light.dimensions[0]!.id, score: 1, comment: '' })).toMatchObject({ code: 'INVALID_INPUT', message: /^dimensionId:/ });
    expect((await v.fail('templates.deleteRubric', { id: rubric!.id })).code).toBe('CONFLICT');
    expect(await v.fail('templates.createRubric', { name: 'light TOUCH', dimensions: [{ name: 'x', descriptors: ['a', 'b'] }] })).toMatchObject({ code: 'INVALID_INPUT', message: 'name: Another rubric has this name' });
    expect(await v.fail('templates.createRubric', { name: 'One level', dimensions: [{ name: 'x', descriptors: ['a'] }] })).toMatchObject({ code: 'INVALID_INPUT', message: 'dimensions.0.descriptors: A scale has 2 to 7 levels' });
    expect(await v.fail('templates.createRubric', { name: 'Twice', dimensions: [{ name: 'x', descriptors: ['a', 'b'] }, { name: 'X', descriptors: ['a', 'b'] }] })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'dimensions.1.name: Each dimension appears once',
    });
    expect((await v.call('templates.setDefaultRubric', { id: light.id })).isDefault).toBe(true);
    expect((await newMeeting('pilot-review', '2030-02-02')).rubric.name).toBe('Light touch');
    await v.call('templates.setDefaultRubric', { id: rubric!.id });
    await v.call('meetings.update', { id: m.id, title: m.title, minutes: m.plannedMinutes, rubricTemplateId: light.id });
    await v.call('templates.setDefaultRubric', { id: light.id });
    await v.call('templates.deleteRubric', { id: rubric!.id });
    // The scores stay, with their words, though the rubric is gone.
    expect((await v.call('meetings.get', { id: m.id })).rubric.scores.map((s) => [s.dimensionId, s.dimension, s.score])).toEqual([
      [null, 'Goals', 4],
      [null, 'Visibility', 5],
    ]);
  });
});
