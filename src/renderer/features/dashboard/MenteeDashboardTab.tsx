import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { FeedbackSummary } from '../../../shared/feedback/schema';
import type { MenteeDashboard } from '../../../shared/dashboard/schema';
import { useVaultQuery } from '../../bridge/hooks';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import CompetencyGrowthChart from '../assessment/CompetencyGrowthChart';
import { ProgressReportButton } from '../documents/ExportButtons';
import { pilotSummary } from './pilot-words';
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
  const intl = useIntl();
  if (dashboard.error) return <ErrorBanner error={dashboard.error} />;
  if (!dashboard.data) return <ProgressIndicator label={intl.formatMessage({ id: 'dashboard.mentee.loading' })} />;
  return <Dashboard d={dashboard.data} feedback={feedback.data} />;
}

function Dashboard({ d, feedback }: { d: MenteeDashboard; feedback: FeedbackSummary | undefined }) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const c = d.counts;
  const open = d.goalsByStatus.filter((g) => ['not-started', 'on-track', 'at-risk'].includes(g.status)).reduce((n, g) => n + g.count, 0);
  const atRisk = d.goalsByStatus.find((g) => g.status === 'at-risk')?.count ?? 0;
  const r = d.reflections;
  const goals = [...d.goals].sort((a, b) => Number(b.status === 'at-risk') - Number(a.status === 'at-risk') || a.targetDate.localeCompare(b.targetDate));
  return (
    <div className="dashboard">
      <div className="dashboard-head">
        <p className="muted">
          <FormattedMessage id="dashboard.mentee.asOf" values={{ date: formatDate(d.asOf) }} />
        </p>
        <ProgressReportButton menteeId={d.menteeId} />
      </div>
      <ul className="tiles" aria-label={t({ id: 'dashboard.mentee.keyFigures' })}>
        <Tile label={t({ id: 'dashboard.mentee.openGoals' })} value={open} note={t({ id: 'dashboard.mentee.atRisk' }, { count: atRisk })} alert={atRisk > 0} />
        <Tile
          label={t({ id: 'dashboard.mentee.milestonesDone' })}
          value={t({ id: 'dashboard.mentee.doneOfTotal' }, { done: c.milestonesDone, total: c.milestonesTotal })}
          note={t({ id: 'dashboard.mentee.overdue' }, { count: c.milestonesOverdue })}
          alert={c.milestonesOverdue > 0}
        />
        <Tile label={t({ id: 'dashboard.mentee.evidence' })} value={c.evidence} />
        <Tile label={t({ id: 'dashboard.mentee.sponsorship' })} value={c.sponsorshipMoments} />
        <Tile label={t({ id: 'dashboard.mentee.decisions' })} value={c.decisions} />
        <Tile
          label={t({ id: 'dashboard.mentee.deadlines' })}
          value={c.openDeadlines}
          note={c.overdueDeadlines ? t({ id: 'dashboard.mentee.overdue' }, { count: c.overdueDeadlines }) : undefined}
          alert={c.overdueDeadlines > 0}
        />
        {/* The reports the mentee writes between meetings (Records tab), not the PDFs exported from here. */}
        <Tile
          label={t({ id: 'dashboard.mentee.reports' })}
          value={c.progressReports}
          note={d.lastProgressReportDate ? t({ id: 'dashboard.mentee.last' }, { date: formatDate(d.lastProgressReportDate) }) : t({ id: 'dashboard.mentee.noneYet' })}
        />
        <Tile
          label={t({ id: 'dashboard.mentee.pilot' })}
          value={d.pilot ? t({ id: `dashboard.pilot.state.${d.pilot.state}` }) : t({ id: 'dashboard.mentee.noCharter' })}
          note={d.pilot ? pilotSummary(intl, d.pilot) : undefined}
          alert={d.pilot?.state === 'review-due'}
        />
        <Tile label={t({ id: 'dashboard.mentee.nextMeeting' })} value={d.nextMeetingDate ? formatDate(d.nextMeetingDate) : '—'} />
      </ul>
      <PeriodTiles f={d.period} />

      <div className="dashboard-grid">
        <Panel title={t({ id: 'dashboard.mentee.panel.goals' })}>
          <GoalsByStatusChart data={d.goalsByStatus} />
        </Panel>
        <Panel title={t({ id: 'dashboard.mentee.panel.competencies' })}>
          <CompetencyGrowthChart growth={d.competencies} shape="radar" height={280} feedback={feedback} />
        </Panel>
        <Panel
          title={t({ id: 'dashboard.mentee.panel.evidence' })}
          intro={
            <Link to="../records">
              <FormattedMessage id="dashboard.mentee.panel.evidenceLink" />
            </Link>
          } className="span-all">
          <EvidenceByMonthChart data={d.evidenceByMonth} />
        </Panel>
        <Panel title={t({ id: 'dashboard.mentee.panel.metrics' })} intro={t({ id: 'dashboard.mentee.panel.metricsIntro' })} className="span-all">
          {goals.length === 0 ? (
            <p className="muted">
              <FormattedMessage id="dashboard.chart.noGoals" />
            </p>
          ) : (
            <div className="goal-charts">
              {goals.map((g) => (
                <GoalProgressChart key={g.id} goal={g} series={g.series} height={200} title={g.title} />
              ))}
            </div>
          )}
        </Panel>
        <Panel title={t({ id: 'dashboard.mentee.panel.milestones' })} className="span-all">
          <MilestoneTimeline milestones={d.milestones} asOf={d.asOf} />
        </Panel>
        <Panel
          title={t({ id: 'dashboard.mentee.panel.reflections' })}
          intro={
            <Link to="../learning">
              <FormattedMessage id="dashboard.mentee.panel.reflectionsLink" />
            </Link>
          } className="span-all">
          <ul className="tiles reflection-tiles" aria-label={t({ id: 'dashboard.mentee.debriefs' })}>
            <Tile label={t({ id: 'dashboard.mentee.sessions' })}
              value={r.sessions}
              note={r.lastSessionDate ? t({ id: 'dashboard.mentee.last' }, { date: formatDate(r.lastSessionDate) }) : undefined} />
            <Tile label={t({ id: 'dashboard.mentee.debriefed' })} value={r.debriefed} />
            <Tile label={t({ id: 'dashboard.mentee.awaiting' })} value={r.awaitingDebrief} alert={r.awaitingDebrief > 0} />
            <Tile label={t({ id: 'dashboard.mentee.attempted' })} value={r.attempted} />
            <Tile label={t({ id: 'dashboard.mentee.learned' })} value={r.learned} />
            <Tile label={t({ id: 'dashboard.mentee.nextAdjustment' })} value={r.nextAdjustment} />
          </ul>
        </Panel>
      </div>
    </div>
  );
}
