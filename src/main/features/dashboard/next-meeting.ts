/**
 * An SQL expression, evaluated per mentee row aliased `m`, that gives the local date
 * (YYYY-MM-DD, in the zone the meeting was planned in) of the mentee's next planned
 * meeting on or after `:today`, or NULL. Both dashboards use it; it is a search on the
 * index meetings_by_mentee (mentee_id, status, local_date) from migration 004.
 */
export const NEXT_MEETING_SQL = `(SELECT min(nm.local_date) FROM meetings nm
  WHERE nm.mentee_id = m.id AND nm.status = 'planned' AND nm.local_date >= :today)`;
