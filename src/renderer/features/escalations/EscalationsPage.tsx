import { FormattedMessage } from 'react-intl';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { EscalationsTable } from './EscalationsTable';
import '../mentees/mentees.css';
import '../notes/notes.css';

/** Every escalation record across mentees. */
export default function EscalationsPage() {
  return (
    <div className="page page-fill">
      <header className="page-header">
        <div>
          <div className="title-with-badge">
            <h1>
              <FormattedMessage id="escalations.list.title" />
            </h1>
            <ConfidentialBadge />
          </div>
          <p>
            <FormattedMessage id="escalations.list.intro" />
          </p>
        </div>
      </header>
      <EscalationsTable />
    </div>
  );
}
