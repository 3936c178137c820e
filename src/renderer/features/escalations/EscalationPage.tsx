import { FormattedMessage, useIntl } from 'react-intl';
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
import { ageText, categoryLabel, severityLabel } from './labels';
import { Timeline } from './Timeline';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../mentees/mentees.css';
import '../notes/notes.css';
import './escalations.css';

/** /escalations/:escalationId: one record, its timeline, its chain check and the charter's process beside it. */
export default function EscalationPage() {
  const intl = useIntl();
  const raw = useParams().escalationId;
  const id = Number(raw);
  const valid = Number.isSafeInteger(id) && id > 0;
  const record = useVaultQuery('escalations.get', { id }, { enabled: valid });

  if (!valid || isBridgeError(record.error, 'NOT_FOUND')) {
    return (
      <div className="page">
        <EmptyState
          title={intl.formatMessage({ id: 'escalations.record.notFound' })}
          action={
            <Link to="/escalations">
              <FormattedMessage id="escalations.record.back" />
            </Link>
          }
        />
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
        <ProgressIndicator label={intl.formatMessage({ id: 'escalations.record.opening' })} />
      </div>
    );
  }
  return <Record record={record.data} />;
}

function Record({ record: r }: { record: Escalation }) {
  const intl = useIntl();
  const sequenceOf = (entryId: number) => r.entries.find((e) => e.id === entryId)?.sequence;
  const brokenEntryId = r.verification.intact ? null : r.verification.firstBrokenEntryId;
  return (
    <div className="page esc-page">
      <header className="page-header">
        <div>
          <Link to="/escalations" className="back-link">
            <FormattedMessage id="escalations.record.backShort" />
          </Link>
          <div className="title-with-badge">
            <h1>{r.title}</h1>
            <ConfidentialBadge />
          </div>
          <p className="esc-facts">
            <EscStatusBadge status={r.status} />
            <SeverityBadge severity={r.severity} />
            <span>{categoryLabel(r.category)}</span>
            <span>
              <FormattedMessage
                id="escalations.record.about"
                values={{ name: r.menteeName, link: (chunks) => <Link to={`/mentees/${r.menteeId}/escalations`}>{chunks}</Link> }}
              />
            </span>
            <span title={formatDateTime(r.openedAt)}>
              <FormattedMessage id="escalations.record.raised" values={{ when: formatDateTime(r.openedAt), age: ageText(r.ageDays) }} />
            </span>
          </p>
        </div>
      </header>
      <div className="esc-layout">
        <div className="esc-main">
          <ChainBadge escalationId={r.id} sequenceOf={sequenceOf} />
          <section className="card stack" aria-labelledby="esc-summary-title">
            <h2 id="esc-summary-title">
              <FormattedMessage id="escalations.record.concern" />
            </h2>
            <dl className="esc-summary">
              <dt>
                <FormattedMessage id="escalations.record.summary" />
              </dt>
              <dd className="timeline-text">{r.summary || <span className="muted">{intl.formatMessage({ id: 'escalations.record.noSummary' })}</span>}</dd>
              <dt>
                <FormattedMessage id="escalations.record.needToKnow" />
              </dt>
              <dd>{r.needToKnow.length ? r.needToKnow.join(', ') : <span className="muted">{intl.formatMessage({ id: 'escalations.record.nobodyListed' })}</span>}</dd>
              {r.severity !== r.initialSeverity && (
                <>
                  <dt>
                    <FormattedMessage id="escalations.record.firstSeverity" />
                  </dt>
                  <dd>{severityLabel(r.initialSeverity)}</dd>
                </>
              )}
            </dl>
          </section>
          <section className="card stack" aria-labelledby="esc-timeline-title">
            <h2 id="esc-timeline-title">
              <FormattedMessage id="escalations.record.timeline" />
            </h2>
            <p className="esc-append-only">
              <FormattedMessage id="escalations.record.appendOnly" values={{ b: (chunks) => <strong>{chunks}</strong> }} />
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
