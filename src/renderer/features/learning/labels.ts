import { RESOURCE_KINDS, RESOURCE_STATUSES, type ResourceKind, type ResourceStatus } from '../../../shared/learning/schema';

export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  course: 'Course',
  book: 'Book',
  article: 'Article',
  assignment: 'Hands-on assignment',
  shadowing: 'Shadowing',
  other: 'Other',
};
export const RESOURCE_STATUS_LABELS: Record<ResourceStatus, string> = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' };
export const RESOURCE_KIND_OPTIONS = RESOURCE_KINDS.map((value) => ({ value, label: RESOURCE_KIND_LABELS[value] }));
export const RESOURCE_STATUS_OPTIONS = RESOURCE_STATUSES.map((value) => ({ value, label: RESOURCE_STATUS_LABELS[value] }));
