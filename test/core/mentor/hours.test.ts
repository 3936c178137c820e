import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { makeHoursFile } from '../../../src/main/features/mentor/export';
import { addMentee, openMeetingVault, type MeetingVault } from '../meetings/harness';
import { holdMeeting, sum } from './harness';

let v: MeetingVault;
let ada: { id: number; name: string };
let ben: { id: number; name: string };
let held: { clock: number; planned: number; benFirst: number; benSecond: number };

beforeAll(async () => {
  v = await openMeetingVault('mentor-hours');
  ada = await addMentee(v, 'Ada Lovelace');
  ben = await addMentee(v, 'Ben Okafor');
  held = {
    clock: await holdMeeting(v, ada.id, '2026-01-10', { minutes: 45, clockSeconds: 50 * 60 + 20 }),
    planned: await holdMeeting(v, ada.id, '2026-02-14', { minutes: 60 }),
    benFirst: await holdMeeting(v, ben.id, '2026-02-20', { minutes: 30 }),
    benSecond: await holdMeeting(v, ben.id, '2026-03-05', { minutes: 90, clockSeconds: 30 }),
  };
  // A meeting that was only planned never counts.
  await v.call('meetings.create', { menteeId: ben.id, kind: 'formal-review', date: '2026-03-20', time: '09:00', timeZone: 'Europe/London' });
  await v.call('mentor.updateClient', { menteeId: ada.id, payment: 'paid', consentToList: true, pseudonym: 'Client A', contact: 'ada@example.org' });
  await v.call('mentor.updateClient', { menteeId: ben.id, payment: 'pro-bono', consentToList: false, pseudonym: 'Client B', contact: 'ben@example.org' });
});
afterAll(() => v.close());

describe('hours derived from held meetings', () => {
  it('counts the meeting clock when it ran, else the planned length', async () => {
    const sessions = await v.call('mentor.sessions', { from: null, to: null });
    expect(sessions.map((s) => [s.meetingId, s.minutes, s.source])).toEqual([
      [held.clock, 50, 'clock'],
      [held.planned, 60, 'planned'],
      [held.benFirst, 30, 'planned'],
      // 30 seconds on the clock: the mode was opened, not used to run the meeting.
      [held.benSecond, 90, 'planned'],
    ]);
  });

  it('lists a mentee without consent by pseudonym only, and never their contact', async () => {
    const summary = await v.call('mentor.hours', { from: null, to: null });
    expect(summary.byClient.map((c) => [c.listedAs, c.contact, c.sessions, c.totalHours])).toEqual([
      ['Ada Lovelace', 'ada@example.org', 2, 1.83],
      ['Client B', '', 2, 2],
    ]);
    expect(JSON.stringify(summary)).not.toContain('Ben Okafor');
    expect(JSON.stringify(summary)).not.toContain('ben@example.org');
  });

  it('splits paid and pro bono, per month and year, and the totals add up', async () => {
    const s = await v.call('mentor.hours', { from: null, to: null });
    expect(s.totals).toMatchObject({ sessions: 4, clientHours: 3.83, paidHours: 1.83, proBonoHours: 2, individualHours: 3.83, groupHours: 0 });
    expect(s.byMonth).toEqual([
      { month: '2026-01', paidHours: 0.83, proBonoHours: 0 },
      { month: '2026-02', paidHours: 1, proBonoHours: 0.5 },
      { month: '2026-03', paidHours: 0, proBonoHours: 1.5 },
    ]);
    expect(s.byYear).toEqual([{ year: '2026', clientHours: 3.83 }]);
    expect(sum(s.byClient.map((c) => c.totalHours))).toBeCloseTo(s.totals.clientHours, 2);
  });

  it('a period keeps only the meetings held in it', async () => {
    const s = await v.call('mentor.hours', { from: '2026-02-01', to: '2026-02-28' });
    expect(s.totals.sessions).toBe(2);
    expect(s.byClient.map((c) => [c.listedAs, c.firstSession, c.lastSession])).toEqual([
      ['Ada Lovelace', '2026-02-14', '2026-02-14'],
      ['Client B', '2026-02-20', '2026-02-20'],
    ]);
    expect((await v.fail('mentor.hours', { from: '2026-03-01', to: '2026-02-01' })).issues?.[0]).toMatchObject({ path: ['to'], message: 'To must not be before From' });
  });

  it('a corrected length needs a reason, applies only to a held meeting, and can be undone', async () => {
    const refused = await v.fail('mentor.adjustSession', { meetingId: held.benFirst, minutes: 40, reason: '  ', format: 'individual', groupSize: null });
    expect(refused.issues?.[0]).toMatchObject({ path: ['reason'], message: 'Say why the length differs' });
    const planned = await v.call('meetings.list', { menteeId: ben.id, offset: 0, limit: 10 });
    const notHeld = planned.rows.find((m) => m.status === 'planned')!;
    expect((await v.fail('mentor.adjustSession', { meetingId: notHeld.id, minutes: 40, reason: 'x', format: 'individual', groupSize: null })).code).toBe('CONFLICT');

    const adjusted = await v.call('mentor.adjustSession', { meetingId: held.benFirst, minutes: 40, reason: 'Ran over by ten minutes', format: 'group', groupSize: 4 });
    expect(adjusted).toMatchObject({ minutes: 40, source: 'adjusted', reason: 'Ran over by ten minutes', format: 'group', groupSize: 4, listedAs: 'Client B' });
    const s = await v.call('mentor.hours', { from: null, to: null });
    expect(s.totals).toMatchObject({ clientHours: 4, groupHours: 0.67, individualHours: 3.33 });

    const back = await v.call('mentor.adjustSession', { meetingId: held.benFirst, minutes: null, reason: '', format: 'individual', groupSize: null });
    expect(back).toMatchObject({ minutes: 30, source: 'planned', format: 'individual' });
  });
});

describe('the exported log', () => {
  it('CSV: the accreditation columns, one row per client and kind, totals equal to the screen', async () => {
    const made = await makeHoursFile(v.db, 'csv', { from: null, to: null });
    const text = made.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1)) as string[][];
    expect(rows[0]).toEqual(['Client', 'Contact (with consent)', 'Individual or group', 'Number in group', 'First session', 'Last session', 'Sessions', 'Paid hours', 'Pro bono hours', 'Total hours']);
    expect(rows.slice(1)).toEqual([
      ['Ada Lovelace', 'ada@example.org', 'Individual', '', '2026-01-10', '2026-02-14', '2', '1.83', '0.00', '1.83'],
      ['Client B', '', 'Individual', '', '2026-02-20', '2026-03-05', '2', '0.00', '2.00', '2.00'],
    ]);
    const s = await v.call('mentor.hours', { from: null, to: null });
    expect(sum(rows.slice(1).map((r) => Number(r[9])))).toBeCloseTo(s.totals.clientHours, 2);
    expect(text).not.toContain('Ben Okafor');
  });

  it('a name that looks like a formula is written as text', async () => {
    const eve = await addMentee(v, '=HYPERLINK("http://x")');
    await v.call('mentor.updateClient', { menteeId: eve.id, payment: 'paid', consentToList: true, pseudonym: 'Client E', contact: '' });
    await holdMeeting(v, eve.id, '2026-04-01');
    const text = (await makeHoursFile(v.db, 'csv', { from: '2026-04-01', to: '2026-04-30' })).bytes.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('XLSX: four sheets read back by an independent reader, the same figures', async () => {
    const made = await makeHoursFile(v.db, 'xlsx', { from: '2026-01-01', to: '2026-03-31' });
    const sheets = await readXlsxFile(made.bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['Client hours', 'Sessions', 'Training', 'Supervision']);
    const log = sheets[0]!.data;
    expect(log[0]![0]).toBe('Client');
    expect(log.slice(1, -1).map((r) => [r[0], r[6], r[9]])).toEqual([
      ['Ada Lovelace', 2, 1.83],
      ['Client B', 2, 2],
    ]);
    expect(log.at(-1)!.slice(6)).toEqual([4, 1.83, 2, 3.83]);
    expect(sheets[1]!.data.length).toBe(5);
    expect(JSON.stringify(sheets)).not.toContain('Ben Okafor');
  });

  it('in German: column heads, sheet names, words in cells and the file name, with the same figures', async () => {
    const csv = await makeHoursFile(v.db, 'csv', { from: '2026-01-01', to: '2026-03-31' }, 'de');
    expect(csv.fileName).toBe('Protokoll der Klientenstunden 2026-01-01 bis 2026-03-31.csv');
    const rows = parse(csv.bytes.toString('utf8').slice(1)) as string[][];
    expect(rows[0]).toEqual(['Klient', 'Kontakt (mit Einwilligung)', 'Einzeln oder Gruppe', 'Personen in der Gruppe', 'Erste Sitzung', 'Letzte Sitzung', 'Sitzungen', 'Bezahlte Stunden', 'Unentgeltliche Stunden', 'Stunden gesamt']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[9]])).toEqual([
      ['Ada Lovelace', 'Einzeln', '1.83'],
      ['Client B', 'Einzeln', '2.00'],
    ]);
    const sheets = await readXlsxFile((await makeHoursFile(v.db, 'xlsx', { from: '2026-01-01', to: '2026-03-31' }, 'de')).bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['Klientenstunden', 'Sitzungen', 'Fortbildung', 'Supervision']);
    expect(sheets[0]!.data.at(-1)!.slice(0, 1).concat(sheets[0]!.data.at(-1)!.slice(6))).toEqual(['Gesamt', 4, 1.83, 2, 3.83]);
    expect(sheets[1]!.data[0]).toEqual(['Datum', 'Klient', 'Einzeln oder Gruppe', 'Bezahlt oder unentgeltlich', 'Stunden', 'Gezählt nach']);
    expect(JSON.stringify(sheets)).not.toMatch(/Client hours|Individual|Pro bono|Meeting clock|Planned length/);
  });
});
