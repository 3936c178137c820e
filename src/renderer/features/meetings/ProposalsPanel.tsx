import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
  const { notify } = useToast();
  const dismiss = useVaultMutation('meetings.dismissProposal', { invalidate: MEETING_QUERIES, onError: (err) => notify('error', errorMessage(err)) });
  const rows = proposals.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Panel title={intl.formatMessage({ id: 'meetings.proposals.title' })} intro={intl.formatMessage({ id: 'meetings.proposals.intro' })}>
      <ul className="proposal-list">
        {rows.map((p) => (
          <li key={p.milestoneId}>
            <span>
              <FormattedMessage
                id="meetings.proposals.line"
                values={{
                  milestone: p.milestoneTitle,
                  goal: p.goalTitle,
                  all: menteeId === undefined ? 'yes' : 'no',
                  mentee: p.menteeName,
                  date: formatDate(p.doneOn),
                  strong: (chunks) => <strong>{chunks}</strong>,
                }}
              />
            </span>
            <span className="row">
              <Button size="small" variant="primary" onClick={() => setAccepting(p)}>
                {intl.formatMessage({ id: 'meetings.proposals.plan' })}
              </Button>
              <Button size="small" onClick={() => dismiss.mutate({ milestoneId: p.milestoneId })}>
                {intl.formatMessage({ id: 'meetings.proposals.dismiss' })}
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
            notify('success', intl.formatMessage({ id: 'meetings.proposals.planned' }));
            void navigate(`/meetings/${id}`);
          }}
        />
      )}
    </Panel>
  );
}
