import { z } from 'zod';
import { MENTEE_STATUSES, type MenteeStatus } from '../mentees/schema';
import { id, isoDate, MAX_LIST, shortText } from '../primitives';
import type { CompetencyGrowth } from '../assessment/schema';
import type { PilotInfo, PilotState } from '../charter/schema';
import type { GoalArea, GoalStatus, IndicatorKind } from '../goals/schema';
import type { ResourceStatus } from '../learning/schema';
import type { EvidenceKind } from '../records/schema';
import type { PeriodFigures } from './period';
import { says } from '../i18n/messages/validation';

/**
 * `asOf` = the day the dashboard is drawn for (default: the mentor's today); `from`/`to`
 * = the period its period figures cover (default: the last 90 days up to `asOf`).
 */
export const menteeDashboardInput = z
  .strictObject({ menteeId: id, asOf: isoDate('As of').optional(), from: isoDate('From').optional(), to: isoDate('To').optional() })
  .refine((v) => (v.from === undefined) === (v.to === undefined), { message: says('validation.says.periodBothEnds'), path: ['to'] })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: says('validation.says.periodInOrder'), path: ['to'] });

export const OVERVIEW_SORTS = ['name', 'status', 'nextMeeting', 'goalsAtRisk', 'overdueMilestones', 'pilotReview'] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

export const overviewInput = z.strictObject({
  asOf: isoDate('As of').optional(),
  /** Which mentees count as active here; by default everyone not completed or archived. */
  statuses: z.array(z.enum(MENTEE_STATUSES)).min(1, 'Choose at least one status').max(MENTEE_STATUSES.length).default(['prospective', 'pilot', 'active', 'paused']),
  search: shortText('Search').default(''),
  sort: z.enum(OVERVIEW_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.int().min(0).max(10_000_000).default(0),
  limit: z.int().min(1).max(MAX_LIST * 5).default(500),
});

/** One point of a goal's chart: the baseline at the start, each reading, the target at the target date. */
export interface SeriesPoint {
  date: string;
  value: number;
  kind: 'baseline' | 'reading' | 'target';
}

export interface GoalProgress {
  id: number;
  title: string;
  area: GoalArea;
  status: GoalStatus;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  current: number | null;
  progress: number | null;
  startDate: string;
  targetDate: string;
  series: SeriesPoint[];
}

export interface TimelineMilestone {
  id: number;
  goalId: number;
  goalTitle: string;
  title: string;
  dueDate: string;
  doneOn: string | null;
  major: boolean;
  overdue: boolean;
  indicatorKind: IndicatorKind;
}

export interface ReflectionSummary {
  sessions: number;
  /** Sessions with any part of the debrief written. */
  debriefed: number;
  awaitingDebrief: number;
  attempted: number;
  learned: number;
  nextAdjustment: number;
  lastSessionDate: string | null;
}

export interface MenteeDashboard {
  menteeId: number;
  name: string;
  status: MenteeStatus;
  asOf: string;
  /** Every status, zero-filled, in the lifecycle's order. */
  goalsByStatus: { status: GoalStatus; count: number }[];
  goals: GoalProgress[];
  milestones: TimelineMilestone[];
  competencies: CompetencyGrowth[];
  reflections: ReflectionSummary;
  resourcesByStatus: { status: ResourceStatus; count: number }[];
  counts: {
    milestonesTotal: number;
    milestonesDone: number;
    milestonesOverdue: number;
    evidence: number;
    sponsorshipMoments: number;
    decisions: number;
    openDeadlines: number;
    overdueDeadlines: number;
    progressReports: number;
  };
  lastProgressReportDate: string | null;
  /** Evidence of every kind per month (YYYY-MM) it is dated, oldest first; the same rows the Evidence tile counts. */
  evidenceByMonth: { month: string; kind: EvidenceKind; count: number }[];
  /** Null when the mentee has no charter yet. */
  pilot: PilotInfo | null;
  /** Null until the meetings feature plans meetings. */
  nextMeetingDate: string | null;
  /** The period's figures, by the same rules and queries as the progress report for that period. */
  period: PeriodFigures;
}

export interface OverviewRow {
  menteeId: number;
  name: string;
  role: string;
  team: string;
  status: MenteeStatus;
  nextMeetingDate: string | null;
  goalsOpen: number;
  goalsAtRisk: number;
  overdueMilestones: number;
  nextMilestoneDue: string | null;
  pilot: { state: PilotState; startDate: string | null; reviewDate: string | null; daysToReview: number | null };
}
