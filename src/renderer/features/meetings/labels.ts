import { ACTION_OWNERS, type ActionOwner } from '../../../shared/meetings/capture';
import { AGENDA_CONTEXT_LABELS, AGENDA_CONTEXTS } from '../../../shared/meetings/agenda';
import {
  CONTINGENCY_KINDS,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  type MeetingOrigin,
} from '../../../shared/meetings/schema';

export const KIND_OPTIONS = MEETING_KINDS.map((value) => ({ value, label: MEETING_KIND_LABELS[value] }));
export const CONTINGENCY_OPTIONS = CONTINGENCY_KINDS.map((value) => ({ value, label: MEETING_KIND_LABELS[value] }));
export const STATUS_OPTIONS = MEETING_STATUSES.map((value) => ({ value, label: MEETING_STATUS_LABELS[value] }));
export const CONTEXT_OPTIONS = AGENDA_CONTEXTS.map((value) => ({ value, label: AGENDA_CONTEXT_LABELS[value] }));
export const OWNER_LABELS: Record<ActionOwner, string> = { mentor: 'Mentor', mentee: 'Mentee' };

/** The quick-capture boxes, by their draft field, as the meeting screen names them. */
const DRAFT_LABELS: Record<string, string> = {
  notes: 'Meeting notes',
  win: 'Win',
  decision: 'Decision',
  'decision-rationale': 'Reason for the decision',
  action: 'Action item',
  evidence: 'Evidence',
};
export function draftLabel(field: string): string {
  return DRAFT_LABELS[field] ?? (field.startsWith('item:') ? 'Agenda item notes' : field);
}
export const OWNER_OPTIONS = ACTION_OWNERS.map((value) => ({ value, label: OWNER_LABELS[value] }));

export const ORIGIN_LABELS: Record<MeetingOrigin, string> = {
  'generated-from-rhythm': 'From the charter\'s rhythm',
  'proposed-after-milestone': 'After a major milestone',
  'pilot-review': 'End of the pilot',
  manual: 'Added by hand',
};

export { MEETING_KIND_LABELS, MEETING_STATUS_LABELS };
