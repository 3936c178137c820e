import type { MenteeStatus } from '../../../shared/mentees/schema';
import type { GoalProgress, MenteeDashboard, SeriesPoint, TimelineMilestone } from '../../../shared/dashboard/schema';
import { GOAL_STATUSES, type IndicatorKind } from '../../../shared/goals/schema';
import { RESOURCE_STATUSES, type ResourceStatus } from '../../../shared/learning/schema';
import type { EvidenceKind } from '../../../shared/records/schema';
import type { Period } from '../../../shared/dashboard/period';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { competencyGrowth } from '../assessment/store';
import { getCharter } from '../charter/store';
import { GOAL_SELECT, toGoalSummary, type GoalRow } from '../goals/store';
import { notFound } from '../shared/store-helpers';
import { NEXT_MEETING_SQL } from './next-meeting';
import { defaultPeriod, menteePeriodFigures } from './period';

/** The statements behind the mentee dashboard, exported so a test can check their query plans. */
export const DASHBOARD_SQL = {
  mentee: `SELECT m.id, m.name, m.status, ${NEXT_MEETING_SQL} AS next_meeting FROM mentees m WHERE m.id = :menteeId`,
  goals: `${GOAL_SELECT} WHERE g.mentee_id = :menteeId ORDER BY g.target_date, g.id`,
  readings: `SELECT r.goal_id, r.date, r.value FROM goals g JOIN goal_readings r ON r.goal_id = g.id
    WHERE g.mentee_id = :menteeId ORDER BY r.goal_id, r.date, r.id`,
  milestones: `SELECT ms.id, ms.goal_id, g.title AS goal_title, ms.title, ms.due_date, ms.done_on, ms.major, ms.indicator_kind
    FROM goals g JOIN milestones ms ON ms.goal_id = g.id WHERE g.mentee_id = :menteeId ORDER BY ms.due_date, ms.id`,
  reflections: `SELECT count(*) AS sessions,
    coalesce(sum(attempted <> '' OR learned <> '' OR next_adjustment <> ''), 0) AS debriefed,
    coalesce(sum(attempted <> ''), 0) AS attempted, coalesce(sum(learned <> ''), 0) AS learned,
    coalesce(sum(next_adjustment <> ''), 0) AS next_adjustment, max(date) AS last_date
    FROM practice_sessions WHERE mentee_id = :menteeId`,
  resources: 'SELECT status, count(*) AS n FROM resources WHERE mentee_id = :menteeId GROUP BY status',
  evidenceByMonth: `SELECT substr(date, 1, 7) AS month, kind, count(*) AS n FROM evidence WHERE mentee_id = :menteeId
    GROUP BY month, kind ORDER BY month, kind`,
  counts: `SELECT
    (SELECT count(*) FROM evidence WHERE mentee_id = :menteeId) AS evidence,
    (SELECT count(*) FROM sponsorship_moments WHERE mentee_id = :menteeId) AS sponsorship,
    (SELECT count(*) FROM decisions WHERE mentee_id = :menteeId) AS decisions,
    (SELECT count(*) FROM deadlines WHERE mentee_id = :menteeId AND done_on IS NULL) AS open_deadlines,
    (SELECT count(*) FROM deadlines WHERE mentee_id = :menteeId AND done_on IS NULL AND due_date < :today) AS overdue_deadlines,
    (SELECT count(*) FROM progress_reports WHERE mentee_id = :menteeId) AS reports,
    (SELECT max(date) FROM progress_reports WHERE mentee_id = :menteeId) AS last_report`,
};

interface MilestoneSqlRow {
  id: number;
  goal_id: number;
  goal_title: string;
  title: string;
  due_date: string;
  done_on: string | null;
  major: number;
  indicator_kind: IndicatorKind;
}

export function menteeDashboard(db: Db, menteeId: number, today: string, period: Period = defaultPeriod(today)): MenteeDashboard {
  const p = { menteeId, today };
  const mentee = sql<{ id: number; name: string; status: MenteeStatus; next_meeting: string | null }>(db, DASHBOARD_SQL.mentee).get(p);
  if (!mentee) throw notFound('mentee');

  const readings = new Map<number, SeriesPoint[]>();
  for (const r of sql<{ goal_id: number; date: string; value: number }>(db, DASHBOARD_SQL.readings).all(p)) {
    const list = readings.get(r.goal_id) ?? [];
    list.push({ date: r.date, value: r.value, kind: 'reading' });
    readings.set(r.goal_id, list);
  }
  const goals: GoalProgress[] = sql<GoalRow>(db, DASHBOARD_SQL.goals)
    .all(p)
    .map((row) => {
      const g = toGoalSummary(row);
      return {
        id: g.id,
        title: g.title,
        area: g.area,
        status: g.status,
        metric: g.metric,
        unit: g.unit,
        baseline: g.baseline,
        target: g.target,
        current: g.current,
        progress: g.progress,
        startDate: g.startDate,
        targetDate: g.targetDate,
        series: [
          { date: g.startDate, value: g.baseline, kind: 'baseline' },
          ...(readings.get(g.id) ?? []),
          { date: g.targetDate, value: g.target, kind: 'target' },
        ],
      };
    });

  const milestones: TimelineMilestone[] = sql<MilestoneSqlRow>(db, DASHBOARD_SQL.milestones)
    .all(p)
    .map((r) => ({
      id: r.id,
      goalId: r.goal_id,
      goalTitle: r.goal_title,
      title: r.title,
      dueDate: r.due_date,
      doneOn: r.done_on,
      major: r.major === 1,
      overdue: r.done_on === null && r.due_date < today,
      indicatorKind: r.indicator_kind,
    }));

  const refl = sql<{ sessions: number; debriefed: number; attempted: number; learned: number; next_adjustment: number; last_date: string | null }>(
    db,
    DASHBOARD_SQL.reflections,
  ).get(p)!;
  const resourceCounts = new Map(
    sql<{ status: ResourceStatus; n: number }>(db, DASHBOARD_SQL.resources)
      .all(p)
      .map((r) => [r.status, r.n]),
  );
  const counts = sql<{
    evidence: number;
    sponsorship: number;
    decisions: number;
    open_deadlines: number;
    overdue_deadlines: number;
    reports: number;
    last_report: string | null;
  }>(db, DASHBOARD_SQL.counts).get(p)!;
  const charter = getCharter(db, menteeId, today);

  return {
    menteeId,
    name: mentee.name,
    status: mentee.status,
    asOf: today,
    goalsByStatus: GOAL_STATUSES.map((status) => ({ status, count: goals.filter((g) => g.status === status).length })),
    goals,
    milestones,
    competencies: competencyGrowth(db, menteeId),
    reflections: {
      sessions: refl.sessions,
      debriefed: refl.debriefed,
      awaitingDebrief: refl.sessions - refl.debriefed,
      attempted: refl.attempted,
      learned: refl.learned,
      nextAdjustment: refl.next_adjustment,
      lastSessionDate: refl.last_date,
    },
    resourcesByStatus: RESOURCE_STATUSES.map((status) => ({ status, count: resourceCounts.get(status) ?? 0 })),
    counts: {
      milestonesTotal: milestones.length,
      milestonesDone: milestones.filter((m) => m.doneOn !== null).length,
      milestonesOverdue: milestones.filter((m) => m.overdue).length,
      evidence: counts.evidence,
      sponsorshipMoments: counts.sponsorship,
      decisions: counts.decisions,
      openDeadlines: counts.open_deadlines,
      overdueDeadlines: counts.overdue_deadlines,
      progressReports: counts.reports,
    },
    lastProgressReportDate: counts.last_report,
    evidenceByMonth: sql<{ month: string; kind: EvidenceKind; n: number }>(db, DASHBOARD_SQL.evidenceByMonth)
      .all(p)
      .map((r) => ({ month: r.month, kind: r.kind, count: r.n })),
    pilot: charter?.pilot ?? null,
    nextMeetingDate: mentee.next_meeting,
    period: menteePeriodFigures(db, menteeId, period, today),
  };
}
