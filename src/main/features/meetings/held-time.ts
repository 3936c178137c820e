import { heldFarFromPlan, heldShiftDays } from '../../../shared/meetings/held';
import type { CatalogueLocale } from '../../../shared/i18n/locales';
import { instantToZoned } from '../../../shared/meetings/zoned';
import { localToday, plusDays } from '../../../shared/dates';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { writtenWords } from './written';
import { recordMeetingDecision } from './capture';
import { meetingRow, toSummary, type MeetingRow } from './rows';
import { resolveWhen } from './store';

/**
 * A meeting that runs takes the time it was held as its time (the plan is kept in
 * planned_*), so every listing, carried action, report and calendar tells the held time.
 * A calendar that imported the plan must update the event: the sequence goes up.
 */
export function recordHeldTime(db: Db, row: MeetingRow, heldAt: string): void {
  // To the minute, like a planned time: the local time and the instant say the same.
  const ms = Date.parse(heldAt) - (Date.parse(heldAt) % 60_000);
  const held = instantToZoned(ms, row.time_zone);
  const moved = held.date !== row.local_date || held.time !== row.local_time ? 1 : 0;
  sql(
    db,
    `UPDATE meetings SET planned_date = coalesce(planned_date, local_date), planned_time = coalesce(planned_time, local_time),
       planned_starts_at = coalesce(planned_starts_at, starts_at), local_date = ?, local_time = ?, starts_at = ?, sequence = sequence + ?
     WHERE id = ?`,
  ).run(held.date, held.time, new Date(ms).toISOString(), moved, row.id);
}

/** What the rest of the mentee's rhythm is: planned meetings from the charter after this one's planned time. */
const LATER_RHYTHM_SQL = `SELECT id, local_date, local_time, time_zone FROM meetings
  WHERE mentee_id = ? AND id <> ? AND status = 'planned' AND origin IN ('generated-from-rhythm','pilot-review') AND starts_at > ?
  ORDER BY starts_at, id`;

function laterRhythm(db: Db, row: MeetingRow) {
  return sql<{ id: number; local_date: string; local_time: string; time_zone: string }>(db, LATER_RHYTHM_SQL).all(
    row.mentee_id,
    row.id,
    row.planned_starts_at ?? row.starts_at,
  );
}

/** How many planned meetings of the rhythm a move would shift (0 when none is offered: held near its plan, or moved already). */
export function rhythmToMove(db: Db, row: MeetingRow): number {
  const summary = toSummary(row);
  if (row.status !== 'held' || row.rhythm_moved === 1 || !heldFarFromPlan(summary)) return 0;
  return laterRhythm(db, row).length;
}

/**
 * Moves the rest of the rhythm by as many days as this meeting was held from its plan
 * (same local time), once, and logs the decision with the meeting.
 */
export function moveRhythm(db: Db, id: number, today = localToday(), locale?: CatalogueLocale): number {
  const words = writtenWords(locale);
  return db.transaction(() => {
    const row = meetingRow(db, id);
    if (row.status !== 'held') throw new VaultError('CONFLICT', 'Only a held meeting can move the rest of the rhythm.');
    if (row.rhythm_moved === 1) throw new VaultError('CONFLICT', 'The rest of the rhythm was already moved after this meeting.');
    const summary = toSummary(row);
    if (!heldFarFromPlan(summary)) throw new VaultError('CONFLICT', 'This meeting was held close to its planned date; the rhythm stays as it is.');
    const days = heldShiftDays(summary);
    const later = laterRhythm(db, row);
    const now = nowIso();
    const update = sql(db, 'UPDATE meetings SET local_date = ?, local_time = ?, time_zone = ?, starts_at = ?, sequence = sequence + 1, updated_at = ? WHERE id = ?');
    for (const m of later) {
      const when = resolveWhen(plusDays(m.local_date, days), m.local_time, m.time_zone);
      update.run(when.date, when.time, when.timeZone, when.startsAt, now, m.id);
    }
    sql(db, 'UPDATE meetings SET rhythm_moved = 1, updated_at = ? WHERE id = ?').run(now, id);
    recordMeetingDecision(
      db,
      id,
      {
        decision: words.moveRhythm(days).slice(0, 200),
        rationale: words.moveRhythmWhy(row.kind, summary.plannedDate, summary.date),
        changed: words.moveRhythmChanged(later.length, days),
      },
      today,
    );
    return later.length;
  })();
}
