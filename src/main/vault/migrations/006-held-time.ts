import { instantToZoned } from '../../../shared/meetings/zoned';
import type { Migration } from './migration';

/**
 * A meeting's time is where it takes place: its plan while it is ahead, the time it was
 * actually held once it has run. Every listing, summary, carried action, report and
 * calendar reads local_date, local_time and starts_at, so they all tell the held time;
 * the plan is kept beside them (NULL until the meeting runs). A meeting held far from
 * its plan may move the rest of the rhythm once (rhythm_moved).
 *
 * Meetings already held keep their plan here and get the time they started.
 */
export const heldTime: Migration = {
  version: 6,
  name: 'held time: a run meeting takes the time it was held, its plan kept in planned_date, planned_time, planned_starts_at',
  up(db) {
    db.exec(`
      ALTER TABLE meetings ADD COLUMN planned_date TEXT;
      ALTER TABLE meetings ADD COLUMN planned_time TEXT;
      ALTER TABLE meetings ADD COLUMN planned_starts_at TEXT;
      -- Set once the rest of the rhythm was moved after this meeting was held far from its plan.
      ALTER TABLE meetings ADD COLUMN rhythm_moved INTEGER NOT NULL DEFAULT 0 CHECK (rhythm_moved IN (0,1));
    `);
    const run = db
      .prepare("SELECT id, local_date, local_time, starts_at, time_zone, started_at FROM meetings WHERE status IN ('held','in-progress') AND started_at IS NOT NULL")
      .all() as { id: number; local_date: string; local_time: string; starts_at: string; time_zone: string; started_at: string }[];
    const update = db.prepare(
      `UPDATE meetings SET planned_date = ?, planned_time = ?, planned_starts_at = ?, local_date = ?, local_time = ?, starts_at = ? WHERE id = ?`,
    );
    for (const r of run) {
      // To the minute, like a planned time.
      const ms = Date.parse(r.started_at) - (Date.parse(r.started_at) % 60_000);
      const held = instantToZoned(ms, r.time_zone);
      update.run(r.local_date, r.local_time, r.starts_at, held.date, held.time, new Date(ms).toISOString(), r.id);
    }
  },
};
