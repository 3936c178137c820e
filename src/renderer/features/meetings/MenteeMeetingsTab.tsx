import { useIntl } from 'react-intl';
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
  const intl = useIntl();
  const { notify } = useToast();
  const [planning, setPlanning] = useState(false);
  const [adding, setAdding] = useState(false);
  const actions = useVaultQuery('meetings.actions', { menteeId: mentee.id });
  const buttons = (
    <>
      <Button variant="primary" onClick={() => setPlanning(true)}>
        {intl.formatMessage({ id: 'meetings.tab.plan' })}
      </Button>
      <Button onClick={() => setAdding(true)}>{intl.formatMessage({ id: 'meetings.tab.add' })}</Button>
    </>
  );
  return (
    <div className="stack">
      <ProposalsPanel menteeId={mentee.id} />
      <Panel title={intl.formatMessage({ id: 'meetings.tab.title' })} intro={intl.formatMessage({ id: 'meetings.tab.intro' })}>
        <div className="meetings-table">
          <MeetingsTable menteeId={mentee.id} actions={buttons} empty={<NoMeetings action={buttons}>{intl.formatMessage({ id: 'meetings.tab.empty' })}</NoMeetings>} />
        </div>
      </Panel>
      <Panel title={intl.formatMessage({ id: 'meetings.tab.actions' })} intro={intl.formatMessage({ id: 'meetings.tab.actionsIntro' })}>
        <ActionList actions={actions.data ?? []} meetingId={null} label={intl.formatMessage({ id: 'meetings.tab.actions' })} empty={intl.formatMessage({ id: 'meetings.tab.noActions' })} />
      </Panel>
      {planning && <PlanDialog menteeId={mentee.id} onClose={() => setPlanning(false)} />}
      {adding && (
        <AddMeetingDialog
          menteeId={mentee.id}
          onClose={() => setAdding(false)}
          onAdded={(id) => {
            notify('success', intl.formatMessage({ id: 'meetings.tab.added' }));
            void navigate(`/meetings/${id}`);
          }}
        />
      )}
    </div>
  );
}
