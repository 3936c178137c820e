import { FormattedMessage } from 'react-intl';
import type { MenteeStatus } from '../../../shared/mentees/schema';
import './mentees.css';

export function StatusBadge({ status }: { status: MenteeStatus }) {
  return (
    <span className={`status-badge status-${status}`}>
      <FormattedMessage id={`mentees.status.${status}`} />
    </span>
  );
}

export function ArchivedBadge() {
  return (
    <span className="status-badge status-archived">
      <FormattedMessage id="mentees.status.archived" />
    </span>
  );
}
