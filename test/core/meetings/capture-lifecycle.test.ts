import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../../src/shared/dates';
import { addCharter, addGoal, addMentee, count, openMeetingVault, type MeetingVault } from './harness';

let v: MeetingVault;
let mentee: { id: number; aimId: number; name: string };
let goals: { onTrack: number; atRisk: number };
let meetings: { id: number; date: string; kind: string }[];

beforeAll(async () => {
  v = await openMeetingVault('capture');
  mentee = await addMentee(v, 'Ada Capture');
  await addCharter(v, mentee.id, { pilotStart: '2030-03-04', formal: 4, informal: 2 });
  const onTrack = await addGoal(v, mentee, 'Lead design reviews');
  const atRisk = await addGoal(v, mentee, 'Publish two articles', 'at-risk');
  await v.call('milestones.create', { goalId: atRisk.id, title: 'First draft', dueDate: '2025-01-10', indicator: { kind: 'deliverable', description: 'Draft' } });
  goals = { onTrack: onTrack.id, atRisk: atRisk.id };
  meetings = (await v.call('meetings.plan', { menteeId: mentee.id, weeks: 12, from: '2030-03-04', timeZone: 'Europe/Berlin' })).created;
});
afterAll(() => v.close());

describe('starting a meeting', () => {
  it('marks it in progress and gives at-risk goals and overdue milestones a place on an agenda that had none', async () => {
    const first = meetings[0]!;
    const before = await v.call('meetings.get', { id: first.id });
    expect(before.agenda.map((i) => i.context)).toEqual(['actions', 'wins', 'free', 'next-steps']);
    expect(before.pulledIn).toMatchObject({ atRiskGoals: [{ id: goals.atRisk, title: 'Publish two articles' }], overdueMilestones: [{ title: 'First draft', goalTitle: 'Publish two articles', dueDate: '2025-01-10' }], openActions: 0 });
    const started = await v.call('meetings.start', { id: first.id });
    expect(started).toMatchObject({ status: 'in-progress', progress: { startedAt: expect.any(String), endedAt: null } });
    expect(started.agenda.map((i) => [i.title, i.context])).toEqual([
      ['At-risk goals and overdue milestones', 'goals'],
      ['Review action items', 'actions'],
      ['Wins since last time', 'wins'],
      ['Obstacles and support needed', 'free'],
      ['Next steps', 'next-steps'],
    ]);
    // Starting again (a reload) changes nothing.
    const again = await v.call('meetings.start', { id: first.id });
    expect(again.agenda).toEqual(started.agenda);
    expect(again.progress.startedAt).toBe(started.progress.startedAt);
  });
});

describe('capture as it is typed', () => {
  it('saves notes, item notes and quick-capture drafts field by field, and resumes them', async () => {
    const id = meetings[0]!.id;
    const m = await v.call('meetings.get', { id });
    const item = m.agenda[3]!;
    await v.call('meetings.saveDraft', { meetingId: id, field: 'notes', text: 'Energy is good' });
    await v.call('meetings.saveDraft', { meetingId: id, field: `item:${item.id}`, text: 'Blocked on the design doc' });
    await v.call('meetings.saveDraft', { meetingId: id, field: 'win', text: 'Shipped the' });
    await v.call('meetings.saveDraft', { meetingId: id, field: 'win', text: 'Shipped the payments review' });
    await v.call('meetings.saveDraft', { meetingId: id, field: 'decision', text: 'Pair on the doc' });
    await v.call('meetings.saveProgress', { meetingId: id, currentItemId: item.id, elapsedSeconds: 754, items: [{ id: item.id, spentSeconds: 120 }] });
    const resumed = await v.call('meetings.get', { id });
    expect(resumed.notes).toBe('Energy is good');
    expect(resumed.agenda[3]).toMatchObject({ notes: 'Blocked on the design doc', spentSeconds: 120 });
    expect(resumed.drafts).toEqual({ win: 'Shipped the payments review', decision: 'Pair on the doc' });
    expect(resumed.progress).toMatchObject({ currentItemId: item.id, elapsedSeconds: 754 });
    // Clearing a draft removes its row.
    await v.call('meetings.saveDraft', { meetingId: id, field: 'decision', text: '' });
    expect(count(v, 'meeting_drafts', 'meeting_id = ?', id)).toBe(1);
  });

  it('refuses fields and items that are not the meeting\'s', async () => {
    const id = meetings[0]!.id;
    const other = await v.call('meetings.get', { id: meetings[1]!.id });
    expect(await v.fail('meetings.saveDraft', { meetingId: id, field: `item:${other.agenda[0]!.id}`, text: 'x' })).toMatchObject({ code: 'INVALID_INPUT', message: /^field:/ });
    expect(await v.fail('meetings.saveDraft', { meetingId: id, field: 'secret', text: 'x' })).toMatchObject({ code: 'INVALID_INPUT', message: /^field: Field must be notes/ });
    expect(await v.fail('meetings.saveProgress', { meetingId: id, currentItemId: other.agenda[0]!.id, elapsedSeconds: 1, items: [] })).toMatchObject({ code: 'INVALID_INPUT', message: /^currentItemId:/ });
    expect((await v.fail('meetings.saveDraft', { meetingId: 999_999, field: 'notes', text: 'x' })).code).toBe('NOT_FOUND');
  });

  it('adds wins, evidence, decisions and action items, each clearing its draft', async () => {
    const id = meetings[0]!.id;
    const win = await v.call('meetings.addWin', { meetingId: id, text: 'Shipped the payments review' });
    expect(win.text).toBe('Shipped the payments review');
    const record = await v.call('evidence.create', { menteeId: mentee.id, kind: 'peer-feedback', date: '2025-06-01', summary: 'Peers praised the review' });
    const evidence = await v.call('meetings.addEvidence', { meetingId: id, evidenceId: record.id, text: 'Shown on screen' });
    expect(evidence).toMatchObject({ evidenceId: record.id, evidenceSummary: 'Peers praised the review', text: 'Shown on screen' });
    await v.call('meetings.addEvidence', { meetingId: id, text: 'Updated CV' });
    await v.call('meetings.saveDraft', { meetingId: id, field: 'decision', text: 'Pair on the doc' });
    await v.call('meetings.saveDraft', { meetingId: id, field: 'decision-rationale', text: 'Faster than async review' });
    const decision = await v.call('meetings.addDecision', { meetingId: id, decision: 'Pair on the doc', rationale: 'Faster than async review' });
    expect(decision).toMatchObject({ decision: 'Pair on the doc', rationale: 'Faster than async review', date: localToday() });
    expect((await v.call('decisions.get', { id: decision.id })).rationale).toBe('Faster than async review');
    await v.call('meetings.addAction', { meetingId: id, title: 'Draft the doc outline', owner: 'mentee', dueDate: '2030-03-10' });
    const second = await v.call('meetings.addAction', { meetingId: id, title: 'Introduce to the architect', owner: 'mentor', dueDate: '2030-03-15' });
    await v.call('meetings.addAction', { meetingId: id, title: 'Read the style guide', owner: 'mentee', dueDate: null });
    // The meeting runs now: its actions come from the meeting of the day it is held, not the day it was planned for.
    const running = await v.call('meetings.get', { id });
    expect(running.plannedDate).toBe('2030-03-04');
    expect(second).toMatchObject({ owner: 'mentor', dueDate: '2030-03-15', doneOn: null, carriedCount: 0, meetingId: id, meetingDate: running.date });
    const m = await v.call('meetings.get', { id });
    expect(m.drafts).toEqual({});
    expect(m.wins.map((w) => w.text)).toEqual(['Shipped the payments review']);
    expect(m.evidence.map((e) => e.text)).toEqual(['Shown on screen', 'Updated CV']);
    expect(m.decisions.map((d) => d.decision)).toEqual(['Pair on the doc']);
    expect(m.actions.raised.map((a) => [a.title, a.owner])).toEqual([
      ['Draft the doc outline', 'mentee'],
      ['Introduce to the architect', 'mentor'],
      ['Read the style guide', 'mentee'],
    ]);
    await v.call('meetings.setActionDone', { id: second.id, done: true, meetingId: id });

    const stranger = await addMentee(v, 'Ben Stranger');
    const foreign = await v.call('evidence.create', { menteeId: stranger.id, kind: 'other', date: '2025-06-01', summary: 'Not hers' });
    expect(await v.fail('meetings.addEvidence', { meetingId: id, evidenceId: foreign.id })).toMatchObject({ code: 'INVALID_INPUT', message: /^evidenceId:/ });
    expect(await v.fail('meetings.addEvidence', { meetingId: id, text: '  ' })).toMatchObject({ code: 'INVALID_INPUT', message: /^text:/ });
    expect(await v.fail('meetings.addDecision', { meetingId: id, decision: 'x', rationale: '' })).toMatchObject({ code: 'INVALID_INPUT', message: 'rationale: Rationale is required' });
    expect(await v.fail('meetings.addAction', { meetingId: id, title: 'x', owner: 'boss', dueDate: null })).toMatchObject({ code: 'INVALID_INPUT', message: /^owner:/ });
  });

  it('keeps the private note in the notes store (confidential), never in the meeting record', async () => {
    const id = meetings[0]!.id;
    const secret = 'PRIVATE_WORRY_ABOUT_BURNOUT';
    const first = await v.call('meetings.savePrivateNote', { meetingId: id, noteId: null, text: `${secret} a` });
    const again = await v.call('meetings.savePrivateNote', { meetingId: id, noteId: first.noteId, text: `${secret} and more` });
    expect(again.noteId).toBe(first.noteId);
    const note = await v.call('notes.get', { id: first.noteId });
    const held = await v.call('meetings.get', { id });
    expect(note).toMatchObject({ meetingId: id, menteeId: mentee.id, body: `${secret} and more`, title: `Informal touchpoint of ${held.date}`, confidential: true });
    const m = await v.call('meetings.get', { id });
    expect(m.privateNoteId).toBe(first.noteId);
    expect(JSON.stringify(m)).not.toContain(secret);
    const meetingText = v.db
      .prepare(
        `SELECT (SELECT group_concat(notes, '|') FROM meetings) || (SELECT group_concat(notes, '|') FROM meeting_agenda_items)
           || coalesce((SELECT group_concat(text, '|') FROM meeting_drafts), '')`,
      )
      .pluck()
      .get() as string;
    expect(meetingText).toContain('Energy is good');
    expect(meetingText).not.toContain(secret);
    // A note of another meeting cannot be written through this one.
    expect(await v.fail('meetings.savePrivateNote', { meetingId: meetings[1]!.id, noteId: first.noteId, text: 'x' })).toMatchObject({ code: 'INVALID_INPUT', message: /^noteId:/ });
  });
});

describe('ending a meeting', () => {
  it('applies recalibrations with their reasons, logs them, carries open actions to the next meeting', async () => {
    const id = meetings[0]!.id;
    expect(await v.fail('meetings.end', { id, recalibrations: [{ goalId: goals.onTrack, targetDate: '2099-09-30', reason: '' }] })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'recalibrations.0.reason: Say why this recalibration is made',
    });
    expect(await v.fail('meetings.end', { id, recalibrations: [{ goalId: goals.onTrack, reason: 'x' }] })).toMatchObject({ code: 'INVALID_INPUT', message: /^recalibrations.0.targetDate: Give a new target date/ });
    expect(await v.fail('meetings.end', { id, recalibrations: [{ goalId: goals.onTrack, targetDate: '2099-06-30', reason: 'Same date' }] })).toMatchObject({ code: 'INVALID_INPUT', message: /^recalibrations.0: This changes nothing/ });
    expect(await v.fail('meetings.end', { id, recalibrations: [{ goalId: goals.onTrack, targetDate: '2024-01-01', reason: 'Too early' }] })).toMatchObject({ code: 'INVALID_INPUT', message: /^recalibrations.0.targetDate:/ });
    // A refusal leaves everything as it was.
    expect((await v.call('meetings.get', { id })).status).toBe('in-progress');
    expect((await v.call('goals.history', { goalId: goals.onTrack })).total).toBe(0);

    const report = await v.call('meetings.end', { id, recalibrations: [{ goalId: goals.onTrack, targetDate: '2099-09-30', reason: 'Reviews move to next quarter' }] });
    expect(report.meeting).toMatchObject({ status: 'held' });
    expect(report.recalibrations).toEqual([
      { goalId: goals.onTrack, goalTitle: 'Lead design reviews', field: 'timeBound.targetDate', from: '2099-06-30', to: '2099-09-30', why: 'Reviews move to next quarter' },
    ]);
    expect((await v.call('goals.get', { id: goals.onTrack })).targetDate).toBe('2099-09-30');
    const history = await v.call('goals.history', { goalId: goals.onTrack });
    expect(history.rows[0]).toMatchObject({ field: 'timeBound.targetDate', from: '2099-06-30', to: '2099-09-30', why: 'Reviews move to next quarter' });
    expect(report.decisions.map((d) => [d.decision, d.rationale, d.changed])).toEqual([
      ['Pair on the doc', 'Faster than async review', ''],
      ['Recalibrate "Lead design reviews"', 'Reviews move to next quarter', 'target date 2099-06-30 → 2099-09-30'],
    ]);
    expect(report.actions.map((a) => [a.title, a.owner, a.dueDate, a.doneOn !== null])).toEqual([
      ['Draft the doc outline', 'mentee', '2030-03-10', false],
      ['Introduce to the architect', 'mentor', '2030-03-15', true],
      ['Read the style guide', 'mentee', null, false],
    ]);
    expect(report.carriedForward).toEqual({ count: 2, toMeetingId: meetings[1]!.id, toDate: '2030-03-18' });
    expect(report.wins.map((w) => w.text)).toEqual(['Shipped the payments review']);
    expect(report.pilotReviewed).toBe(false);
    expect((await v.fail('meetings.end', { id })).code).toBe('CONFLICT');
  });

  it('the next meeting carries the open actions until they are done', async () => {
    const next = await v.call('meetings.get', { id: meetings[1]!.id });
    expect(next.actions.carried.map((a) => [a.title, a.carriedCount])).toEqual([
      ['Draft the doc outline', 1],
      ['Read the style guide', 1],
    ]);
    expect(next.pulledIn.openActions).toBe(2);
    await v.call('meetings.start', { id: next.id });
    await v.call('meetings.setActionDone', { id: next.actions.carried[0]!.id, done: true, meetingId: next.id });
    const report = await v.call('meetings.end', { id: next.id });
    expect(report.actions.map((a) => [a.title, a.doneOn !== null])).toEqual([
      ['Draft the doc outline', true],
      ['Read the style guide', false],
    ]);
    const third = await v.call('meetings.get', { id: meetings[2]!.id });
    expect(third.actions.carried.map((a) => [a.title, a.carriedCount])).toEqual([['Read the style guide', 2]]);
    // The held meeting still shows what it reviewed.
    expect((await v.call('meetings.get', { id: next.id })).actions.carried.map((a) => a.title)).toEqual(['Draft the doc outline', 'Read the style guide']);
    expect((await v.call('meetings.actions', { menteeId: mentee.id })).map((a) => a.title)).toEqual(['Read the style guide']);
  });

  it('a pilot review held before the pilot started does not mark the pilot reviewed', async () => {
    // The pilot starts in 2030; a review held now reviews nothing yet.
    const pilot = meetings.find((m) => m.kind === 'pilot-review')!;
    await v.call('meetings.start', { id: pilot.id });
    const report = await v.call('meetings.end', { id: pilot.id });
    expect(report).toMatchObject({ pilotReviewed: false, pilotNotBegun: true });
    expect((await v.call('charter.get', { menteeId: mentee.id }))!.pilot).toMatchObject({ reviewedOn: null });
    expect((await v.call('charter.get', { menteeId: mentee.id }))!.pilot.state).not.toBe('done');
  });
});

describe('deleting', () => {
  it('clears a private note\'s link when its meeting goes, and the mentee takes every meeting row with it', async () => {
    const m = await addMentee(v, 'Cy Deleted');
    const manual = await v.call('meetings.create', { menteeId: m.id, kind: 'focused-session', date: '2030-05-01', time: '08:00' });
    const { noteId } = await v.call('meetings.savePrivateNote', { meetingId: manual.id, noteId: null, text: 'Quiet worry' });
    await v.call('meetings.delete', { id: manual.id });
    expect((await v.call('notes.get', { id: noteId })).meetingId).toBeNull();

    const other = await v.call('meetings.create', { menteeId: m.id, kind: 'formal-review', date: '2030-05-02', time: '08:00' });
    await v.call('meetings.start', { id: other.id });
    await v.call('meetings.addAction', { meetingId: other.id, title: 'x', owner: 'mentee', dueDate: null });
    await v.call('mentees.delete', { id: m.id, confirmName: 'Cy Deleted' });
    expect(count(v, 'meetings', 'mentee_id = ?', m.id)).toBe(0);
    expect(count(v, 'action_items', 'mentee_id = ?', m.id)).toBe(0);
    expect(count(v, 'meeting_agenda_items', 'meeting_id = ?', other.id)).toBe(0);
  });
});
