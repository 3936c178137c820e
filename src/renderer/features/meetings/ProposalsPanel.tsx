import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { MeetingProposal } from '../../../shared/meetings/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { AcceptProposalDialog } from './MeetingDialogs';
import { MEETING_QUERIES } from './stale';

/** Formal reviews proposed after achieved major milestones: plan one, or dismiss it. Nothing shows when there are none. */
export function ProposalsPanel({ menteeId }: { menteeId?: number }) {
  const proposals = useVaultQuery('meetings.proposals', menteeId === undefined ? {} : { menteeId });
  const [accepting, setAccepting] = useState<MeetingProposal | null>(null);
  const navigate = useNavigate();
  const { notify } = useToast();
  const dismiss = useVaultMutation('meetings.dismissProposal', { invalidate: MEETING_QUERIES, onError: (err) => notify('error', errorMessage(err)) });
  const rows = proposals.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Panel title="Proposed formal reviews" intro="A major milestone was achieved and no review has looked back at it yet.">
      <ul className="proposal-list">
        {rows.map((p) => (
          <li key={p.milestoneId}>
            <span>
              <strong>{p.milestoneTitle}</strong> ({p.goalTitle}
              {menteeId === undefined ? `, ${p.menteeName}` : ''}), achieved {formatDate(p.doneOn)}
            </span>
            <span className="row">
              <Button size="small" variant="primary" onClick={() => setAccepting(p)}>
                Plan review…
              </Button>
              <Button size="small" onClick={() => dismiss.mutate({ milestoneId: p.milestoneId })}>
                Dismiss
              </Button>
            </span>
          </li>
        ))}
      </ul>
      {accepting && (
        <AcceptProposalDialog
          proposal={accepting}
          onClose={() => setAccepting(null)}
          onAccepted={(id) => {
            notify('success', 'Formal review planned.');
            void navigate(`/meetings/${id}`);
          }}
        />
      )}
    </Panel>
  );
}
