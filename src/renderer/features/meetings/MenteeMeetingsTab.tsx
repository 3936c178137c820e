import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { useCurrentMentee } from '../mentees/mentee-context';
import { ActionList } from './ActionList';
import { AddMeetingDialog, PlanDialog } from './MeetingDialogs';
import { MeetingsTable, NoMeetings } from './MeetingsTable';
import { ProposalsPanel } from './ProposalsPanel';
import './meetings.css';

/** One mentee's meetings: plan from the charter, add one, proposals, open action items. */
export default function MenteeMeetingsTab() {
  const mentee = useCurrentMentee();
  const navigate = useNavigate();
  const { notify } = useToast();
  const [planning, setPlanning] = useState(false);
  const [adding, setAdding] = useState(false);
  const actions = useVaultQuery('meetings.actions', { menteeId: mentee.id });
  const buttons = (
    <>
      <Button variant="primary" onClick={() => setPlanning(true)}>
        Plan from the charter…
      </Button>
      <Button onClick={() => setAdding(true)}>Add a meeting…</Button>
    </>
  );
  return (
    <div className="stack">
      <ProposalsPanel menteeId={mentee.id} />
      <Panel title="Meetings" intro="Planned from the charter's rhythm, or added by hand. Open one to prepare its agenda or run it in the meeting mode.">
        <div className="meetings-table">
          <MeetingsTable menteeId={mentee.id} actions={buttons} empty={<NoMeetings action={buttons}>Plan the coming weeks from the charter's meeting and review rhythm.</NoMeetings>} />
        </div>
      </Panel>
      <Panel title="Open action items" intro="Carried from meeting to meeting until done.">
        <ActionList actions={actions.data ?? []} meetingId={null} label="Open action items" empty="No open action items." />
      </Panel>
      {planning && <PlanDialog menteeId={mentee.id} onClose={() => setPlanning(false)} />}
      {adding && (
        <AddMeetingDialog
          menteeId={mentee.id}
          onClose={() => setAdding(false)}
          onAdded={(id) => {
            notify('success', 'Meeting added.');
            void navigate(`/meetings/${id}`);
          }}
        />
      )}
    </div>
  );
}
