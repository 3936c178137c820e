import { CHARTER_DEFAULT_TEXTS } from '../../../../shared/charter/defaults';
import { DEFAULT_LOCALE, LOCALES } from '../../../../shared/i18n/locales';
import type { Db } from '../../../vault/sqlite';
import { sql } from '../../../vault/statements';

/**
 * A charter's versions are numbered on each computer in the order they were written (the
 * time written in them, then the clock of their first change and their uid), the draft last: two computers agreeing a new
 * version at once both wrote "version 2", and both keep both, the later as version 3. The
 * number a version arrives with is where it lands if free; the mentee's versions are then
 * put in order. An edit never moves a number: only this, while changes are applied
 * (migrations 018 and 020).
 */
export const NUMBERED_TABLE = 'charter_versions';

/** The number an arriving version takes: its own if free, else the next after the mentee's last. */
export function freeVersionNumber(db: Db, menteeId: number, wanted: number): number {
  const taken = sql(db, 'SELECT 1 FROM charter_versions WHERE mentee_id = ? AND version = ?').get(menteeId, wanted) !== undefined;
  if (!taken) return wanted;
  return (sql(db, 'SELECT max(version) FROM charter_versions WHERE mentee_id = ?').pluck().get(menteeId) as number) + 1;
}

/**
 * Why a first version stands above 1: it was begun on another computer while this charter
 * was begun too. Written in the mentee's document language (it syncs, so every computer
 * writes the same words), else English; the mentor may change it while it is a draft.
 */
export function concurrentReason(db: Db, menteeId: number): string {
  const stored = sql(db, 'SELECT document_locale FROM mentees WHERE id = ?').pluck().get(menteeId) as string | null | undefined;
  return CHARTER_DEFAULT_TEXTS[LOCALES.find((locale) => locale === stored) ?? DEFAULT_LOCALE].concurrentReason;
}

/**
 * Numbers the mentee's versions 1, 2, 3… where that differs from now: the agreed ones in the
 * order they were written, then the draft (the charter's next version). A version's reason
 * is its own, or, above 1 with none (a first version begun on two computers at once), why.
 */
export function orderVersions(db: Db, menteeId: number): void {
  const rows = db
    .prepare(
      `SELECT v.id, v.version, v.status, v.reason, v.created_at AS made, r.uid,
         (SELECT min(c.timestamp) FROM sync_cells c WHERE c.dataset = 'charter_versions' AND c.row_uid = r.uid) AS stamp,
         (SELECT c.value FROM sync_cells c WHERE c.dataset = 'charter_versions' AND c.row_uid = r.uid AND c."column" = 'reason') AS written
       FROM charter_versions v LEFT JOIN sync_rows r ON r.dataset = 'charter_versions' AND r.local_id = v.id
       WHERE v.mentee_id = ?`,
    )
    .all(menteeId) as { id: number; version: number; status: string; reason: string; made: string; uid: string | null; stamp: string | null; written: string | null }[];
  // Never stamped yet (a change still to collect) comes after every stamped one.
  const key = (r: (typeof rows)[number]) => `${r.status === 'agreed' ? 0 : 1}\u0000${r.made}\u0000${r.stamp ?? '\uffff'}\u0000${r.uid ?? ''}\u0000${String(r.id).padStart(12, '0')}`;
  const ordered = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const why = concurrentReason(db, menteeId);
  const moving = ordered
    .map((row, i) => {
      const own = row.written ?? row.reason;
      return { row, number: i + 1, reason: own !== '' || i === 0 ? own : why };
    })
    .filter(({ row, number, reason }) => row.version !== number || row.reason !== reason);
  if (moving.length === 0) return;
  // Out of the way first (numbers are unique per charter, and above 1 a reason is required).
  const set = sql(db, 'UPDATE charter_versions SET version = ?, reason = ? WHERE id = ?');
  for (const { row, reason } of moving) set.run(row.version + 1_000_000, reason === '' ? why : reason, row.id);
  for (const { row, number, reason } of moving) set.run(number, reason, row.id);
}
