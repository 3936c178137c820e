import type { HeldDeletionsView } from '../../../shared/sync/contract';
import type { Db } from '../../vault/sqlite';
import { DELETED_COLUMN } from '../../vault/sync-capture/capture-sql';
import { VaultError } from '../../vault/vault-error';
import { PART_TABLES, recordOf } from './record-kind';
import { createReplica } from './replica/replica';
import { nodeFolders } from './state';

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

const PARTS_SQL = PART_TABLES.map((t) => `'${t}'`).join(', ');

/**
 * How many records the held batch would delete here, parts of records not counted (all rows
 * when it deletes parts only). The status asks this every minute, so no row is read whole.
 */
export function heldDeletionCount(db: Db): number {
  const count = (parts: boolean) =>
    db
      .prepare(
        `SELECT count(DISTINCT json_extract(h.message, '$.dataset') || ' ' || json_extract(h.message, '$.row')) FROM sync_held h
         JOIN sync_rows r ON r.dataset = json_extract(h.message, '$.dataset') AND r.uid = json_extract(h.message, '$.row')
         WHERE json_extract(h.message, '$.column') = ?${parts ? '' : ` AND r.dataset NOT IN (${PARTS_SQL})`}`,
      )
      .pluck()
      .get(DELETED_COLUMN) as number;
  return count(false) || count(true);
}

export function heldDeletions(db: Db): HeldDeletionsView | null {
  const messages = heldMessages(db);
  if (messages.length === 0) return null;
  const localId = db.prepare('SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?').pluck();
  const nameOf = db.prepare('SELECT name FROM mentees WHERE id = ?').pluck();
  const rows = new Map<string, HeldMessage>();
  for (const m of messages) if (m.column === DELETED_COLUMN && localId.get(m.dataset, m.row) !== undefined) rows.set(`${m.dataset}\u0000${m.row}`, m);
  const records = [...rows.values()].filter((m) => !PART_TABLES.includes(m.dataset));
  const counted = records.length > 0 ? records : [...rows.values()];
  const kinds = new Map<ReturnType<typeof recordOf>, number>();
  const mentees: string[] = [];
  for (const m of counted) {
    const record = recordOf(m.dataset);
    kinds.set(record, (kinds.get(record) ?? 0) + 1);
    if (m.dataset === 'mentees') mentees.push(nameOf.get(localId.get(m.dataset, m.row)) as string);
  }
  // A timestamp ends with its clock's node id; the round noted which folder carried it.
  const folders = nodeFolders(db);
  const from = new Set(counted.flatMap((m) => folders[m.timestamp.slice(-16)] ?? []));
  return {
    deletions: counted.length,
    kinds: [...kinds].map(([record, count]) => ({ record, count })).sort((a, b) => b.count - a.count),
    mentees: mentees.sort((a, b) => a.localeCompare(b)),
    at: messages[messages.length - 1]!.timestamp.slice(0, 24),
    from: [...from].sort(),
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
  // The records the mentor was shown; their parts (a goal's readings) are sent again with them.
  const records = heldDeletionCount(db);
  createReplica(db).refuseHeld();
  return records;
}
