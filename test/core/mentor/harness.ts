import type { MeetingVault } from '../meetings/harness';

/**
 * A meeting held through the real lifecycle (create, start, the mode's clock saved,
 * end), so the hours log reads what the app writes.
 */
export async function holdMeeting(v: MeetingVault, menteeId: number, date: string, options: { minutes?: number; clockSeconds?: number } = {}) {
  const meeting = await v.call('meetings.create', { menteeId, kind: 'informal-touchpoint', date, time: '10:00', timeZone: 'Europe/London', minutes: options.minutes ?? 45 });
  await v.call('meetings.start', { id: meeting.id });
  if (options.clockSeconds !== undefined) {
    await v.call('meetings.saveProgress', { meetingId: meeting.id, currentItemId: null, elapsedSeconds: options.clockSeconds, items: [] });
  }
  await v.call('meetings.end', { id: meeting.id, recalibrations: [] });
  return meeting.id;
}

export const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
