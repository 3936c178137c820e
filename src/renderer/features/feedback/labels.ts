import type { IntlShape } from 'react-intl';
import type { FeedbackGroupFigures, FeedbackGroupName, RaterRelationship } from '../../../shared/feedback/schema';
import { RATER_RELATIONSHIPS } from '../../../shared/feedback/schema';
import { NO_VALUE } from '../../i18n/symbols';

/** A rater's relationship to the mentee, in the screen's language. */
export const relationshipLabel = (intl: IntlShape, r: RaterRelationship) => intl.formatMessage({ id: `feedback.relationship.${r}` });

/** A group of raters as a column of the combined 360. */
export const groupLabel = (intl: IntlShape, g: FeedbackGroupName) => intl.formatMessage({ id: `feedback.group.${g}` });

export const relationshipOptions = (intl: IntlShape) => RATER_RELATIONSHIPS.map((r) => ({ value: r, label: relationshipLabel(intl, r) }));

/** One decimal, in the locale's own way ("3.7", "3,7"). */
export const oneDecimal = (intl: IntlShape, n: number) => intl.formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "3.7 ± 0.5 (4)": mean, standard deviation, raters. */
export function formatGroup(intl: IntlShape, g: FeedbackGroupFigures | undefined): string {
  if (!g) return NO_VALUE;
  return intl.formatMessage({ id: 'feedback.combined.group' }, { mean: oneDecimal(intl, g.mean), sd: oneDecimal(intl, g.sd), count: g.count });
}
