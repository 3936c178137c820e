import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SELF_ASSESSMENT_FORMAT } from '../../../src/shared/meetings/capture';
import type { MeetingKind } from '../../../src/shared/meetings/schema';
import { addGoal, addMentee, count, openMeetingVault, type MeetingVault } from './harness';

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
    const templates = await v.call('agendaTemplates.list', {});
    expect(templates.map((t) => t.kind)).toEqual(['formal-review', 'informal-touchpoint', 'pilot-review', 'focused-session', 'async-exercise']);
    const formal = templates[0]!;
    expect(formal.items.map((i) => i.title)).toEqual(['Review action items', 'Self-assessment', 'Goals and milestones', 'Feedback rubric', 'Wins to celebrate', 'Next steps']);
    expect(formal.totalMinutes).toBe(60);
  });

  it('is editable; new meetings take the edited template, meetings already planned keep theirs; reset brings the defaults back', async () => {
    const before = await newMeeting('informal-touchpoint');
    const edited = await v.call('agendaTemplates.update', {
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
    expect((await v.call('agendaTemplates.reset', { kind: 'informal-touchpoint' })).items).toHaveLength(4);
    expect(await v.fail('agendaTemplates.update', { kind: 'informal-touchpoint', items: [] })).toMatchObject({ code: 'INVALID_INPUT', message: 'items: An agenda has at least one item' });
    expect(await v.fail('agendaTemplates.update', { kind: 'informal-touchpoint', items: [{ title: 'x', minutes: 0, context: 'free' }] })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'items.0.minutes: An item lasts 1 to 240 minutes',
    });
  });
});

describe('a meeting\'s agenda', () => {
  it('is reordered, extended and trimmed by id, keeping notes and timers', async () => {
    const m = await newMeeting();
    const [a, b, c, ...rest] = m.agenda;
    await v.call('meetings.saveDraft', { meetingId: m.id, field: `item:${b!.id}`, text: 'Kept through the move' });
    const agenda = await v.call('meetings.setAgenda', {
      meetingId: m.id,
      items: [
        { id: b!.id, title: b!.title, minutes: 15, context: b!.context },
        { id: a!.id, title: 'Actions, briefly', minutes: a!.plannedMinutes, context: a!.context },
        { title: 'Promotion case', minutes: 10, context: 'free' },
        ...rest.map((i) => ({ id: i.id, title: i.title, minutes: i.plannedMinutes, context: i.context })),
      ],
    });
    expect(agenda.map((i) => [i.title, i.plannedMinutes, i.position])).toEqual([
      ['Self-assessment', 15, 0],
      ['Actions, briefly', 10, 1],
      ['Promotion case', 10, 2],
      ['Feedback rubric', 10, 3],
      ['Wins to celebrate', 5, 4],
      ['Next steps', 5, 5],
    ]);
    expect(agenda[0]!.notes).toBe('Kept through the move');
    expect(agenda.some((i) => i.id === c!.id)).toBe(false);

    // An item with notes is not dropped silently; nor is an item of another meeting taken.
    expect((await v.fail('meetings.setAgenda', { meetingId: m.id, items: [{ id: a!.id, title: 'x', minutes: 5, context: 'free' }] })).code).toBe('CONFLICT');
    const other = await newMeeting('formal-review', '2030-01-09');
    expect(await v.fail('meetings.setAgenda', { meetingId: m.id, items: [{ id: other.agenda[0]!.id, title: 'x', minutes: 5, context: 'free' }] })).toMatchObject({
      code: 'INVALID_INPUT',
      message: /^items.0.id:/,
    });
    await v.call('meetings.end', { id: m.id });
    expect((await v.fail('meetings.setAgenda', { meetingId: m.id, items: [{ title: 'x', minutes: 5, context: 'free' }] })).code).toBe('CONFLICT');
  });
});

describe('feedback rubrics', () => {
  it('score a meeting per dimension, keeping the dimension and level as they were', async () => {
    const [rubric] = await v.call('rubrics.list', {});
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
    const edited = await v.call('rubrics.update', {
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
    const light = await v.call('rubrics.create', { name: 'Light touch', dimensions: [{ name: 'Energy', descriptors: ['Low', 'High'] }] });
    expect(await v.fail('meetings.score', { meetingId: m.id, dimensionId: light.dimensions[0]!.id, score: 1, comment: '' })).toMatchObject({ code: 'INVALID_INPUT', message: /^dimensionId:/ });
    expect((await v.fail('rubrics.delete', { id: rubric!.id })).code).toBe('CONFLICT');
    expect(await v.fail('rubrics.create', { name: 'light TOUCH', dimensions: [{ name: 'x', descriptors: ['a', 'b'] }] })).toMatchObject({ code: 'INVALID_INPUT', message: 'name: Another rubric has this name' });
    expect(await v.fail('rubrics.create', { name: 'One level', dimensions: [{ name: 'x', descriptors: ['a'] }] })).toMatchObject({ code: 'INVALID_INPUT', message: 'dimensions.0.descriptors: A scale has 2 to 7 levels' });
    expect(await v.fail('rubrics.create', { name: 'Twice', dimensions: [{ name: 'x', descriptors: ['a', 'b'] }, { name: 'X', descriptors: ['a', 'b'] }] })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'dimensions.1.name: Each dimension appears once',
    });
    expect((await v.call('rubrics.setDefault', { id: light.id })).isDefault).toBe(true);
    expect((await newMeeting('pilot-review', '2030-02-02')).rubric.name).toBe('Light touch');
    await v.call('rubrics.setDefault', { id: rubric!.id });
    await v.call('meetings.update', { id: m.id, title: m.title, minutes: m.plannedMinutes, rubricTemplateId: light.id });
    await v.call('rubrics.setDefault', { id: light.id });
    await v.call('rubrics.delete', { id: rubric!.id });
    // The scores stay, with their words, though the rubric is gone.
    expect((await v.call('meetings.get', { id: m.id })).rubric.scores.map((s) => [s.dimensionId, s.dimension, s.score])).toEqual([
      [null, 'Goals', 4],
      [null, 'Visibility', 5],
    ]);
  });
});

describe('self-assessment', () => {
  it('is recorded by the mentor per goal with a reflection, only for this mentee\'s goals', async () => {
    const g1 = await addGoal(v, mentee, 'Lead design reviews');
    const g2 = await addGoal(v, mentee, 'Mentor a junior', 'at-risk');
    const m = await newMeeting('formal-review', '2030-03-01');
    const sa = await v.call('meetings.recordSelfAssessment', {
      meetingId: m.id,
      reflection: 'Better at reviews, slower on mentoring.',
      ratings: [
        { goalId: g1.id, rating: 4, comment: 'Led two' },
        { goalId: g2.id, rating: 2 },
      ],
    });
    expect(sa).toMatchObject({ source: 'mentor', reflection: 'Better at reviews, slower on mentoring.', ratings: [{ goalTitle: 'Lead design reviews', rating: 4, comment: 'Led two' }, { goalTitle: 'Mentor a junior', rating: 2 }] });
    expect(await v.fail('meetings.recordSelfAssessment', { meetingId: m.id, ratings: [{ goalId: g1.id, rating: 6 }] })).toMatchObject({ code: 'INVALID_INPUT', message: 'ratings.0.rating: Ratings run from 1 to 5' });
    expect(await v.fail('meetings.recordSelfAssessment', { meetingId: m.id, ratings: [{ goalId: g1.id, rating: 3 }, { goalId: g1.id, rating: 2 }] })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'ratings.1.goalId: Rate each goal once',
    });
    const other = await addMentee(v, 'Ben Other');
    const foreign = await addGoal(v, other, 'Not hers');
    expect(await v.fail('meetings.recordSelfAssessment', { meetingId: m.id, ratings: [{ goalId: foreign.id, rating: 3 }] })).toMatchObject({ code: 'INVALID_INPUT', message: /^ratings.0.goalId:/ });
    expect((await v.call('meetings.get', { id: m.id })).selfAssessment?.ratings).toHaveLength(2);
  });

  it('is imported from the file the mentee filled in, matching goals by title or id, and refuses a bad file naming the problem', async () => {
    const m = await newMeeting('formal-review', '2030-03-02');
    const goals = await v.call('goals.list', { menteeId: mentee.id });
    const reviews = goals.rows.find((g) => g.title === 'Lead design reviews')!;
    const junior = goals.rows.find((g) => g.title === 'Mentor a junior')!;
    const write = (name: string, content: unknown) => {
      const path = join(v.dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      v.platform.nextOpenPath = path;
    };
    write('sa.json', {
      format: SELF_ASSESSMENT_FORMAT,
      version: 1,
      mentee: 'ada templates',
      reflection: 'I feel ready to lead the next review.',
      ratings: [
        { goal: 'LEAD DESIGN REVIEWS', rating: 5, comment: 'Ready' },
        { goalId: junior.id, rating: 3 },
      ],
    });
    const imported = await v.call('meetings.importSelfAssessment', { meetingId: m.id });
    expect(imported).toMatchObject({ source: 'import', reflection: 'I feel ready to lead the next review.' });
    expect(imported!.ratings.map((r) => [r.goalId, r.rating])).toEqual([
      [reviews.id, 5],
      [junior.id, 3],
    ]);

    const refusals: [unknown, RegExp][] = [
      ['not json {', /it is not JSON/],
      [{ format: 'other', version: 1, ratings: [] }, /format: format must be "mentor-vault\/self-assessment"/],
      [{ format: SELF_ASSESSMENT_FORMAT, version: 1, mentee: 'Someone Else', ratings: [] }, /names another mentee/],
      [{ format: SELF_ASSESSMENT_FORMAT, version: 1, ratings: [{ goal: 'No such goal', rating: 3 }] }, /ratings.0: no single goal of this mentee has that title/],
      [{ format: SELF_ASSESSMENT_FORMAT, version: 1, ratings: [{ goal: 'Mentor a junior', rating: 9 }] }, /ratings.0.rating: rating runs from 1 to 5/],
    ];
    for (const [content, message] of refusals) {
      write('bad.json', content);
      const err = await v.fail('meetings.importSelfAssessment', { meetingId: m.id });
      expect(err.code).toBe('INVALID_INPUT');
      expect(err.message).toMatch(message);
    }
    // Nothing of a refused file was kept; a cancelled dialog changes nothing either.
    expect((await v.call('meetings.get', { id: m.id })).selfAssessment?.reflection).toBe('I feel ready to lead the next review.');
    v.platform.nextOpenPath = undefined;
    expect(await v.call('meetings.importSelfAssessment', { meetingId: m.id })).toBeNull();
  });
});
