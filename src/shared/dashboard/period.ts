/**
 * What a period of the plan holds, defined once: the dashboard's period figures and the
 * progress report apply these same rules to the same rows.
 *
 * - A goal counts if it is active at any time in the period: set by the period's end
 *   (started or written down by then), not dropped, and not achieved before it began.
 * - Milestones done: done within the period.
 * - Milestones open: open at the period's end or today, whichever is earlier.
 * - Overdue: open (as above) and due before the day the figures are prepared.
 * - Meetings held, readings, evidence, sponsorship: dated within the period (a held
 *   meeting by the day it was held).
 */
/** The period a report and the dashboard take unless told otherwise: the last 90 days, today included. */
export const DEFAULT_PERIOD_DAYS = 90;

export interface Period {
  from: string;
  to: string;
}

export interface PeriodGoal {
  status: string;
  startDate: string;
  /** The day the goal was written down. */
  createdOn: string;
  /** The day it was achieved or dropped (null while live). */
  closedOn: string | null;
}

export interface PeriodMilestone {
  dueDate: string;
  doneOn: string | null;
}

export const inPeriod = (date: string | null, p: Period): boolean => date !== null && date >= p.from && date <= p.to;

export function goalCounts(g: PeriodGoal, p: Period): boolean {
  if (g.status === 'dropped') return false;
  const setOn = g.createdOn < g.startDate ? g.createdOn : g.startDate;
  return setOn <= p.to && (g.closedOn === null || g.closedOn >= p.from);
}

/** The day open milestones are judged on: the period's end, or today when the period ends later. */
export const openAsOf = (p: Period, today: string): string => (p.to < today ? p.to : today);

export const milestoneDone = (m: PeriodMilestone, p: Period): boolean => inPeriod(m.doneOn, p);

export const milestoneOpen = (m: PeriodMilestone, p: Period, today: string): boolean => {
  const asOf = openAsOf(p, today);
  return m.doneOn === null || m.doneOn > asOf;
};

export const milestoneOverdue = (m: PeriodMilestone, p: Period, today: string): boolean => milestoneOpen(m, p, today) && m.dueDate < today;

/** Every figure a period shows, on the dashboard and in the report's summary. */
export interface PeriodFigures {
  from: string;
  to: string;
  /** The day open and overdue are judged against (the report's "prepared on"). */
  asOf: string;
  goals: number;
  goalsByStatus: Record<'not-started' | 'on-track' | 'at-risk' | 'achieved', number>;
  milestonesDone: number;
  milestonesOpen: number;
  milestonesOverdue: number;
  /** Goals with a reading in the period, and the readings. */
  goalsMeasured: number;
  readings: number;
  evidence: number;
  sponsorshipMoments: number;
  meetingsHeld: number;
  decisions: number;
}

export interface PeriodPlan {
  goals: (PeriodGoal & { milestones: PeriodMilestone[]; readings: { date: string }[] })[];
  evidence: { date: string }[];
  sponsorship: { date: string }[];
  /** Held meetings by the day they were held. */
  meetings: { date: string }[];
  decisions: { date: string }[];
}

export function periodFigures(plan: PeriodPlan, p: Period, today: string): PeriodFigures {
  const goals = plan.goals.filter((g) => goalCounts(g, p));
  const milestones = goals.flatMap((g) => g.milestones);
  const byStatus = (s: string) => goals.filter((g) => g.status === s).length;
  const readingsIn = goals.map((g) => g.readings.filter((r) => inPeriod(r.date, p)).length);
  const dated = (rows: { date: string }[]) => rows.filter((r) => inPeriod(r.date, p)).length;
  return {
    from: p.from,
    to: p.to,
    asOf: today,
    goals: goals.length,
    goalsByStatus: { 'not-started': byStatus('not-started'), 'on-track': byStatus('on-track'), 'at-risk': byStatus('at-risk'), achieved: byStatus('achieved') },
    milestonesDone: milestones.filter((m) => milestoneDone(m, p)).length,
    milestonesOpen: milestones.filter((m) => !milestoneDone(m, p) && milestoneOpen(m, p, today)).length,
    milestonesOverdue: milestones.filter((m) => !milestoneDone(m, p) && milestoneOverdue(m, p, today)).length,
    goalsMeasured: readingsIn.filter((n) => n > 0).length,
    readings: readingsIn.reduce((a, b) => a + b, 0),
    evidence: dated(plan.evidence),
    sponsorshipMoments: dated(plan.sponsorship),
    meetingsHeld: dated(plan.meetings),
    decisions: dated(plan.decisions),
  };
}
