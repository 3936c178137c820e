import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../../src/shared/dates';
import { addCharter, addMentee, count, openMeetingVault, type MeetingVault } from './harness';

let v: MeetingVault;
let mentee: { id: number; aimId: number; name: string };
let meetingId: number;

beforeAll(async () => {
  v = await openMeetingVault('corrections');
  mentee = await addMentee(v, 'Ada Corrections');
  await addCharter(v, mentee.id, { pilotStart: '2030-03-04', formal: 4, informal: 2 });
  meetingId = (await v.call('meetings.plan', { menteeId: mentee.id, weeks: 4, from: '2030-03-04', timeZone: 'Europe/Berlin' })).created[0]!.id;
  await v.call('meetings.start', { id: meetingId });
});
afterAll(() => v.close());

describe('notes on the agenda in the summary', () => {
  it('lists each item written on, in agenda order, and leaves out items with no notes', async () => {
    const { agenda } = await v.call('meetings.get', { id: meetingId });
    await v.call('meetings.saveDraft', { meetingId, field: `item:${agenda[2]!.id}`, text: 'Blocked on the design doc.\nAsked the lead for a slot.' });
    await v.call('meetings.saveDraft', { meetingId, field: `item:${agenda[0]!.id}`, text: 'Nothing carried.' });
    await v.call('meetings.saveDraft', { meetingId, field: `item:${agenda[1]!.id}`, text: '   ' });
    const report = await v.call('meetings.summary', { id: meetingId });
    expect(report.itemNotes).toEqual([
      { itemId: agenda[0]!.id, title: agenda[0]!.title, notes: 'Nothing carried.' },
      { itemId: agenda[2]!.id, title: agenda[2]!.title, notes: 'Blocked on the design doc.\nAsked the lead for a slot.' },
    ]);
  });

  it('are edited after the meeting has ended, and the summary shows the new words', async () => {
    const ended = await v.call('meetings.end', { id: meetingId, recalibrations: [] });
    const item = ended.itemNotes[0]!;
    await v.call('meetings.saveDraft', { meetingId, field: `item:${item.itemId}`, text: 'Nothing carried: first meeting.' });
    expect((await v.call('meetings.summary', { id: meetingId })).itemNotes[0]).toMatchObject({ itemId: item.itemId, notes: 'Nothing carried: first meeting.' });
    expect((await v.call('meetings.get', { id: meetingId })).status).toBe('held');
  });
});

describe('a decision captured by mistake', () => {
  it('is withdrawn from its meeting while the decision log keeps it and a correcting entry that refers to it', async () => {
    const kept = await v.call('meetings.addDecision', { meetingId, decision: 'Pair on the doc', rationale: 'Faster than async review' });
    const wrong = await v.call('meetings.addDecision', { meetingId, decision: 'Drop the weekly write-up', rationale: 'Typed in the wrong box' });
    const logBefore = count(v, 'decisions', 'mentee_id = ?', mentee.id);

    expect(await v.call('meetings.removeCapture', { kind: 'decision', id: wrong.id })).toEqual({ deleted: true });

    expect((await v.call('meetings.summary', { id: meetingId })).decisions.map((d) => d.id)).toEqual([kept.id]);
    expect((await v.call('decisions.get', { id: wrong.id })).decision).toBe('Drop the weekly write-up');
    expect(count(v, 'decisions', 'mentee_id = ?', mentee.id)).toBe(logBefore + 1);
    const log = await v.call('decisions.list', { menteeId: mentee.id });
    const correction = log.rows.find((d) => d.entityKind === 'decision' && d.entityId === wrong.id);
    expect(correction).toMatchObject({ decision: 'Withdrawn: Drop the weekly write-up', date: localToday() });
    // The meeting is dated the day it was held (today in its own time zone, Berlin's), not its planned day in 2030.
    const held = (await v.call('meetings.get', { id: meetingId })).date;
    expect(held).not.toBe('2030-03-04');
    expect(correction!.rationale).toMatch(new RegExp(`^Captured by mistake in the .+ of ${held}; taken off that meeting\\.$`));
  });

  it('cannot be withdrawn twice, and a decision of no meeting is not found', async () => {
    const d = await v.call('meetings.addDecision', { meetingId, decision: 'Move the review', rationale: 'Holiday' });
    await v.call('meetings.removeCapture', { kind: 'decision', id: d.id });
    expect(await v.fail('meetings.removeCapture', { kind: 'decision', id: d.id })).toMatchObject({ code: 'NOT_FOUND' });
    const outside = await v.call('decisions.create', { menteeId: mentee.id, date: '2030-03-01', decision: 'Outside', rationale: 'Not a meeting', changed: '', entityKind: null, entityId: null });
    expect(await v.fail('meetings.removeCapture', { kind: 'decision', id: outside.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await v.fail('meetings.removeCapture', { kind: 'note', id: outside.id })).toMatchObject({ code: 'INVALID_INPUT', message: 'kind: Choose a win, evidence, an action or a decision' });
  });
});

describe('an action item corrected after the meeting', () => {
  it('takes new words, owner and due date, and refuses a due date that is not a date, next to the field', async () => {
    const a = await v.call('meetings.addAction', { meetingId, title: 'Draft the rota', owner: 'mentee', dueDate: null });
    const fixed = await v.call('meetings.updateAction', { id: a.id, title: 'Draft the rota for Q3', owner: 'mentor', dueDate: '2030-04-01' });
    expect(fixed).toMatchObject({ title: 'Draft the rota for Q3', owner: 'mentor', dueDate: '2030-04-01' });
    expect((await v.call('meetings.summary', { id: meetingId })).actions.find((x) => x.id === a.id)).toMatchObject({ title: 'Draft the rota for Q3' });
    const refused = await v.fail('meetings.updateAction', { id: a.id, title: 'Draft the rota', owner: 'mentor', dueDate: '2030-02-30' });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.issues?.[0]?.path).toEqual(['dueDate']);
  });
});
