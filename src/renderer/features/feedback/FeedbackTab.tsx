import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import type { FeedbackResponse } from '../../../shared/feedback/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { useCurrentMentee } from '../mentees/mentee-context';
import { Combined360 } from './Combined360';
import { relationshipLabel } from './labels';
import { FEEDBACK_QUERIES } from './stale';
import { ResponseDialog } from './ResponseDialog';
import './feedback.css';

/** Peer and 360 feedback: the combined view under the anonymity threshold, and the responses received. */
export default function FeedbackTab() {
  const mentee = useCurrentMentee();
  const summary = useVaultQuery('feedback.summary', { menteeId: mentee.id });
  const list = useVaultQuery('feedback.list', { menteeId: mentee.id, limit: 500 });
  const competencies = useVaultQuery('competencies.list', {});
  const [entering, setEntering] = useState(false);
  const intl = useIntl();
  return (
    <div className="stack">
      <Panel title={intl.formatMessage({ id: 'feedback.tab.combined' })} intro={intl.formatMessage({ id: 'feedback.tab.combinedIntro' })}>
        {summary.error && <ErrorBanner error={summary.error} />}
        {summary.data ? <Combined360 summary={summary.data} /> : !summary.error && <ProgressIndicator label={intl.formatMessage({ id: 'feedback.tab.combining' })} />}
      </Panel>
      <Panel
        title={intl.formatMessage({ id: 'feedback.tab.responses' })}
        intro={intl.formatMessage({ id: 'feedback.tab.responsesIntro' })}
        actions={
          <Button variant="primary" onClick={() => setEntering(true)} disabled={!competencies.data}>
            <FormattedMessage id="feedback.tab.enter" />
          </Button>
        }
      >
        {list.error && <ErrorBanner error={list.error} />}
        {list.data && <ResponseList rows={list.data.rows} />}
      </Panel>
      {entering && competencies.data && (
        <ResponseDialog menteeId={mentee.id} competencies={competencies.data.map((c) => c.name)} onClose={() => setEntering(false)} />
      )}
    </div>
  );
}

function ResponseList({ rows }: { rows: FeedbackResponse[] }) {
  const { notify } = useToast();
  const intl = useIntl();
  const [removing, setRemoving] = useState<FeedbackResponse | null>(null);
  const remove = useVaultMutation('feedback.remove', { invalidate: FEEDBACK_QUERIES, onError: (err) => notify('error', errorMessage(err)) });
  if (rows.length === 0) return <p className="muted">
        <FormattedMessage id="feedback.list.none" />
      </p>;
  return (
    <>
      <table className="simple-table feedback-responses">
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="feedback.list.received" />
            </th>
            <th scope="col">
              <FormattedMessage id="feedback.list.relationship" />
            </th>
            <th scope="col">
              <FormattedMessage id="feedback.list.rater" />
            </th>
            <th scope="col" className="num">
              <FormattedMessage id="feedback.list.rated" />
            </th>
            <th scope="col">
              <FormattedMessage id="feedback.list.from" />
            </th>
            <th scope="col">
              <span className="visually-hidden">
                <FormattedMessage id="feedback.list.actions" />
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{formatDate(r.receivedOn)}</td>
              <td>{relationshipLabel(intl, r.relationship)}</td>
              <td>{r.raterName ?? <span className="muted">{intl.formatMessage({ id: 'feedback.list.notNamed' })}</span>}</td>
              <td className="num">{r.ratings.length}</td>
              <td>{r.formId ? intl.formatMessage({ id: 'feedback.list.returnedForm' }) : intl.formatMessage({ id: 'feedback.list.paper' })}</td>
              <td>
                <Button variant="ghost" onClick={() => setRemoving(r)} aria-label={intl.formatMessage({ id: 'feedback.list.removeLabel' }, { date: formatDate(r.receivedOn) })}>
                  <FormattedMessage id="feedback.list.remove" />
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={removing !== null}
        title={intl.formatMessage({ id: 'feedback.remove.title' })}
        description={intl.formatMessage({ id: 'feedback.remove.description' })}
        confirmLabel={intl.formatMessage({ id: 'feedback.remove.confirm' })}
        variant="danger"
        onConfirm={() => remove.mutateAsync({ id: removing!.id }).then(() => notify('success', intl.formatMessage({ id: 'feedback.remove.done' })))}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
