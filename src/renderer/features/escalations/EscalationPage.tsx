import { Link, useParams } from 'react-router';
import type { Escalation } from '../../../shared/escalations/schema';
import { isBridgeError } from '../../bridge/client';
import { useVaultQuery } from '../../bridge/hooks';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { EmptyState } from '../../components/EmptyState';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { formatDateTime } from '../mentees/format';
import { AddEntryForm } from './AddEntryForm';
import { EscStatusBadge, SeverityBadge } from './Badges';
import { ChainBadge } from './ChainBadge';
import { CharterProcess } from './CharterProcess';
import { ageText, CATEGORY_LABELS, SEVERITY_LABELS } from './labels';
import { Timeline } from './Timeline';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../mentees/mentees.css';
import '../notes/notes.css';
import './escalations.css';

/** /escalations/:escalationId: one record, its timeline, its chain check and the charter's process beside it. */
export default function EscalationPage() {
  const raw = useParams().escalationId;
  const id = Number(raw);
  const valid = Number.isSafeInteger(id) && id > 0;
  const record = useVaultQuery('escalations.get', { id }, { enabled: valid });

  if (!valid || isBridgeError(record.error, 'NOT_FOUND')) {
    return (
      <div className="page">
        <EmptyState title="No such escalation record" action={<Link to="/escalations">Back to escalations</Link>} />
      </div>
    );
  }
  if (record.error) {
    return (
      <div className="page">
        <ErrorBanner error={record.error} />
      </div>
    );
  }
  if (!record.data) {
    return (
      <div className="page">
        <ProgressIndicator label="Opening the record…" />
      </div>
    );
  }
  return <Record record={record.data} />;
}

function Record({ record: r }: { record: Escalation }) {
  const sequenceOf = (entryId: number) => r.entries.find((e) => e.id === entryId)?.sequence;
  const brokenEntryId = r.verification.intact ? null : r.verification.firstBrokenEntryId;
  return (
    <div className="page esc-page">
      <header className="page-header">
        <div>
          <Link to="/escalations" className="back-link">
            ← Escalations
          </Link>
          <div className="title-with-badge">
            <h1>{r.title}</h1>
            <ConfidentialBadge />
          </div>
          <p className="esc-facts">
            <EscStatusBadge status={r.status} />
            <SeverityBadge severity={r.severity} />
            <span>{CATEGORY_LABELS[r.category]}</span>
            <span>
              About <Link to={`/mentees/${r.menteeId}/escalations`}>{r.menteeName}</Link>
            </span>
            <span title={formatDateTime(r.openedAt)}>Raised {formatDateTime(r.openedAt)} ({ageText(r.ageDays)})</span>
          </p>
        </div>
      </header>
      <div className="esc-layout">
        <div className="esc-main">
          <ChainBadge escalationId={r.id} sequenceOf={sequenceOf} />
          <section className="card stack" aria-labelledby="esc-summary-title">
            <h2 id="esc-summary-title">The concern</h2>
            <dl className="esc-summary">
              <dt>Summary</dt>
              <dd className="timeline-text">{r.summary || <span className="muted">No summary.</span>}</dd>
              <dt>Who may know</dt>
              <dd>{r.needToKnow.length ? r.needToKnow.join(', ') : <span className="muted">Nobody listed</span>}</dd>
              {r.severity !== r.initialSeverity && (
                <>
                  <dt>First severity</dt>
                  <dd>{SEVERITY_LABELS[r.initialSeverity]}</dd>
                </>
              )}
            </dl>
          </section>
          <section className="card stack" aria-labelledby="esc-timeline-title">
            <h2 id="esc-timeline-title">Timeline</h2>
            <p className="esc-append-only">
              <strong>Append-only.</strong> Entries cannot be edited or deleted, here or anywhere else. To set one right, add a correction: it
              points at the entry it corrects, which stays as it was. Each entry is sealed with a hash of the one before it, so a change made
              outside the app shows up as a broken timeline.
            </p>
            <Timeline entries={r.entries} brokenEntryId={brokenEntryId} />
          </section>
          <AddEntryForm record={r} />
        </div>
        <CharterProcess menteeId={r.menteeId} />
      </div>
    </div>
  );
}
