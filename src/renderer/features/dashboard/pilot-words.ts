import type { IntlShape } from 'react-intl';
import type { PilotInfo } from '../../../shared/charter/schema';
import { formatDate } from '../mentees/format';

/** One line about the pilot, in the screens' language: where it stands and when its review is. */
export function pilotSummary(intl: IntlShape, pilot: Pick<PilotInfo, 'state' | 'startDate' | 'weeks' | 'reviewDate' | 'reviewedOn' | 'daysToReview'>): string {
  if (pilot.state === 'not-planned' || !pilot.reviewDate) return intl.formatMessage({ id: 'dashboard.pilot.noStart' });
  const span = { weeks: pilot.weeks, start: formatDate(pilot.startDate) };
  if (pilot.state === 'done') return intl.formatMessage({ id: 'dashboard.pilot.reviewed' }, { ...span, reviewed: formatDate(pilot.reviewedOn) });
  const days = pilot.daysToReview ?? 0;
  const review = formatDate(pilot.reviewDate);
  return days >= 0
    ? intl.formatMessage({ id: 'dashboard.pilot.upcoming' }, { ...span, review, days })
    : intl.formatMessage({ id: 'dashboard.pilot.past' }, { ...span, review, days: -days });
}
