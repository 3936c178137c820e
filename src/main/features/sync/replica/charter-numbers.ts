import type { Db } from '../../../vault/sqlite';

/**
 * A charter's versions are numbered on each computer in the order they were written (the
 * clock of their first change, then their uid): two computers agreeing a new version at once
 * both wrote "version 2", and both keep both, the later as version 3. The number a version
 * arrives with is where it lands if free; the mentee's versions are then put in order. An
 * edit never moves a number: only this, while changes are applied (migration 018).
 */
export const NUMBERED_TABLE = 'charter_versions';

/** The number an arriving version takes: its own if free, else the next after the mentee's last. */
export function freeVersionNumber(db: Db, menteeId: number, wanted: number): number {
  const taken = db.prepare('SELECT 1 FROM charter_versions WHERE mentee_id = ? AND version = ?').get(menteeId, wanted) !== undefined;
  if (!taken) return wanted;
  return (db.prepare('SELECT max(version) FROM charter_versions WHERE mentee_id = ?').pluck().get(menteeId) as number) + 1;
}

/** Numbers the mentee's versions 1, 2, 3… in the order they were written, where that differs from now. */
export function orderVersions(db: Db, menteeId: number): void {
  const rows = db
    .prepare(
      `SELECT v.id, v.version, v.reason, r.uid,
         (SELECT min(c.timestamp) FROM sync_cells c WHERE c.dataset = 'charter_versions' AND c.row_uid = r.uid) AS stamp
       FROM charter_versions v LEFT JOIN sync_rows r ON r.dataset = 'charter_versions' AND r.local_id = v.id
       WHERE v.mentee_id = ?`,
    )
    .all(menteeId) as { id: number; version: number; reason: string; uid: string | null; stamp: string | null }[];
  // Never stamped yet (a change still to collect) comes after every stamped one.
  const key = (r: (typeof rows)[number]) => `${r.stamp ?? '\uffff'}\u0000${r.uid ?? ''}\u0000${String(r.id).padStart(12, '0')}`;
  const ordered = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const moving = ordered.map((row, i) => ({ row, number: i + 1 })).filter(({ row, number }) => row.version !== number);
  // A first version (it needs no reason) cannot move up: two charters begun at once are not merged here.
  if (moving.length === 0 || moving.some(({ row, number }) => number !== 1 && row.reason === '')) return;
  const set = db.prepare('UPDATE charter_versions SET version = ? WHERE id = ?');
  for (const { row } of moving) set.run(row.version + 1_000_000, row.id);
  for (const { row, number } of moving) set.run(number, row.id);
}
