import {
  DECISION_ENTITY_KINDS,
  EVIDENCE_KINDS,
  SPONSORSHIP_KINDS,
  type DecisionEntityKind,
  type EvidenceKind,
  type SponsorshipKind,
} from '../../../shared/records/schema';

export const SPONSORSHIP_KIND_LABELS: Record<SponsorshipKind, string> = {
  presentation: 'Presentation',
  demo: 'Demo',
  'leadership-role': 'Leadership role',
  introduction: 'Introduction',
  nomination: 'Nomination',
  other: 'Other',
};
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  'peer-feedback': 'Peer feedback',
  '360-result': '360 result',
  'project-outcome': 'Project outcome',
  'performance-review': 'Performance review',
  other: 'Other',
};
export const ENTITY_KIND_LABELS: Record<DecisionEntityKind, string> = {
  goal: 'A goal',
  milestone: 'A milestone',
  'charter-version': 'A charter version',
  resource: 'A learning resource',
  decision: 'An earlier decision',
};

export const SPONSORSHIP_KIND_OPTIONS = SPONSORSHIP_KINDS.map((value) => ({ value, label: SPONSORSHIP_KIND_LABELS[value] }));
export const EVIDENCE_KIND_OPTIONS = EVIDENCE_KINDS.map((value) => ({ value, label: EVIDENCE_KIND_LABELS[value] }));
export const ENTITY_KIND_OPTIONS = [{ value: '', label: 'Nothing in particular' }, ...DECISION_ENTITY_KINDS.map((value) => ({ value, label: ENTITY_KIND_LABELS[value] }))];
