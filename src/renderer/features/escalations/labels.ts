import {
  ESCALATION_CATEGORIES,
  ESCALATION_SEVERITIES,
  ESCALATION_STATUSES,
  type EntryKind,
  type EscalationCategory,
  type EscalationSeverity,
  type EscalationStatus,
} from '../../../shared/escalations/schema';
import { translator } from '../../../shared/i18n/intl';
import { getActiveLocale } from '../../i18n/active-locale';

/** The catalogue in the language of the screens; read at render time, so a change of language shows at once. */
const t = () => translator(getActiveLocale()).t;

export const categoryLabel = (category: EscalationCategory) => t()(`escalations.category.${category}`);
export const severityLabel = (severity: EscalationSeverity) => t()(`escalations.severity.${severity}`);
export const statusLabel = (status: EscalationStatus) => t()(`escalations.status.${status}`);
export const kindLabel = (kind: EntryKind) => t()(`escalations.kind.${kind}`);

const options = <K extends string>(values: readonly K[], label: (value: K) => string) => values.map((value) => ({ value, label: label(value) }));
export const categoryOptions = () => options(ESCALATION_CATEGORIES, categoryLabel);
/** Most severe first, as a mentor reads them. */
export const severityOptions = () => options([...ESCALATION_SEVERITIES].reverse(), severityLabel);
export const statusOptions = () => options(ESCALATION_STATUSES, statusLabel);

/** How long ago, in days ("today", "3 days"). */
export const ageText = (days: number) => t()('escalations.age', { days: Math.max(0, Math.floor(days)) });
