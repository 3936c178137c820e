import { menteeDashboard } from '../../src/main/features/dashboard/mentee';
import { localToday, plusDays } from '../../src/shared/dates';
import type { BenchCase, Target } from '../lib/types';

/**
 * The mentee dashboard's one query, for a mentee with 50 goals and five years of weekly
 * readings on each (13k points), as a long mentorship would have. Mentee 1 is grown to
 * that size on both sides before timing (the renderer rows draw the same mentee).
 */
export const DASHBOARD_MENTEE = 1;
const GOALS = 50;
const WEEKS = 5 * 52;

function growMentee(t: Target): void {
  const db = t.db;
  const goalIds = db.prepare('SELECT id FROM goals WHERE mentee_id = ? ORDER BY id').pluck().all(DASHBOARD_MENTEE) as number[];
  if (goalIds.length < GOALS) throw new Error(`mentee ${DASHBOARD_MENTEE} has ${goalIds.length} goals; the bench needs ${GOALS} (run with --goals 5000 --mentees 100)`);
  const today = localToday();
  const insert = db.prepare("INSERT INTO goal_readings (goal_id, date, value, note, created_at) VALUES (?, ?, ?, '', ?)");
  db.transaction(() => {
    db.prepare('DELETE FROM goal_readings WHERE goal_id IN (SELECT id FROM goals WHERE mentee_id = ?)').run(DASHBOARD_MENTEE);
    for (const [g, goalId] of goalIds.slice(0, GOALS).entries()) {
      for (let w = WEEKS; w > 0; w--) {
        const date = plusDays(today, -7 * w);
        insert.run(goalId, date, Math.round((1 + ((WEEKS - w) / WEEKS) * 6 + ((g + w) % 5) / 10) * 10) / 10, `${date}T09:00:00.000Z`);
      }
    }
  })();
}

export const cases: BenchCase[] = [
  {
    name: `mentee dashboard query (${GOALS} goals, 5 years of weekly readings)`,
    iterations: 40,
    warmup: 3,
    twin: true,
    target: '<= 30 ms',
    setup: (_env, t) => growMentee(t),
    run(_env, t) {
      const dashboard = menteeDashboard(t.db, DASHBOARD_MENTEE, localToday());
      if (dashboard.goals.length < GOALS) throw new Error(`dashboard shows ${dashboard.goals.length} goals`);
    },
  },
];
