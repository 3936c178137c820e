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
            <h1>Escalations</h1>
            <ConfidentialBadge />
          </div>
          <p>Concerns you have recorded, with their append-only timelines. They never leave this vault.</p>
        </div>
      </header>
      <EscalationsTable />
    </div>
  );
}
