import { FormattedMessage } from 'react-intl';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { NotesTable } from './NotesTable';
import '../mentees/mentees.css';

/** Every private note in the vault, across mentees. */
export default function NotesPage() {
  return (
    <div className="page page-fill">
      <header className="page-header">
        <div>
          <div className="title-with-badge">
            <h1>
              <FormattedMessage id="notes.list.title" />
            </h1>
            <ConfidentialBadge />
          </div>
          <p>
            <FormattedMessage id="notes.list.intro" />
          </p>
        </div>
      </header>
      <NotesTable />
    </div>
  );
}
