import {
  ESCALATION_CATEGORIES,
  ESCALATION_SEVERITIES,
  ESCALATION_STATUSES,
  type EntryKind,
  type EscalationCategory,
  type EscalationSeverity,
  type EscalationStatus,
} from '../../../shared/escalations/schema';

export const CATEGORY_LABELS: Record<EscalationCategory, string> = {
  wellbeing: 'Wellbeing',
  conduct: 'Conduct',
  conflict: 'Conflict',
  boundary: 'Boundary',
  performance: 'Performance',
  other: 'Other',
};

export const SEVERITY_LABELS: Record<EscalationSeverity, string> = { low: 'Low', medium: 'Medium', high: 'High', urgent: 'Urgent' };

export const STATUS_LABELS: Record<EscalationStatus, string> = { open: 'Open', monitoring: 'Monitoring', resolved: 'Resolved' };

export const KIND_LABELS: Record<EntryKind, string> = {
  note: 'Note',
  action: 'Action',
  'status-change': 'Status change',
  correction: 'Correction',
  closure: 'Closure',
};

const options = <K extends string>(values: readonly K[], labels: Record<K, string>) => values.map((value) => ({ value, label: labels[value] }));
export const CATEGORY_OPTIONS = options(ESCALATION_CATEGORIES, CATEGORY_LABELS);
/** Most severe first, as a mentor reads them. */
export const SEVERITY_OPTIONS = options([...ESCALATION_SEVERITIES].reverse(), SEVERITY_LABELS);
export const STATUS_OPTIONS = options(ESCALATION_STATUSES, STATUS_LABELS);

export function ageText(days: number): string {
  if (days < 1) return 'today';
  if (days === 1) return '1 day';
  return `${days} days`;
}
