import { MEETING_FORMATS, MEETING_FREQUENCIES, PILOT_STATES, type MeetingFormat, type MeetingFrequency, type PilotInfo, type PilotState } from '../../../shared/charter/schema';
import { catalogue, type MessageId } from '../../../shared/i18n/catalogue';
import { translator, type MessageValues } from '../../../shared/i18n/intl';
import { getActiveLocale } from '../../i18n/active-locale';
import { formatDate } from '../mentees/format';

/** A charter message in the language of the screens, for helpers called outside React's tree. */
export function charterWords(id: MessageId, values?: MessageValues): string {
  return translator(getActiveLocale()).t(id, values);
}

export const frequencyLabel = (frequency: MeetingFrequency) => charterWords(`charter.frequency.${frequency}`);
export const formatLabel = (format: MeetingFormat) => charterWords(`charter.format.${format}`);
export const pilotStateLabel = (state: PilotState) => charterWords(`charter.pilot.state.${state}`);

/** The choices of a <select>, in the language of the screens (call during render). */
export const frequencyOptions = () => MEETING_FREQUENCIES.map((value) => ({ value, label: frequencyLabel(value) }));
export const formatOptions = () => MEETING_FORMATS.map((value) => ({ value, label: formatLabel(value) }));

/** The pilot states in English, for screens not converted to the catalogue yet. */
export const PILOT_STATE_LABELS = Object.fromEntries(PILOT_STATES.map((s) => [s, catalogue.en[`charter.pilot.state.${s}`]!.message])) as Record<PilotState, string>;

/** One line about the pilot: where it stands and when its review is. */
export function pilotSummary(pilot: Pick<PilotInfo, 'state' | 'startDate' | 'weeks' | 'reviewDate' | 'reviewedOn' | 'daysToReview'>): string {
  if (pilot.state === 'not-planned' || !pilot.reviewDate) return charterWords('charter.pilot.noStart');
  const span = { weeks: pilot.weeks, start: formatDate(pilot.startDate) };
  if (pilot.state === 'done') return charterWords('charter.pilot.reviewed', { ...span, reviewed: formatDate(pilot.reviewedOn) });
  const days = pilot.daysToReview ?? 0;
  const review = formatDate(pilot.reviewDate);
  return days >= 0 ? charterWords('charter.pilot.upcoming', { ...span, review, days }) : charterWords('charter.pilot.overdue', { ...span, review, days: -days });
}
