import type { FeedbackGroupFigures, FeedbackGroupName, RaterRelationship } from '../../../shared/feedback/schema';
import { RATER_RELATIONSHIPS } from '../../../shared/feedback/schema';

export const RELATIONSHIP_LABELS: Record<RaterRelationship, string> = {
  manager: 'Manager',
  peer: 'Peer',
  'direct-report': 'Direct report',
  stakeholder: 'Stakeholder',
  other: 'Other',
};

export const GROUP_LABELS: Record<FeedbackGroupName, string> = {
  manager: 'Managers',
  peer: 'Peers',
  'direct-report': 'Direct reports',
  stakeholder: 'Stakeholders',
  other: 'Other raters',
  others: 'Others (merged)',
};

export const RELATIONSHIP_OPTIONS = RATER_RELATIONSHIPS.map((r) => ({ value: r, label: RELATIONSHIP_LABELS[r] }));

/** "3.7 ± 0.5 (4)": mean, standard deviation, raters. */
export function formatGroup(g: FeedbackGroupFigures | undefined): string {
  if (!g) return '—';
  return `${g.mean.toFixed(1)} ± ${g.sd.toFixed(1)} (${g.count})`;
}
