import type { FeedbackGroupName, RaterRelationship } from './schema';

/** A rater's relationship to the mentee, in words: on the forms, the Feedback tab and the report. */
export const RELATIONSHIP_LABELS: Record<RaterRelationship, string> = {
  manager: 'Manager',
  peer: 'Peer',
  'direct-report': 'Direct report',
  stakeholder: 'Stakeholder',
  other: 'Other',
};

/** A group of raters in the combined 360, on the Feedback tab and in the report. */
export const GROUP_LABELS: Record<FeedbackGroupName, string> = {
  manager: 'Managers',
  peer: 'Peers',
  'direct-report': 'Direct reports',
  stakeholder: 'Stakeholders',
  other: 'Other raters',
  others: 'Others (merged)',
};
