import type { HeldDeletionsView } from '../../../shared/sync/contract';
import type { Db } from '../../vault/sqlite';
import { DELETED_COLUMN } from '../../vault/sync-capture/capture-sql';
import { VaultError } from '../../vault/vault-error';
import { recordOf } from './record-kind';
import { createReplica } from './replica/replica';

/**
 * The deletion fail-safe's held batch, for the mentor to judge (Joplin's lesson: a batch
 * deleting much at once is more often a faulty copy or a slip than an intention): what it
 * would delete here, then applied on confirmation, or refused so the records stay everywhere.
 */

interface HeldMessage {
  timestamp: string;
  dataset: string;
  row: string;
  column: string;
}

const heldMessages = (db: Db) => (db.prepare('SELECT message FROM sync_held ORDER BY timestamp').pluck().all() as string[]).map((s) => JSON.parse(s) as HeldMessage);

/** How many records the held batch would delete here (the status asks this every minute, so no row is read whole). */
export function heldDeletionCount(db: Db): number {
  return db
    .prepare(
      `SELECT count(DISTINCT json_extract(h.message, '$.dataset') || ' ' || json_extract(h.message, '$.row')) FROM sync_held h
       JOIN sync_rows r ON r.dataset = json_extract(h.message, '$.dataset') AND r.uid = json_extract(h.message, '$.row')
       WHERE json_extract(h.message, '$.column') = ?`,
    )
    .pluck()
    .get(DELETED_COLUMN) as number;
}

export function heldDeletions(db: Db): HeldDeletionsView | null {
  const messages = heldMessages(db);
  if (messages.length === 0) return null;
  const localId = db.prepare('SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?').pluck();
  const nameOf = db.prepare('SELECT name FROM mentees WHERE id = ?').pluck();
  const rows = new Map<string, HeldMessage>();
  for (const m of messages) if (m.column === DELETED_COLUMN && localId.get(m.dataset, m.row) !== undefined) rows.set(`${m.dataset}\u0000${m.row}`, m);
  const kinds = new Map<ReturnType<typeof recordOf>, number>();
  const mentees: string[] = [];
  for (const m of rows.values()) {
    const record = recordOf(m.dataset);
    kinds.set(record, (kinds.get(record) ?? 0) + 1);
    if (m.dataset === 'mentees') mentees.push(nameOf.get(localId.get(m.dataset, m.row)) as string);
  }
  return {
    deletions: rows.size,
    kinds: [...kinds].map(([record, count]) => ({ record, count })).sort((a, b) => b.count - a.count),
    mentees: mentees.sort((a, b) => a.localeCompare(b)),
    at: messages[messages.length - 1]!.timestamp.slice(0, 24),
  };
}

function mustHold(db: Db): void {
  if (heldMessages(db).length === 0) throw new VaultError('NOT_FOUND', 'No deletions from another computer are waiting for you to decide.');
}

/** The mentor confirmed: the held batch is applied, deletions included. */
export function confirmHeld(db: Db): void {
  mustHold(db);
  createReplica(db).releaseHeld();
}

/** The mentor keeps the records: the batch's other changes are applied, and the rows are sent again. */
export function refuseHeld(db: Db): number {
  mustHold(db);
  return createReplica(db).refuseHeld().kept;
}
