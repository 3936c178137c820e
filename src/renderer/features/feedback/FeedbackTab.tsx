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
import { RELATIONSHIP_LABELS } from './labels';
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
  return (
    <div className="stack">
      <Panel title="Combined 360" intro="What the raters said, together; no figure or comment here can be traced to one rater.">
        {summary.error && <ErrorBanner error={summary.error} />}
        {summary.data ? <Combined360 summary={summary.data} /> : !summary.error && <ProgressIndicator label="Combining the feedback…" />}
      </Panel>
      <Panel
        title="Responses received"
        intro="Each response also counts as evidence (peer feedback or a 360 result). Answers are shown only combined, above."
        actions={
          <Button variant="primary" onClick={() => setEntering(true)} disabled={!competencies.data}>
            Enter a paper form
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
  const [removing, setRemoving] = useState<FeedbackResponse | null>(null);
  const remove = useVaultMutation('feedback.remove', { invalidate: FEEDBACK_QUERIES, onError: (err) => notify('error', errorMessage(err)) });
  if (rows.length === 0) return <p className="muted">No responses yet. Enter one received on paper, or import a returned form.</p>;
  return (
    <>
      <table className="simple-table feedback-responses">
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">Relationship</th>
            <th scope="col">Rater</th>
            <th scope="col" className="num">Competencies rated</th>
            <th scope="col">From</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{formatDate(r.receivedOn)}</td>
              <td>{RELATIONSHIP_LABELS[r.relationship]}</td>
              <td>{r.raterName ?? <span className="muted">Not named</span>}</td>
              <td className="num">{r.ratings.length}</td>
              <td>{r.formId ? 'Returned form' : 'Paper, keyed in'}</td>
              <td>
                <Button variant="ghost" onClick={() => setRemoving(r)} aria-label={`Remove the response received ${formatDate(r.receivedOn)}`}>
                  Remove…
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this response?"
        description="Its ratings, comments and its evidence record are deleted; the combined view is drawn again without them."
        confirmLabel="Remove response"
        variant="danger"
        onConfirm={() => remove.mutateAsync({ id: removing!.id }).then(() => notify('success', 'Response removed.'))}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
