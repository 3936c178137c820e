import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveRhythm } from '../../../src/main/features/meetings/held-time';
import { endMeeting, startMeeting } from '../../../src/main/features/meetings/lifecycle';
import type { MeetingSummary } from '../../../src/shared/meetings/schema';
import { addCharter, addMentee, openMeetingVault, type MeetingVault } from './harness';

/**
 * A meeting has a planned time and, once held, the time it was held: every listing,
 * carried action and summary reads the held time. The meetings below run at chosen
 * moments (the lifecycle takes the clock as an argument) on a real encrypted vault.
 */
let v: MeetingVault;
let mentee: { id: number; aimId: number; name: string };
let planned: MeetingSummary[];
const ZONE = 'Europe/Berlin';

beforeAll(async () => {
  v = await openMeetingVault('held-time');
  mentee = await addMentee(v, 'Ada Held');
  // Pilot from 6 Jan 2030, six weeks: the pilot review is planned for 17 Feb 2030.
  await addCharter(v, mentee.id, { pilotStart: '2030-01-06', formal: 4, informal: 2 });
  planned = (await v.call('meetings.plan', { menteeId: mentee.id, weeks: 20, from: '2030-01-06', time: '10:00', timeZone: ZONE })).created;
});
afterAll(() => v.close());

const pilotReview = () => planned.find((m) => m.kind === 'pilot-review')!;

describe('holding a meeting far from its planned date', () => {
  it('stores the time it was held (started in the meeting mode) and keeps the plan beside it', async () => {
    const review = pilotReview();
    expect(review).toMatchObject({ date: '2030-02-17', time: '10:00', plannedDate: '2030-02-17' });
    // Opened on 8 Jan at 11:30 Berlin time (10:30 UTC), ended 50 minutes later.
    startMeeting(v.db, review.id, '2030-01-08', '2030-01-08T10:30:41.512Z');
    await v.call('meetings.addAction', { meetingId: review.id, title: 'Write the pilot retrospective', owner: 'mentee', dueDate: null });
    endMeeting(v.db, { id: review.id, recalibrations: [] }, '2030-01-08', '2030-01-08T11:20:00.000Z');
    const held = await v.call('meetings.get', { id: review.id });
    expect(held).toMatchObject({
      status: 'held',
      date: '2030-01-08',
      time: '11:30',
      startsAt: '2030-01-08T10:30:00.000Z',
      plannedDate: '2030-02-17',
      plannedTime: '10:00',
      plannedStartsAt: '2030-02-17T09:00:00.000Z',
      rhythmMoved: false,
    });
    // A calendar that imported the plan must move the event.
    expect(held.sequence).toBe(review.sequence + 1);
    expect((await v.call('meetings.summary', { id: review.id })).meeting.date).toBe('2030-01-08');
  });

  it('a pilot review held after the pilot began marks it reviewed on the day it was held', async () => {
    expect((await v.call('charter.get', { menteeId: mentee.id }))!.pilot.reviewedOn).toBe('2030-01-08');
    expect(await v.call('meetings.summary', { id: pilotReview().id })).toMatchObject({ pilotReviewed: true, pilotNotBegun: false });
  });

  it('lists a held meeting by its held date, never under upcoming', async () => {
    const list = (when: 'upcoming' | 'past') =>
      v.call('meetings.list', { menteeId: mentee.id, when, today: '2030-01-09', statuses: [], kinds: [], search: '', sort: 'date', direction: 'asc', offset: 0, limit: 100 });
    const upcoming = await list('upcoming');
    const past = await list('past');
    expect(upcoming.rows.map((m) => m.id)).not.toContain(pilotReview().id);
    expect(upcoming.rows.every((m) => m.status !== 'held' && m.date >= '2030-01-09')).toBe(true);
    expect(past.rows.map((m) => [m.id, m.date])).toContainEqual([pilotReview().id, '2030-01-08']);
    // Together they are every meeting, each once.
    expect(upcoming.total + past.total).toBe(planned.length);
    expect((await v.fail('meetings.list', { menteeId: mentee.id, when: 'upcoming' })).message).toMatch(/^today: /);
  });

  it('carries its open actions to the next meeting after the held time, "from the meeting of" the held date', async () => {
    const held = await v.call('meetings.get', { id: pilotReview().id });
    expect(held.nextMeeting).toMatchObject({ date: '2030-01-20', kind: 'informal-touchpoint' });
    const next = await v.call('meetings.get', { id: held.nextMeeting!.id });
    expect(next.actions.carried.map((a) => [a.title, a.meetingDate])).toEqual([['Write the pilot retrospective', '2030-01-08']]);
    expect((await v.call('meetings.summary', { id: pilotReview().id })).carriedForward).toMatchObject({ count: 1, toDate: '2030-01-20' });
  });

  it('offers to move the rest of the rhythm by as many days, once', async () => {
    const id = pilotReview().id;
    const later = planned.filter((m) => m.id !== id && m.startsAt > pilotReview().startsAt);
    expect(later.length).toBeGreaterThan(2);
    expect((await v.call('meetings.get', { id })).rhythmToMove).toBe(later.length);
    const moved = await v.call('meetings.moveRhythm', { id });
    expect(moved).toMatchObject({ rhythmMoved: true, rhythmToMove: 0 });
    const logged = moved.decisions.find((d) => d.decision === 'Move the rest of the meeting rhythm 40 days earlier')!;
    expect(logged).toMatchObject({ rationale: 'The pilot review planned for 2030-02-17 was held on 2030-01-08.', changed: `${later.length} planned meetings, each 40 days earlier` });
    for (const m of later) {
      const now = await v.call('meetings.get', { id: m.id });
      const expected = new Date(Date.parse(`${m.date}T00:00:00Z`) - 40 * 86_400_000).toISOString().slice(0, 10);
      expect([now.date, now.time, now.sequence]).toEqual([expected, m.time, m.sequence + 1]);
    }
    // Meetings before it stay where they were.
    const first = planned[0]!;
    expect((await v.call('meetings.get', { id: first.id })).date).toBe(first.date);
    expect((await v.fail('meetings.moveRhythm', { id })).code).toBe('CONFLICT');
  });

  it('says nothing and refuses to move anything for a meeting held close to its plan, or not held', async () => {
    const first = planned[0]!;
    expect((await v.fail('meetings.moveRhythm', { id: first.id })).code).toBe('CONFLICT');
    startMeeting(v.db, first.id, first.date, `${first.date}T09:05:00.000Z`);
    endMeeting(v.db, { id: first.id, recalibrations: [] }, first.date, `${first.date}T09:50:00.000Z`);
    const held = await v.call('meetings.get', { id: first.id });
    expect(held).toMatchObject({ date: first.date, time: '10:05', plannedTime: '10:00', rhythmToMove: 0 });
    expect((await v.fail('meetings.moveRhythm', { id: first.id })).message).toMatch(/close to its planned date/);
  });

  it('a meeting ended without the meeting mode is held when it ends', async () => {
    const m = await v.call('meetings.create', { menteeId: mentee.id, kind: 'focused-session', date: '2030-03-01', time: '15:00', timeZone: ZONE });
    endMeeting(v.db, { id: m.id, recalibrations: [] }, '2030-01-12', '2030-01-12T16:00:00.000Z');
    expect(await v.call('meetings.get', { id: m.id })).toMatchObject({ date: '2030-01-12', time: '17:00', plannedDate: '2030-03-01', progress: { startedAt: '2030-01-12T16:00:00.000Z' } });
  });
});

describe('moving the rhythm refuses what it cannot do', () => {
  it('a meeting that does not exist', async () => {
    expect((await v.fail('meetings.moveRhythm', { id: 999_999 })).code).toBe('NOT_FOUND');
    expect(moveRhythm).toBeTypeOf('function');
  });
});
