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
  return (
    <div className="stack">
      <DecisionsPanel menteeId={mentee.id} />
      <SponsorshipPanel menteeId={mentee.id} />
      <EvidencePanel menteeId={mentee.id} />
      <Panel title="Accountability" intro={`What ${mentee.name} commits to and reports on their own.`}>
        <DeadlinesPanel menteeId={mentee.id} />
        <ProgressReportsPanel menteeId={mentee.id} />
      </Panel>
    </div>
  );
}
