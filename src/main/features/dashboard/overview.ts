import type { MenteeStatus } from '../../../shared/mentees/schema';
import { pilotState } from '../../../shared/charter/pilot';
import type { OverviewRow, OverviewSort } from '../../../shared/dashboard/schema';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { NEXT_MEETING_SQL } from './next-meeting';

/**
 * The pilot a mentee is in: from the latest agreed charter version, else the draft.
 * Shared by both dashboards so they never disagree.
 */
export const PILOT_VERSION_SQL = `(SELECT v.id FROM charter_versions v WHERE v.mentee_id = m.id
  ORDER BY v.status = 'agreed' DESC, v.version DESC LIMIT 1)`;

/** One row per mentee, every figure a correlated subquery on an index: one statement, no N+1. */
export const OVERVIEW_SQL = `SELECT m.id, m.name, m.role, m.team, m.status,
  ${NEXT_MEETING_SQL} AS next_meeting,
  (SELECT count(*) FROM goals g WHERE g.mentee_id = m.id AND g.status IN ('not-started','on-track','at-risk')) AS goals_open,
  (SELECT count(*) FROM goals g WHERE g.mentee_id = m.id AND g.status = 'at-risk') AS goals_at_risk,
  (SELECT count(*) FROM goals g JOIN milestones ms ON ms.goal_id = g.id
     WHERE g.mentee_id = m.id AND ms.done_on IS NULL AND ms.due_date < :today) AS overdue_milestones,
  (SELECT min(ms.due_date) FROM goals g JOIN milestones ms ON ms.goal_id = g.id
     WHERE g.mentee_id = m.id AND ms.done_on IS NULL AND ms.due_date >= :today) AS next_milestone_due,
  cv.pilot_start, cv.pilot_review_date, c.pilot_reviewed_on
  FROM mentees m
  LEFT JOIN charters c ON c.mentee_id = m.id
  LEFT JOIN charter_versions cv ON cv.id = ${PILOT_VERSION_SQL}
  WHERE m.archived_at IS NULL AND m.status IN (SELECT value FROM json_each(:statuses))
    AND (:q = '' OR m.name LIKE :q ESCAPE '\\' OR m.team LIKE :q ESCAPE '\\' OR m.role LIKE :q ESCAPE '\\')`;

interface OverviewSqlRow {
  id: number;
  name: string;
  role: string;
  team: string;
  status: MenteeStatus;
  next_meeting: string | null;
  goals_open: number;
  goals_at_risk: number;
  overdue_milestones: number;
  next_milestone_due: string | null;
  pilot_start: string | null;
  pilot_review_date: string | null;
  pilot_reviewed_on: string | null;
}

const PILOT_ORDER = { 'review-due': 0, 'in-pilot': 1, 'not-started': 2, 'not-planned': 3, done: 4 } as const;

/** Nulls last whichever the direction: "no meeting planned" is never the most urgent row. */
function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), undefined, { sensitivity: 'base' });
}

const SORT_KEY: Record<OverviewSort, (r: OverviewRow) => string | number | null> = {
  name: (r) => r.name,
  status: (r) => r.status,
  nextMeeting: (r) => r.nextMeetingDate,
  goalsAtRisk: (r) => r.goalsAtRisk,
  overdueMilestones: (r) => r.overdueMilestones,
  pilotReview: (r) => PILOT_ORDER[r.pilot.state] * 1e6 + (r.pilot.daysToReview ?? 0),
};

export function overview(
  db: Db,
  input: { statuses: MenteeStatus[]; search: string; sort: OverviewSort; direction: 'asc' | 'desc'; offset: number; limit: number },
  today: string,
): Page<OverviewRow> {
  const q = input.search ? `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : '';
  const rows = sql<OverviewSqlRow>(db, OVERVIEW_SQL)
    .all({ today, statuses: JSON.stringify(input.statuses), q })
    .map((r): OverviewRow => {
      const pilot = { startDate: r.pilot_start, reviewDate: r.pilot_review_date, reviewedOn: r.pilot_reviewed_on };
      return {
        menteeId: r.id,
        name: r.name,
        role: r.role,
        team: r.team,
        status: r.status,
        nextMeetingDate: r.next_meeting,
        goalsOpen: r.goals_open,
        goalsAtRisk: r.goals_at_risk,
        overdueMilestones: r.overdue_milestones,
        nextMilestoneDue: r.next_milestone_due,
        pilot: { ...pilotState(pilot, today), startDate: r.pilot_start, reviewDate: r.pilot_review_date },
      };
    });
  // Sorted here, not in SQL: the pilot's state and the nulls-last rule are computed values.
  const key = SORT_KEY[input.sort];
  const sign = input.direction === 'desc' ? -1 : 1;
  rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return compare(ka, kb) || a.name.localeCompare(b.name);
    return sign * compare(ka, kb) || a.name.localeCompare(b.name) || a.menteeId - b.menteeId;
  });
  return { rows: rows.slice(input.offset, input.offset + input.limit), total: rows.length };
}
