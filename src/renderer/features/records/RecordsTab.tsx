import { useIntl } from 'react-intl';
import { Panel } from '../../components/Panel';
import { useCurrentMentee } from '../mentees/mentee-context';
import { DeadlinesPanel } from './DeadlinesPanel';
import { DecisionsPanel } from './DecisionsPanel';
import { EvidencePanel } from './EvidencePanel';
import { ProgressReportsPanel } from './ProgressReportsPanel';
import { SponsorshipPanel } from './SponsorshipPanel';
import './records.css';

/** The records that keep the plan coherent: decisions, sponsorship, evidence, and the mentee's accountability. */
export default function RecordsTab() {
  const mentee = useCurrentMentee();
  const intl = useIntl();
  return (
    <div className="stack">
      <DecisionsPanel menteeId={mentee.id} />
      <SponsorshipPanel menteeId={mentee.id} />
      <EvidencePanel menteeId={mentee.id} />
      <Panel title={intl.formatMessage({ id: 'records.accountability.title' })} intro={intl.formatMessage({ id: 'records.accountability.intro' }, { name: mentee.name })}>
        <DeadlinesPanel menteeId={mentee.id} />
        <ProgressReportsPanel menteeId={mentee.id} />
      </Panel>
    </div>
  );
}
