import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { adjustSession, updateClient } from '../../../src/main/features/mentor/clients';
import { hoursCsv, logRows } from '../../../src/main/features/mentor/hours-log';
import { hoursSummary, loggedSessions, toHours } from '../../../src/main/features/mentor/hours';
import { readRecordPdfData } from '../../../src/main/features/mentor/export';
import { documentWords } from '../../../src/main/features/documents/words';
import { addMentee, openMeetingVault, type MeetingVault } from '../meetings/harness';
import { holdMeeting } from './harness';

/**
 * Whatever the meetings, corrections, payments and period: the screen's summary, the
 * log's rows, the CSV and the record PDF's data agree, per client and in all.
 */
let v: MeetingVault;
const meetings: number[] = [];
const mentees: number[] = [];

beforeAll(async () => {
  v = await openMeetingVault('mentor-one-truth');
  for (let m = 0; m < 3; m++) mentees.push((await addMentee(v, `Truth Mentee ${m}`)).id);
  // Twelve held meetings over a year, each mentee in turn, some with the mode's clock.
  for (let i = 0; i < 12; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    meetings.push(await holdMeeting(v, mentees[i % 3]!, `2026-${month}-1${i % 9}`, { minutes: 30 + 5 * i, clockSeconds: i % 2 ? 40 * 60 + i * 7 : undefined }));
  }
});
afterAll(() => v.close());

const day = fc.integer({ min: 1, max: 365 }).map((n) => new Date(Date.UTC(2026, 0, n)).toISOString().slice(0, 10));

describe('one truth for the hours log', () => {
  it('summary, log rows, CSV and record agree for random corrections, payments and periods', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ meeting: fc.integer({ min: 0, max: 11 }), minutes: fc.option(fc.integer({ min: 1, max: 300 })), group: fc.boolean() }), { maxLength: 6 }),
        fc.array(fc.record({ mentee: fc.integer({ min: 0, max: 2 }), paid: fc.boolean(), consent: fc.boolean() }), { maxLength: 3 }),
        fc.tuple(fc.option(day), fc.option(day)),
        (corrections, clients, [a, b]) => {
          for (const c of corrections) {
            adjustSession(v.db, { meetingId: meetings[c.meeting]!, minutes: c.minutes, reason: 'Checked against the calendar', format: c.group ? 'group' : 'individual', groupSize: c.group ? 3 : null });
          }
          for (const c of clients) updateClient(v.db, mentees[c.mentee]!, { payment: c.paid ? 'paid' : 'pro-bono', consentToList: c.consent, pseudonym: `P${c.mentee}`, contact: '' });
          const [from, to] = a && b && a > b ? [b, a] : [a, b];
          const period = { from, to };
          const sessions = loggedSessions(v.db, period);
          const summary = hoursSummary(v.db, period);
          const rows = logRows(v.db, period);
          const csv = (parse(hoursCsv(v.db, period, documentWords()).toString('utf8').slice(1)) as string[][]).slice(1);
          const record = readRecordPdfData(v.db, period, '2026-12-31');
          const minutes = sessions.reduce((n, s) => n + s.minutes, 0);

          expect(summary.totals.sessions).toBe(sessions.length);
          expect(summary.totals.clientHours).toBe(toHours(minutes));
          expect(rows.reduce((n, r) => n + r.sessions, 0)).toBe(sessions.length);
          expect(csv.reduce((n, r) => n + Number(r[6]), 0)).toBe(sessions.length);
          expect(csv.reduce((n, r) => n + Number(r[9]), 0)).toBeCloseTo(summary.totals.clientHours, 1);
          expect(summary.byMonth.reduce((n, m) => n + m.paidHours + m.proBonoHours, 0)).toBeCloseTo(summary.totals.clientHours, 1);
          for (const c of summary.byClient) {
            const mine = sessions.filter((s) => s.menteeId === c.menteeId);
            expect(c.totalHours).toBe(toHours(mine.reduce((n, s) => n + s.minutes, 0)));
            expect(c.paidHours + c.proBonoHours).toBeCloseTo(c.totalHours, 1);
          }
          expect(record.summary).toEqual(summary);
          expect(record.log).toEqual(rows);
        },
      ),
      { numRuns: 60 },
    );
  });
});
