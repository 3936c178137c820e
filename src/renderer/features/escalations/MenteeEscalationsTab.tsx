import { FormattedMessage } from 'react-intl';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { useCurrentMentee } from '../mentees/mentee-context';
import { EscalationsTable } from './EscalationsTable';
import '../notes/notes.css';

/** The Escalations tab of a mentee's page. */
export default function MenteeEscalationsTab() {
  const mentee = useCurrentMentee();
  return (
    <section className="notes-tab" aria-labelledby="mentee-escalations-title">
      <div className="title-with-badge">
        <h2 id="mentee-escalations-title">
          <FormattedMessage id="escalations.tab.title" />
        </h2>
        <ConfidentialBadge />
      </div>
      <EscalationsTable menteeId={mentee.id} />
    </section>
  );
}
