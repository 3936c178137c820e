import { FormattedMessage } from 'react-intl';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { useCurrentMentee } from '../mentees/mentee-context';
import { NotesTable } from './NotesTable';

/** The Notes tab of a mentee's page. */
export default function MenteeNotesTab() {
  const mentee = useCurrentMentee();
  return (
    <section className="notes-tab" aria-labelledby="mentee-notes-title">
      <div className="title-with-badge">
        <h2 id="mentee-notes-title">
          <FormattedMessage id="notes.tab.title" />
        </h2>
        <ConfidentialBadge />
      </div>
      <NotesTable menteeId={mentee.id} />
    </section>
  );
}
