import { FormattedMessage } from 'react-intl';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { NotesTable } from './NotesTable';
import '../mentees/mentees.css';
import { PageHeader } from '../../components/PageHeader';

/** Every private note in the vault, across mentees. */
export default function NotesPage() {
  return (
    <div className="page page-fill">
      <PageHeader title={<FormattedMessage id="notes.list.title" />} badge={<ConfidentialBadge />} intro={<FormattedMessage id="notes.list.intro" />} />
      <NotesTable />
    </div>
  );
}
