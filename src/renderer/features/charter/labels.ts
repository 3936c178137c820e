import { MEETING_FORMATS, MEETING_FREQUENCIES, type MeetingFormat, type MeetingFrequency, type PilotInfo, type PilotState } from '../../../shared/charter/schema';
import { formatDate } from '../mentees/format';

export const FREQUENCY_LABELS: Record<MeetingFrequency, string> = { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly' };
export const FORMAT_LABELS: Record<MeetingFormat, string> = { 'in-person': 'In person', video: 'Video call', phone: 'Phone', async: 'Asynchronous' };
export const FREQUENCY_OPTIONS = MEETING_FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] }));
export const FORMAT_OPTIONS = MEETING_FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }));

export const PILOT_STATE_LABELS: Record<PilotState, string> = {
  'not-planned': 'Pilot not planned',
  'not-started': 'Pilot not started',
  'in-pilot': 'In pilot',
  'review-due': 'Pilot review due',
  done: 'Pilot reviewed',
};

/** One line about the pilot: where it stands and when its review is. */
export function pilotSummary(pilot: Pick<PilotInfo, 'state' | 'startDate' | 'weeks' | 'reviewDate' | 'reviewedOn' | 'daysToReview'>): string {
  if (pilot.state === 'not-planned' || !pilot.reviewDate) return 'No pilot start date yet.';
  const span = `${pilot.weeks} weeks from ${formatDate(pilot.startDate)}`;
  if (pilot.state === 'done') return `${span}; reviewed on ${formatDate(pilot.reviewedOn)}.`;
  const days = pilot.daysToReview ?? 0;
  const when = days > 0 ? `in ${days} ${days === 1 ? 'day' : 'days'}` : days === 0 ? 'today' : `${-days} ${days === -1 ? 'day' : 'days'} ago`;
  return `${span}; first formal review ${formatDate(pilot.reviewDate)} (${when}).`;
}
