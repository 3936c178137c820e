import {
  GOAL_AREAS,
  GOAL_STATUSES,
  INDICATOR_KINDS,
  type GoalArea,
  type GoalStatus,
  type IndicatorKind,
} from '../../../shared/goals/schema';

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

export const GOAL_AREA_LABELS: Record<GoalArea, string> = {
  collaboration: 'Collaboration',
  'problem-solving': 'Problem solving',
  'stakeholder-communication': 'Stakeholder communication',
  leadership: 'Leadership',
  'technical-mastery': 'Technical mastery',
  visibility: 'Visibility',
  promotion: 'Promotion',
  other: 'Other',
};

export const INDICATOR_LABELS: Record<IndicatorKind, string> = {
  deliverable: 'Deliverable',
  'review-outcome': 'Review outcome',
  'quantified-improvement': 'Quantified improvement',
};

export const GOAL_STATUS_OPTIONS = GOAL_STATUSES.map((value) => ({ value, label: GOAL_STATUS_LABELS[value] }));
export const GOAL_AREA_OPTIONS = GOAL_AREAS.map((value) => ({ value, label: GOAL_AREA_LABELS[value] }));
export const INDICATOR_OPTIONS = INDICATOR_KINDS.map((value) => ({ value, label: INDICATOR_LABELS[value] }));

/** Names of the goal's fields as the history shows them. */
export const HISTORY_FIELD_LABELS: Record<string, string> = {
  'measurable.target': 'Target value',
  'measurable.baseline': 'Baseline value',
  'measurable.metric': 'Metric',
  'measurable.unit': 'Unit',
  'timeBound.targetDate': 'Target date',
  status: 'Status',
  dueDate: 'Due date',
  done: 'Done',
  removed: 'Milestone removed',
};

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** A metric's value with its unit ("12 %", "3 talks"). */
export function formatValue(value: number | null, unit = ''): string {
  if (value === null) return '—';
  return unit ? `${numberFormat.format(value)} ${unit}` : numberFormat.format(value);
}

/** Progress from baseline to target as a whole percentage. */
export function formatProgress(progress: number | null): string {
  return progress === null ? 'No reading yet' : `${Math.round(progress * 100)}%`;
}
