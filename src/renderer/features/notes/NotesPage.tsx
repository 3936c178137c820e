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
            <h1>Notes</h1>
            <ConfidentialBadge />
          </div>
          <p>Your private notes about mentees and meetings. They never leave this vault: no export or shared file includes them.</p>
        </div>
      </header>
      <NotesTable />
    </div>
  );
}
