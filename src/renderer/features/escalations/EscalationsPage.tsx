import { FormattedMessage } from 'react-intl';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { EscalationsTable } from './EscalationsTable';
import '../mentees/mentees.css';
import '../notes/notes.css';
import { PageHeader } from '../../components/PageHeader';

/** Every escalation record across mentees. */
export default function EscalationsPage() {
  return (
    <div className="page page-fill">
      <PageHeader title={<FormattedMessage id="escalations.list.title" />} badge={<ConfidentialBadge />} intro={<FormattedMessage id="escalations.list.intro" />} />
      <EscalationsTable />
    </div>
  );
}
