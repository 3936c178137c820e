import { endMeeting, startMeeting } from '../../../src/main/features/meetings/lifecycle';
import type { MeetingVault } from '../meetings/harness';

/**
 * A meeting held through the real lifecycle (create, start, the mode's clock saved,
 * end) on its planned day: the meeting takes the time it was held, so the clock is
 * given as that day's 10:00.
 */
export async function holdMeeting(v: MeetingVault, menteeId: number, date: string, options: { minutes?: number; clockSeconds?: number } = {}) {
  const meeting = await v.call('meetings.create', { menteeId, kind: 'informal-touchpoint', date, time: '10:00', timeZone: 'UTC', minutes: options.minutes ?? 45 });
  const at = `${date}T10:00:00.000Z`;
  startMeeting(v.db, meeting.id, date, at);
  if (options.clockSeconds !== undefined) {
    await v.call('meetings.saveProgress', { meetingId: meeting.id, currentItemId: null, elapsedSeconds: options.clockSeconds, items: [] });
  }
  endMeeting(v.db, { id: meeting.id, recalibrations: [] }, date, at);
  return meeting.id;
}

export const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
