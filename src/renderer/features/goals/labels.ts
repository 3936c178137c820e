import { GOAL_AREAS, GOAL_STATUSES, INDICATOR_KINDS, type GoalArea, type GoalStatus, type IndicatorKind } from '../../../shared/goals/schema';
import { catalogue, type MessageId } from '../../../shared/i18n/catalogue';
import { translator, type MessageValues } from '../../../shared/i18n/intl';
import { getActiveLocale, numberFormat } from '../../i18n/active-locale';

/** A goals message in the language of the screens, for helpers called outside React's tree. */
export function goalWords(id: MessageId, values?: MessageValues): string {
  return translator(getActiveLocale()).t(id, values);
}

const english = (id: string) => catalogue.en[id]!.message;

/** The statuses, areas and indicator kinds in English, for screens not converted to the catalogue yet. */
export const GOAL_STATUS_LABELS = Object.fromEntries(GOAL_STATUSES.map((s) => [s, english(`goals.status.${s}`)])) as Record<GoalStatus, string>;
export const GOAL_AREA_LABELS = Object.fromEntries(GOAL_AREAS.map((a) => [a, english(`goals.area.${a}`)])) as Record<GoalArea, string>;
export const INDICATOR_LABELS = Object.fromEntries(INDICATOR_KINDS.map((k) => [k, english(`goals.indicator.${k}`)])) as Record<IndicatorKind, string>;

export const goalStatusLabel = (status: GoalStatus) => goalWords(`goals.status.${status}`);
export const goalAreaLabel = (area: GoalArea) => goalWords(`goals.area.${area}`);
export const indicatorLabel = (kind: IndicatorKind) => goalWords(`goals.indicator.${kind}`);

/** The choices of a <select>, in the language of the screens (call during render). */
export const goalStatusOptions = () => GOAL_STATUSES.map((value) => ({ value, label: goalStatusLabel(value) }));
export const goalAreaOptions = () => GOAL_AREAS.map((value) => ({ value, label: goalAreaLabel(value) }));
export const indicatorOptions = () => INDICATOR_KINDS.map((value) => ({ value, label: indicatorLabel(value) }));

const HISTORY_FIELDS = new Set(['measurable.target', 'measurable.baseline', 'measurable.metric', 'measurable.unit', 'timeBound.targetDate', 'status', 'dueDate', 'done', 'removed']);

/** A goal's field as the history names it; an unknown field by its key. */
export function historyFieldLabel(field: string): string {
  return HISTORY_FIELDS.has(field) ? goalWords(`goals.history.field.${field}` as MessageId) : field;
}

/** A metric's value with its unit ("12 %", "3 talks"), numbers in the active locale. */
export function formatValue(value: number | null, unit = ''): string {
  if (value === null) return goalWords('goals.value.none');
  const number = numberFormat({ maximumFractionDigits: 2 }).format(value);
  return unit ? goalWords('goals.value.withUnit', { value: number, unit }) : number;
}

/** Progress from baseline to target as a whole percentage. */
export function formatProgress(progress: number | null): string {
  return progress === null ? goalWords('goals.progress.none') : numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(progress);
}
