import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingKind } from '../../../src/shared/meetings/schema';
import { addMentee, openMeetingVault, type MeetingVault } from './harness';

let v: MeetingVault;
let mentee: { id: number; aimId: number; name: string };
beforeAll(async () => {
  v = await openMeetingVault('agenda');
  mentee = await addMentee(v, 'Ada Agenda');
});
afterAll(() => v.close());

const newMeeting = (kind: MeetingKind = 'formal-review', date = '2030-01-07') =>
  v.call('meetings.create', { menteeId: mentee.id, kind, date, time: '10:00', timeZone: 'UTC' });

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
