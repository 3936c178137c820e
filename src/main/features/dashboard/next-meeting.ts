/**
 * SEAM for the meetings feature (migration 004): an SQL expression, evaluated per
 * mentee row aliased `m`, that gives the date (YYYY-MM-DD) of the mentee's next planned
 * meeting on or after `:today`, or NULL. Until meetings exist there is none.
 *
 * The meetings helper replaces it with something like
 *   (SELECT min(date) FROM meetings WHERE mentee_id = m.id AND status = 'planned' AND date >= :today)
 * plus an index on meetings (mentee_id, status, date); both dashboards pick it up, and
 * test/core/plan/dashboard-plans.test.ts checks the query plans.
 */
export const NEXT_MEETING_SQL = 'NULL';
