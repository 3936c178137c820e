import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SELF_ASSESSMENT_FORMAT } from '../../../src/shared/meetings/capture';
import type { MeetingKind } from '../../../src/shared/meetings/schema';
import { addGoal, addMentee, openMeetingVault, type MeetingVault } from './harness';

let v: MeetingVault;
let mentee: { id: number; aimId: number; name: string };
beforeAll(async () => {
  v = await openMeetingVault('self-assessment');
  mentee = await addMentee(v, 'Ada Templates');
});
afterAll(() => v.close());

const newMeeting = (kind: MeetingKind = 'formal-review', date = '2030-01-07') =>
  v.call('meetings.create', { menteeId: mentee.id, kind, date, time: '10:00', timeZone: 'UTC' });

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
