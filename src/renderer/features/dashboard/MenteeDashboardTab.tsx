import { Link } from 'react-router';
import type { FeedbackSummary } from '../../../shared/feedback/schema';
import type { MenteeDashboard } from '../../../shared/dashboard/schema';
import { useVaultQuery } from '../../bridge/hooks';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import CompetencyGrowthChart from '../assessment/CompetencyGrowthChart';
import { ProgressReportButton } from '../documents/ExportButtons';
import { PILOT_STATE_LABELS, pilotSummary } from '../charter/labels';
import GoalProgressChart from '../goals/GoalProgressChart';
import { formatDate } from '../mentees/format';
import { useCurrentMentee } from '../mentees/mentee-context';
import { EvidenceByMonthChart } from './EvidenceByMonthChart';
import { GoalsByStatusChart } from './GoalsByStatusChart';
import { MilestoneTimeline } from './MilestoneTimeline';
import { PeriodTiles } from './PeriodTiles';
import { Tile } from './Tile';
import { ErrorBanner } from '../../components/ErrorBanner';
import './dashboard.css';

/** One mentee's plan at a glance, drawn from a single dashboard.mentee call. */
export default function MenteeDashboardTab() {
  const mentee = useCurrentMentee();
  const dashboard = useVaultQuery('dashboard.mentee', { menteeId: mentee.id });
  const feedback = useVaultQuery('feedback.summary', { menteeId: mentee.id });
  if (dashboard.error) return <ErrorBanner error={dashboard.error} />;
  if (!dashboard.data) return <ProgressIndicator label="Drawing the dashboard…" />;
  return <Dashboard d={dashboard.data} feedback={feedback.data} />;
}

function Dashboard({ d, feedback }: { d: MenteeDashboard; feedback: FeedbackSummary | undefined }) {
  const c = d.counts;
  const open = d.goalsByStatus.filter((g) => ['not-started', 'on-track', 'at-risk'].includes(g.status)).reduce((n, g) => n + g.count, 0);
  const atRisk = d.goalsByStatus.find((g) => g.status === 'at-risk')?.count ?? 0;
  const r = d.reflections;
  const goals = [...d.goals].sort((a, b) => Number(b.status === 'at-risk') - Number(a.status === 'at-risk') || a.targetDate.localeCompare(b.targetDate));
  return (
    <div className="dashboard">
      <div className="dashboard-head">
        <p className="muted">As of {formatDate(d.asOf)}.</p>
        <ProgressReportButton menteeId={d.menteeId} />
      </div>
      <ul className="tiles" aria-label="Key figures">
        <Tile label="Open goals" value={open} note={atRisk ? `${atRisk} at risk` : 'none at risk'} alert={atRisk > 0} />
        <Tile
          label="Milestones done"
          value={`${c.milestonesDone} / ${c.milestonesTotal}`}
          note={c.milestonesOverdue ? `${c.milestonesOverdue} overdue` : 'none overdue'}
          alert={c.milestonesOverdue > 0}
        />
        <Tile label="Evidence" value={c.evidence} />
        <Tile label="Sponsorship moments" value={c.sponsorshipMoments} />
        <Tile label="Decisions" value={c.decisions} />
        <Tile
          label="Personal deadlines open"
          value={c.openDeadlines}
          note={c.overdueDeadlines ? `${c.overdueDeadlines} overdue` : undefined}
          alert={c.overdueDeadlines > 0}
        />
        {/* The reports the mentee writes between meetings (Records tab), not the PDFs exported from here. */}
        <Tile
          label="Reports written by the mentee"
          value={c.progressReports}
          note={d.lastProgressReportDate ? `last ${formatDate(d.lastProgressReportDate)}` : 'none yet'}
        />
        <Tile label="Pilot" value={d.pilot ? PILOT_STATE_LABELS[d.pilot.state] : 'No charter'} note={d.pilot ? pilotSummary(d.pilot) : undefined} alert={d.pilot?.state === 'review-due'} />
        <Tile label="Next meeting" value={d.nextMeetingDate ? formatDate(d.nextMeetingDate) : '—'} />
      </ul>
      <PeriodTiles f={d.period} />

      <div className="dashboard-grid">
        <Panel title="Goals">
          <GoalsByStatusChart data={d.goalsByStatus} />
        </Panel>
        <Panel title="Competencies">
          <CompetencyGrowthChart growth={d.competencies} shape="radar" height={280} feedback={feedback} />
        </Panel>
        <Panel title="Evidence over time" intro={<Link to="../records">See every record on the Records tab</Link>} className="span-all">
          <EvidenceByMonthChart data={d.evidenceByMonth} />
        </Panel>
        <Panel title="Each goal’s metric" intro="From the baseline toward the target, with every reading; the dashed red line is the target." className="span-all">
          {goals.length === 0 ? (
            <p className="muted">No goals yet.</p>
          ) : (
            <div className="goal-charts">
              {goals.map((g) => (
                <GoalProgressChart key={g.id} goal={g} series={g.series} height={200} title={g.title} />
              ))}
            </div>
          )}
        </Panel>
        <Panel title="Milestones" className="span-all">
          <MilestoneTimeline milestones={d.milestones} asOf={d.asOf} />
        </Panel>
        <Panel title="Attempted, learned, next" intro={<Link to="../learning">See every debrief on the Learning tab</Link>} className="span-all">
          <ul className="tiles reflection-tiles" aria-label="Debriefs">
            <Tile label="Practice sessions" value={r.sessions} note={r.lastSessionDate ? `last ${formatDate(r.lastSessionDate)}` : undefined} />
            <Tile label="Debriefed" value={r.debriefed} />
            <Tile label="Awaiting a debrief" value={r.awaitingDebrief} alert={r.awaitingDebrief > 0} />
            <Tile label="Attempted written" value={r.attempted} />
            <Tile label="Learned written" value={r.learned} />
            <Tile label="Next adjustment written" value={r.nextAdjustment} />
          </ul>
        </Panel>
      </div>
    </div>
  );
}
