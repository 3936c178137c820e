import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { PASSPHRASE } from '../../helpers/vault';
import { fillCanaries, type Canaries } from '../../helpers/canaries';
import { addGoal, addMentee, openMeetingVault, type MeetingVault } from '../meetings/harness';

/**
 * The calendar file, read back by an independent parser (ical.js): one event per planned
 * meeting with the meeting's uid, the right instant in its own zone (VTIMEZONE included),
 * SEQUENCE going up on a move, kind and agenda headings in the description, and none of
 * the confidential or captured text planted everywhere else.
 */
let v: MeetingVault;
let ada: { id: number; aimId: number; name: string };
let ben: { id: number; aimId: number; name: string };
let canaries: Canaries;
const planted: string[] = [];
const ids: Record<string, number> = {};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        sequence: event.sequence,
        status: component.getFirstPropertyValue('status'),
        tzid: component.getFirstProperty('dtstart')!.getParameter('tzid'),
        start: event.startDate.toJSDate().toISOString(),
        minutes: (event.endDate.toUnixTime() - event.startDate.toUnixTime()) / 60,
      };
    }),
  };
}

async function exportTo(name: string, menteeId?: number) {
  const path = join(v.dir, name);
  v.platform.nextSavePath = path;
  const result = await v.call('calendar.exportIcs', menteeId === undefined ? {} : { menteeId });
  expect(result).toMatchObject({ path, events: expect.any(Number), bytes: expect.any(Number) });
  return { text: readFileSync(path, 'utf8'), result: result! };
}

beforeAll(async () => {
  v = await openMeetingVault('ics');
  ada = await addMentee(v, 'Ada Ics');
  ben = await addMentee(v, 'Ben Ics');
  canaries = fillCanaries(v.db, { menteeId: ada.id });
  const canary = (label: string) => {
    const text = `CANARY_MEETING_${label}_${planted.length}`;
    planted.push(text);
    return text;
  };
  const make = async (key: string, menteeId: number, kind: 'formal-review' | 'informal-touchpoint', date: string, time: string, timeZone: string) => {
    ids[key] = (await v.call('meetings.create', { menteeId, kind, date, time, timeZone })).id;
  };
  await make('winter', ada.id, 'informal-touchpoint', '2030-03-04', '10:00', 'Europe/Berlin');
  await make('summer', ada.id, 'formal-review', '2030-04-01', '10:00', 'Europe/Berlin');
  await make('cancelled', ada.id, 'informal-touchpoint', '2030-04-15', '10:00', 'Europe/Berlin');
  await make('held', ada.id, 'formal-review', '2030-02-01', '09:00', 'Europe/Berlin');
  await make('ny', ben.id, 'informal-touchpoint', '2030-07-01', '09:15', 'America/New_York');
  await v.call('meetings.setStatus', { id: ids.cancelled!, status: 'cancelled', reason: canary('STATUS_REASON') });

  // Capture of every kind, with canaries, on the planned review and on the held one.
  const goal = await addGoal(v, ada, 'Lead design reviews');
  for (const key of ['summer', 'held'] as const) {
    const id = ids[key]!;
    const m = await v.call('meetings.get', { id });
    await v.call('meetings.saveDraft', { meetingId: id, field: 'notes', text: canary('NOTES') });
    await v.call('meetings.saveDraft', { meetingId: id, field: `item:${m.agenda[0]!.id}`, text: canary('ITEM_NOTES') });
    for (const field of ['win', 'decision', 'decision-rationale', 'action', 'evidence'] as const) {
      await v.call('meetings.saveDraft', { meetingId: id, field, text: canary(`DRAFT_${field.toUpperCase()}`) });
    }
    await v.call('meetings.addWin', { meetingId: id, text: canary('WIN') });
    await v.call('meetings.addEvidence', { meetingId: id, text: canary('EVIDENCE') });
    await v.call('meetings.addDecision', { meetingId: id, decision: canary('DECISION'), rationale: canary('RATIONALE') });
    await v.call('meetings.addAction', { meetingId: id, title: canary('ACTION'), owner: 'mentee', dueDate: null });
    await v.call('meetings.savePrivateNote', { meetingId: id, noteId: null, text: canary('PRIVATE_NOTE') });
    await v.call('meetings.recordSelfAssessment', { meetingId: id, reflection: canary('REFLECTION'), ratings: [{ goalId: goal.id, rating: 3, comment: canary('RATING_COMMENT') }] });
    await v.call('meetings.score', { meetingId: id, dimensionId: m.rubric.dimensions[0]!.id, score: 2, comment: canary('SCORE_COMMENT') });
    await v.call('meetings.saveProgress', { meetingId: id, currentItemId: m.agenda[1]!.id, elapsedSeconds: 90, items: [] });
  }
  await v.call('meetings.start', { id: ids.held! });
  await v.call('meetings.end', { id: ids.held! });
});
afterAll(() => v.close());

describe('calendar.exportIcs', () => {
  it('writes one event per meeting with its uid, its instant in its own zone, and its kind and agenda headings', async () => {
    const { text, result } = await exportTo('all.ics');
    const { events, calendar } = parse(text);
    expect(result.events).toBe(5);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['America/New_York', 'Europe/Berlin']);
    const summer = (await v.call('meetings.get', { id: ids.summer! }))!;
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get(summer.uid)).toMatchObject({
      summary: 'Formal review · Ada Ics',
      tzid: 'Europe/Berlin',
      start: '2030-04-01T08:00:00.000Z',
      minutes: 45,
      sequence: 0,
      status: 'CONFIRMED',
    });
    expect(byUid.get(summer.uid)!.description).toBe(
      [
        'Formal review with Ada Ics, 45 minutes.',
        '',
        'Agenda:',
        '- Review action items (10 min)',
        '- Self-assessment (10 min)',
        '- Goals and milestones (20 min)',
        '- Feedback rubric (10 min)',
        '- Wins to celebrate (5 min)',
        '- Next steps (5 min)',
      ].join('\n'),
    );
    const winter = await v.call('meetings.get', { id: ids.winter! });
    expect(byUid.get(winter.uid)).toMatchObject({ tzid: 'Europe/Berlin', start: '2030-03-04T09:00:00.000Z' });
    expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:20300304T100000/);
    const ny = await v.call('meetings.get', { id: ids.ny! });
    expect(byUid.get(ny.uid)).toMatchObject({ summary: 'Informal touchpoint · Ben Ics', tzid: 'America/New_York', start: '2030-07-01T13:15:00.000Z' });
    const cancelled = await v.call('meetings.get', { id: ids.cancelled! });
    expect(byUid.get(cancelled.uid)).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    // Held, it is sent at the time it was held, not the date it was planned for.
    const held = await v.call('meetings.get', { id: ids.held! });
    expect(held.plannedStartsAt).toBe('2030-02-01T08:00:00.000Z');
    expect(held.startsAt).not.toBe(held.plannedStartsAt);
    expect(byUid.get(held.uid)).toMatchObject({ start: held.startsAt, tzid: 'Europe/Berlin', status: 'CONFIRMED', sequence: 1 });
  });

  it('contains nothing confidential and no captured text (canaries everywhere else)', async () => {
    const { text } = await exportTo('canaries.ics');
    expect(planted.length).toBeGreaterThan(20);
    for (const c of [...canaries.all, ...planted]) expect(text, c).not.toContain(c);
    // The canaries are really in the vault, where an export could have picked them up.
    const inVault = v.db.prepare("SELECT count(*) FROM meeting_wins WHERE text LIKE 'CANARY_MEETING_WIN_%'").pluck().get();
    expect(inVault).toBe(2);
  });

  it('keeps the uid when a meeting moves, with a higher SEQUENCE, so re-importing updates the event', async () => {
    const before = parse((await exportTo('before.ics')).text).events;
    const moved = await v.call('meetings.reschedule', { id: ids.winter!, date: '2030-03-05', time: '15:30' });
    const after = parse((await exportTo('after.ics')).text).events;
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
    expect(after.find((e) => e.uid === moved.uid)).toMatchObject({ sequence: 1, start: '2030-03-05T14:30:00.000Z', tzid: 'Europe/Berlin' });
  });

  it('exports one mentee alone, and nothing when the dialog is cancelled', async () => {
    const { text, result } = await exportTo('ben.ics', ben.id);
    expect(result.events).toBe(1);
    expect(parse(text).events.map((e) => e.summary)).toEqual(['Informal touchpoint · Ben Ics']);
    expect(text).not.toContain('Ada Ics');
    v.platform.cancelNextDialog = true;
    expect(await v.call('calendar.exportIcs', {})).toBeNull();
    expect((await v.fail('calendar.exportIcs', { menteeId: 999_999 })).code).toBe('NOT_FOUND');
  });

  it('the CLI verb writes the same events for one mentee', async () => {
    const out = join(v.dir, 'cli.ics');
    const result = await runCli(['export', 'ics', v.vaultPath, '--mentee', 'ada ics', '--out', out], { passphrase: PASSPHRASE });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*cli\.ics: 4 events, \d+ bytes/);
    const events = parse(readFileSync(out, 'utf8')).events;
    expect(events.map((e) => e.summary).sort()).toEqual(['Formal review · Ada Ics', 'Formal review · Ada Ics', 'Informal touchpoint · Ada Ics', 'Informal touchpoint · Ada Ics']);
    const unknown = await runCli(['export', 'ics', v.vaultPath, '--mentee', 'Nobody', '--out', join(v.dir, 'nobody.ics')], { passphrase: PASSPHRASE });
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/No mentee has that name/);
  });
});
