import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endMeeting, startMeeting } from '../../../src/main/features/meetings/lifecycle';
import { makeReportPdf } from '../../../src/main/features/documents/export';
import { readReportMeetings } from '../../../src/main/features/documents/queries';
import { shortDate } from '../../../src/main/features/documents/typeset';
import { plusDays } from '../../../src/shared/dates';
import { openHarness, type Harness } from '../../helpers/confidential-vault';
import { buildPlan, type PlanFixture } from './fixture';
import { flatText, inOrder } from './poppler';

/**
 * The report's meetings: those HELD in the period, with their decisions, action items
 * and wins, read from the meetings' own tables. Never what the mentor keeps for
 * themself about a meeting: its private note, unfinished drafts, the self-assessment.
 */
const FONTS = resolve('resources/fonts');
let h: Harness;
let plan: PlanFixture;
const SECRET = 'MEETING_SECRET_7Q2';

/** A meeting held on its planned day: the meeting mode opened and closed then (a held meeting takes the time it was held). */
async function heldMeeting(date: string, title: string, capture: (meetingId: number) => Promise<void>): Promise<number> {
  const meeting = await h.ok('meetings.create', { menteeId: plan.menteeId, kind: 'formal-review', title, date, time: '10:00', timeZone: 'Europe/London' });
  startMeeting(h.db, meeting.id, date, meeting.startsAt);
  await capture(meeting.id);
  endMeeting(h.db, { id: meeting.id, recalibrations: [] }, date, new Date(Date.parse(meeting.startsAt) + 45 * 60_000).toISOString());
  return meeting.id;
}

beforeAll(async () => {
  h = await openHarness('pdf-meetings');
  plan = await buildPlan(h);
  const d = (days: number) => plusDays(plan.today, days);
  await heldMeeting(d(-20), 'Quarterly review with Ada', async (id) => {
    await h.ok('meetings.addDecision', { meetingId: id, decision: 'Ada chairs the next council review', rationale: 'She is ready.' });
    await h.ok('meetings.addAction', { meetingId: id, title: 'Book the council room', owner: 'mentor', dueDate: d(-10) });
    await h.ok('meetings.addAction', { meetingId: id, title: 'Draft the review agenda', owner: 'mentee', dueDate: null });
    await h.ok('meetings.addWin', { meetingId: id, text: 'Council adopted her minutes template' });
    // The mentor's own material about the meeting: none of it may reach the report.
    await h.ok('meetings.savePrivateNote', { meetingId: id, noteId: null, text: `${SECRET}_NOTE` });
    await h.ok('meetings.saveDraft', { meetingId: id, field: 'win', text: `${SECRET}_DRAFT` });
  });
  await heldMeeting(d(-200), 'An old review', async (id) => {
    await h.ok('meetings.addDecision', { meetingId: id, decision: 'A decision long before the period', rationale: 'Old.' });
  });
  await h.ok('meetings.create', { menteeId: plan.menteeId, kind: 'informal-touchpoint', title: 'A touchpoint never held', date: d(-5), time: '09:00', timeZone: 'Europe/London' });
});
afterAll(() => h?.close());

describe('meetings in the progress report', () => {
  it('reads only held meetings of the period, with their decisions, actions and wins', () => {
    const meetings = readReportMeetings(h.db, plan.menteeId, plan.period.from, plan.period.to);
    expect(meetings).toEqual([
      {
        date: plusDays(plan.today, -20),
        kind: 'Formal review',
        kindId: 'formal-review',
        title: 'Quarterly review with Ada',
        decisions: ['Ada chairs the next council review'],
        actionItems: [
          { text: 'Book the council room', owner: 'mentor', dueDate: plusDays(plan.today, -10), doneOn: null },
          { text: 'Draft the review agenda', owner: 'mentee', dueDate: null, doneOn: null },
        ],
        wins: ['Council adopted her minutes template'],
      },
    ]);
  });

  it('shows them in the PDF, the wins among the wins, and nothing private', async () => {
    const report = await makeReportPdf(h.db, { menteeId: plan.menteeId, ...plan.period }, { fontsDir: FONTS, today: plan.today });
    const text = flatText(report.bytes);
    const day = shortDate(plusDays(plan.today, -20));
    expect(inOrder(text, ['5. Wins', `${day}: Council adopted her minutes template`, '7. Meetings', `${day}: Quarterly review with Ada`, 'Formal review', 'Decisions', 'Ada chairs the next council review', 'Action items', 'Book the council room', 'Mentor', 'Draft the review agenda', 'Mentee', 'Open', '8. Decision log'])).toEqual({
      ok: true,
      missing: null,
    });
    expect(text).toContain('Meetings held');
    expect(text).not.toContain('An old review');
    expect(text).not.toContain('A touchpoint never held');
    expect(text).not.toContain(SECRET);
  });
});
