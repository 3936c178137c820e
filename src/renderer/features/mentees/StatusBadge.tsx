import type { MenteeStatus } from '../../../shared/mentees/schema';
import { STATUS_LABELS } from './format';
import './mentees.css';

export function StatusBadge({ status }: { status: MenteeStatus }) {
  return <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}

export function ArchivedBadge() {
  return <span className="status-badge status-archived">Archived</span>;
}
