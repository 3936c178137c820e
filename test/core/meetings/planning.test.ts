import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCharter, addGoal, addMentee, count, openMeetingVault, type MeetingVault } from './harness';

let v: MeetingVault;
beforeAll(async () => {
  v = await openMeetingVault('planning');
});
afterAll(() => v.close());

const BERLIN = 'Europe/Berlin';
const slotsOf = (rows: { date: string; kind: string }[]) => rows.map((r) => `${r.date} ${r.kind}`);

describe('meetings.plan from the charter\'s rhythm', () => {
  let mentee: { id: number; aimId: number; name: string };
  beforeAll(async () => {
    mentee = await addMentee(v, 'Ada Rhythm');
    // Pilot 2030-03-04 + 6 weeks → review 2030-04-15; formal every 4 weeks after it; touchpoints every 2 weeks.
    await addCharter(v, mentee.id, { pilotStart: '2030-03-04', formal: 4, informal: 2, minutes: 50 });
  });

  it('plans the pilot review, formal reviews and touchpoints (none next to a review), at the time and zone asked', async () => {
    const result = await v.call('meetings.plan', { menteeId: mentee.id, weeks: 12, from: '2030-03-04', time: '10:00', timeZone: BERLIN });
    expect(slotsOf(result.created)).toEqual([
      '2030-03-04 informal-touchpoint',
      '2030-03-18 informal-touchpoint',
      '2030-04-01 informal-touchpoint',
      '2030-04-15 pilot-review',
      '2030-04-29 informal-touchpoint',
      '2030-05-13 formal-review',
    ]);
    expect(result).toMatchObject({ existing: 0, cancelled: [], fromVersion: 1 });
    const [first, , third, pilot] = result.created;
    // Winter time (UTC+1), then summer time (UTC+2) after 2030-03-31.
    expect(first).toMatchObject({ time: '10:00', timeZone: BERLIN, startsAt: '2030-03-04T09:00:00.000Z', plannedMinutes: 50, origin: 'generated-from-rhythm', sequence: 0 });
    expect(third!.startsAt).toBe('2030-04-01T08:00:00.000Z');
    expect(pilot).toMatchObject({ origin: 'pilot-review', title: 'Pilot review' });
    expect(new Set(result.created.map((m) => m.uid)).size).toBe(6);
    for (const m of result.created) expect(m.uid).toMatch(/^[0-9a-f-]{36}$/);
    // Each got its kind's agenda.
    const review = await v.call('meetings.get', { id: result.created[5]!.id });
    expect(review.agenda.map((i) => i.context)).toEqual(['actions', 'self-assessment', 'goals', 'feedback', 'wins', 'next-steps']);
    expect(review.rubric.dimensions.map((d) => d.name)).toEqual(['Goals', 'Milestones', 'Skill development', 'Behavioural outcomes']);
  });

  it('is idempotent, also after a meeting was moved, skipped or one added by hand', async () => {
    const list = await v.call('meetings.list', { menteeId: mentee.id });
    const touchpoint = list.rows.find((m) => m.date === '2030-03-18')!;
    const moved = await v.call('meetings.reschedule', { id: touchpoint.id, date: '2030-03-19', time: '16:30' });
    expect(moved).toMatchObject({ date: '2030-03-19', time: '16:30', timeZone: BERLIN, startsAt: '2030-03-19T15:30:00.000Z', sequence: 1, uid: touchpoint.uid });
    const skipped = await v.call('meetings.setStatus', { id: list.rows.find((m) => m.date === '2030-04-29')!.id, status: 'skipped', reason: 'Team offsite' });
    expect(skipped).toMatchObject({ status: 'skipped', statusReason: 'Team offsite', sequence: 1 });
    await v.call('meetings.create', { menteeId: mentee.id, kind: 'informal-touchpoint', date: '2030-03-25', time: '09:00', timeZone: BERLIN });

    const again = await v.call('meetings.plan', { menteeId: mentee.id, weeks: 12, from: '2030-03-04', time: '10:00', timeZone: BERLIN });
    expect(again).toMatchObject({ created: [], existing: 6, cancelled: [] });
    expect(count(v, 'meetings', 'mentee_id = ?', mentee.id)).toBe(7);
  });

  it('follows a new agreed rhythm: untouched meetings out of it are cancelled, and come back when the rhythm does', async () => {
    const revise = async (informal: number, agreedOn: string) => {
      const charter = await v.call('charter.revise', { menteeId: mentee.id, reason: 'Touchpoints at another pace' });
      const body = { ...charter.current.body, reviewRhythm: { ...charter.current.body.reviewRhythm, informalEveryWeeks: informal } };
      await v.call('charter.update', { versionId: charter.current.id, body, reason: 'Touchpoints at another pace' });
      await v.call('charter.agree', { versionId: charter.current.id, agreedOn });
    };
    await revise(3, '2025-02-01');
    const three = await v.call('meetings.plan', { menteeId: mentee.id, weeks: 12, from: '2030-03-04', time: '10:00', timeZone: BERLIN });
    expect(three.fromVersion).toBe(2);
    expect(slotsOf(three.created)).toEqual(['2030-03-25 informal-touchpoint', '2030-05-06 informal-touchpoint']);
    // 04-01 was untouched and goes; 03-18 was moved and 04-29 skipped by the mentor: they stay as they are.
    expect(slotsOf(three.cancelled)).toEqual(['2030-04-01 informal-touchpoint']);
    expect(three.cancelled[0]).toMatchObject({ status: 'cancelled', sequence: 1, statusReason: "No longer in the charter's rhythm" });

    await revise(2, '2025-02-02');
    const two = await v.call('meetings.plan', { menteeId: mentee.id, weeks: 12, from: '2030-03-04', time: '10:00', timeZone: BERLIN });
    expect(two.created).toEqual([]);
    expect(slotsOf(two.cancelled)).toEqual(['2030-03-25 informal-touchpoint', '2030-05-06 informal-touchpoint']);
    const back = (await v.call('meetings.list', { menteeId: mentee.id, from: '2030-04-01', to: '2030-04-01' })).rows;
    expect(back.map((m) => [m.origin, m.status, m.sequence])).toEqual([['generated-from-rhythm', 'planned', 2]]);
  });

  it('plans from the draft before any agreement, monthly by the meeting frequency when the review rhythm names none', async () => {
    const other = await addMentee(v, 'Ben Draft');
    await addCharter(v, other.id, { pilotStart: '2030-01-31', formal: null, informal: null, frequency: 'monthly' }, { draft: true });
    const result = await v.call('meetings.plan', { menteeId: other.id, weeks: 17, from: '2030-02-01', timeZone: 'UTC' });
    expect(slotsOf(result.created)).toEqual([
      '2030-02-28 informal-touchpoint',
      '2030-03-14 pilot-review',
      '2030-03-31 informal-touchpoint',
      '2030-04-30 informal-touchpoint',
    ]);
    expect(result.created[0]).toMatchObject({ time: '10:00', startsAt: '2030-02-28T10:00:00.000Z' });
  });

  it('refuses without a charter, and names the field of a bad input', async () => {
    const none = await addMentee(v, 'Cy Nocharter');
    expect(await v.fail('meetings.plan', { menteeId: none.id, weeks: 4 })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/charter/) });
    expect(await v.fail('meetings.plan', { menteeId: none.id, weeks: 60 })).toMatchObject({ code: 'INVALID_INPUT', message: 'weeks: Plan 1 to 52 weeks ahead' });
    expect(await v.fail('meetings.plan', { menteeId: none.id, weeks: 4, timeZone: 'Mars/Olympus' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^timeZone: Time zone must be an IANA name/),
    });
    expect(await v.fail('meetings.create', { menteeId: none.id, kind: 'formal-review', date: '2030-01-01', time: '25:00' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'time: Time must be a time (HH:MM)',
    });
    expect((await v.fail('meetings.plan', { menteeId: 999_999, weeks: 4 })).code).toBe('NOT_FOUND');
  });
});

describe('wall-clock times across clock changes', () => {
  it('keeps a time that happens twice at its first occurrence, and moves one that never happens forward', async () => {
    const m = await addMentee(v, 'Dee Clocks');
    const twice = await v.call('meetings.create', { menteeId: m.id, kind: 'informal-touchpoint', date: '2030-10-27', time: '02:30', timeZone: BERLIN });
    expect(twice).toMatchObject({ time: '02:30', startsAt: '2030-10-27T00:30:00.000Z' });
    const never = await v.call('meetings.create', { menteeId: m.id, kind: 'informal-touchpoint', date: '2030-03-31', time: '02:30', timeZone: BERLIN });
    expect(never).toMatchObject({ date: '2030-03-31', time: '03:30', startsAt: '2030-03-31T01:30:00.000Z' });
    const ny = await v.call('meetings.create', { menteeId: m.id, kind: 'informal-touchpoint', date: '2030-07-01', time: '09:15', timeZone: 'america/new_york' });
    expect(ny).toMatchObject({ timeZone: 'America/New_York', startsAt: '2030-07-01T13:15:00.000Z' });
  });
});

describe('meetings.convert', () => {
  it('turns a planned meeting into a contingency kind and logs the decision with the reason, in one transaction', async () => {
    const m = await addMentee(v, 'Eve Convert');
    const review = await v.call('meetings.create', { menteeId: m.id, kind: 'formal-review', date: '2030-06-03', time: '11:00', timeZone: BERLIN });
    const decisionsBefore = count(v, 'decisions', 'mentee_id = ?', m.id);

    // A failure while logging the decision leaves the meeting as it was.
    v.db.exec("CREATE TEMP TRIGGER refuse_decisions BEFORE INSERT ON decisions BEGIN SELECT RAISE(ABORT, 'no'); END");
    expect((await v.fail('meetings.convert', { id: review.id, kind: 'focused-session', reason: 'Quarter-end crunch' })).code).toBe('CONFLICT');
    v.db.exec('DROP TRIGGER refuse_decisions');
    expect(await v.call('meetings.get', { id: review.id })).toMatchObject({ kind: 'formal-review', sequence: 0, decisions: [] });

    const converted = await v.call('meetings.convert', { id: review.id, kind: 'focused-session', reason: 'Quarter-end crunch' });
    expect(converted).toMatchObject({ kind: 'focused-session', convertedFrom: 'formal-review', title: 'Short focused session', sequence: 1 });
    expect(converted.agenda.map((i) => i.title)).toEqual(['Review action items', 'The one topic', 'Next steps']);
    expect(converted.decisions).toEqual([
      expect.objectContaining({ decision: 'Formal review of 2030-06-03 becomes a short focused session', rationale: 'Quarter-end crunch', changed: 'Meeting kind: Formal review → Short focused session' }),
    ]);
    expect(count(v, 'decisions', 'mentee_id = ?', m.id)).toBe(decisionsBefore + 1);
    const log = await v.call('decisions.list', { menteeId: m.id });
    expect(log.rows[0]!.rationale).toBe('Quarter-end crunch');

    expect(await v.fail('meetings.convert', { id: review.id, kind: 'async-exercise', reason: '  ' })).toMatchObject({ code: 'INVALID_INPUT', message: 'reason: Say why' });
    expect(await v.fail('meetings.convert', { id: review.id, kind: 'formal-review', reason: 'x' })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^kind:/) });
    await v.call('meetings.setStatus', { id: review.id, status: 'cancelled', reason: '' });
    expect((await v.fail('meetings.convert', { id: review.id, kind: 'async-exercise', reason: 'x' })).code).toBe('CONFLICT');

    // The log reads as English whichever kind it names ("an informal touchpoint", "an asynchronous exercise").
    const touchpoint = await v.call('meetings.create', { menteeId: m.id, kind: 'informal-touchpoint', date: '2030-06-10', time: '11:00', timeZone: BERLIN });
    const exercise = await v.call('meetings.convert', { id: touchpoint.id, kind: 'async-exercise', reason: 'Travel week' });
    expect(exercise.decisions[0]!.decision).toBe('Informal touchpoint of 2030-06-10 becomes an asynchronous exercise');
    expect(await v.fail('meetings.convert', { id: touchpoint.id, kind: 'async-exercise', reason: 'x' })).toMatchObject({ message: 'kind: This meeting already is an asynchronous exercise' });
  });
});

describe('a formal review proposed after each achieved major milestone', () => {
  it('proposes, accepts, dismisses, and stays quiet when a review follows or the charter says no', async () => {
    const m = await addMentee(v, 'Fay Milestones');
    await addCharter(v, m.id, { pilotStart: '2025-01-06', formal: null, informal: 2 });
    const goal = await addGoal(v, m, 'Lead design reviews');
    const major = await v.call('milestones.create', { goalId: goal.id, title: 'First review led', dueDate: '2025-05-01', major: true, indicator: { kind: 'deliverable', description: 'Review notes' } });
    const minor = await v.call('milestones.create', { goalId: goal.id, title: 'Shadow a review', dueDate: '2025-04-01', indicator: { kind: 'deliverable', description: 'Notes' } });
    const second = await v.call('milestones.create', { goalId: goal.id, title: 'Second review led', dueDate: '2025-06-01', major: true, indicator: { kind: 'deliverable', description: 'Notes' } });
    expect(await v.call('meetings.proposals', { menteeId: m.id })).toEqual([]);

    await v.call('milestones.complete', { id: minor.id, doneOn: '2025-03-20', evidenceText: 'Done' });
    await v.call('milestones.complete', { id: major.id, doneOn: '2025-04-28', evidenceText: 'Led the payments review' });
    const [proposal, ...rest] = await v.call('meetings.proposals', { menteeId: m.id });
    expect(rest).toEqual([]);
    expect(proposal).toMatchObject({ milestoneId: major.id, milestoneTitle: 'First review led', goalTitle: 'Lead design reviews', menteeName: 'Fay Milestones', doneOn: '2025-04-28' });
    expect(await v.call('meetings.proposals', {})).toContainEqual(proposal);

    const accepted = await v.call('meetings.acceptProposal', { milestoneId: major.id, date: '2030-05-05', time: '14:00', timeZone: BERLIN });
    expect(accepted).toMatchObject({ kind: 'formal-review', origin: 'proposed-after-milestone', milestoneId: major.id, title: 'Formal review after “First review led”' });
    expect(await v.call('meetings.proposals', { menteeId: m.id })).toEqual([]);
    expect((await v.fail('meetings.acceptProposal', { milestoneId: major.id, date: '2030-05-06', time: '14:00' })).code).toBe('CONFLICT');
    expect(await v.fail('meetings.acceptProposal', { milestoneId: minor.id, date: '2030-05-06', time: '14:00' })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^milestoneId:/) });

    // A review already planned after the milestone covers it: no proposal.
    await v.call('milestones.complete', { id: second.id, doneOn: '2025-06-02', evidenceText: 'Led it' });
    expect(await v.call('meetings.proposals', { menteeId: m.id })).toEqual([]);
    await v.call('meetings.setStatus', { id: accepted.id, status: 'cancelled', reason: 'Moved to next quarter' });
    expect((await v.call('meetings.proposals', { menteeId: m.id })).map((p) => p.milestoneId)).toEqual([second.id]);
    await v.call('meetings.dismissProposal', { milestoneId: second.id });
    expect(await v.call('meetings.proposals', { menteeId: m.id })).toEqual([]);

    // The charter can turn the rule off.
    const n = await addMentee(v, 'Gus Nope');
    await addCharter(v, n.id, { pilotStart: '2025-01-06', formal: null, informal: 2, afterMajor: false });
    const g = await addGoal(v, n, 'Ship the SDK');
    const ms = await v.call('milestones.create', { goalId: g.id, title: 'Beta', dueDate: '2025-05-01', major: true, indicator: { kind: 'deliverable', description: 'Beta' } });
    await v.call('milestones.complete', { id: ms.id, doneOn: '2025-04-01', evidenceText: 'Shipped' });
    expect(await v.call('meetings.proposals', { menteeId: n.id })).toEqual([]);
  });
});

describe('moving, skipping, deleting', () => {
  it('only a manual planned meeting with nothing in it can be deleted; held ones are never moved', async () => {
    const m = await addMentee(v, 'Hal Lifecycle');
    await addCharter(v, m.id, { pilotStart: '2030-01-07', formal: null, informal: 1 });
    const planned = await v.call('meetings.plan', { menteeId: m.id, weeks: 1, from: '2030-01-07' });
    expect((await v.fail('meetings.delete', { id: planned.created[0]!.id })).code).toBe('CONFLICT');
    const manual = await v.call('meetings.create', { menteeId: m.id, kind: 'informal-touchpoint', date: '2030-02-01', time: '09:00' });
    await v.call('meetings.saveDraft', { meetingId: manual.id, field: 'notes', text: 'Talked about the move' });
    expect((await v.fail('meetings.delete', { id: manual.id })).code).toBe('CONFLICT');
    await v.call('meetings.saveDraft', { meetingId: manual.id, field: 'notes', text: '' });
    expect(await v.call('meetings.delete', { id: manual.id })).toEqual({ deleted: true });
    expect((await v.fail('meetings.get', { id: manual.id })).code).toBe('NOT_FOUND');

    const held = planned.created[0]!;
    await v.call('meetings.start', { id: held.id });
    await v.call('meetings.end', { id: held.id });
    expect((await v.fail('meetings.reschedule', { id: held.id, date: '2030-01-08', time: '10:00' })).code).toBe('CONFLICT');
    expect((await v.fail('meetings.setStatus', { id: held.id, status: 'skipped' })).code).toBe('CONFLICT');
  });
});

describe('the dashboards show the next planned meeting', () => {
  it('is the earliest planned meeting on or after the day', async () => {
    const m = await addMentee(v, 'Ivy Next');
    const first = await v.call('meetings.create', { menteeId: m.id, kind: 'informal-touchpoint', date: '2030-02-10', time: '09:00' });
    await v.call('meetings.create', { menteeId: m.id, kind: 'formal-review', date: '2030-03-10', time: '09:00' });
    expect((await v.call('dashboard.mentee', { menteeId: m.id, asOf: '2030-02-01' })).nextMeetingDate).toBe('2030-02-10');
    await v.call('meetings.setStatus', { id: first.id, status: 'skipped' });
    expect((await v.call('dashboard.mentee', { menteeId: m.id, asOf: '2030-02-01' })).nextMeetingDate).toBe('2030-03-10');
    expect((await v.call('dashboard.mentee', { menteeId: m.id, asOf: '2030-03-11' })).nextMeetingDate).toBeNull();
    const row = (await v.call('dashboard.overview', { asOf: '2030-02-01', search: 'Ivy Next' })).rows[0];
    expect(row?.nextMeetingDate).toBe('2030-03-10');
  });
});
