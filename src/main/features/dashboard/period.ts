import { DEFAULT_PERIOD_DAYS, periodFigures, type Period, type PeriodFigures } from '../../../shared/dashboard/period';
import { plusDays } from '../../../shared/dates';
import type { Db } from '../../vault/sqlite';
import { readDecisions, readEvidence, readGoals, readReportMeetings, readSponsorship } from '../documents/queries';

/** The period a dashboard shows without one asked for: the report's default, the last 90 days up to today. */
export function defaultPeriod(today: string): Period {
  return { from: plusDays(today, -(DEFAULT_PERIOD_DAYS - 1)), to: today };
}

/**
 * The mentee's figures for a period, from the very queries the progress report reads
 * (nothing confidential among them) and the shared period rules: a figure on the
 * dashboard and the same figure in the report cannot disagree.
 */
export function menteePeriodFigures(db: Db, menteeId: number, period: Period, today: string): PeriodFigures {
  const { from, to } = period;
  return periodFigures(
    {
      // The figures count readings inside the period only: the years before it need not be read.
      goals: readGoals(db, menteeId, to, from),
      evidence: readEvidence(db, menteeId, from, to),
      sponsorship: readSponsorship(db, menteeId, from, to),
      meetings: readReportMeetings(db, menteeId, from, to),
      decisions: readDecisions(db, menteeId, from, to),
    },
    period,
    today,
  );
}
