import type { Db } from '../../vault/sqlite';
import { CHAIN_IDS_COLUMN } from '../../vault/sync-capture/capture-sql';
import type { EntryHashedAs, RecordHashedAs, StoredEntry, StoredRecord } from './chain';

/**
 * A record or entry that arrived by sync was hashed with the local ids of the computer that
 * wrote it; those ids came with it (the sync cell `_chain`), and the chain is checked
 * against them. Rows written here have none and are checked against their own ids.
 */
export function withHashedIds(db: Db): {
  record: (record: StoredRecord) => StoredRecord;
  entry: (entry: StoredEntry) => StoredEntry;
} {
  const synced = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_cells'").get() !== undefined;
  if (!synced) return { record: (r) => r, entry: (e) => e };
  const lookup = db
    .prepare(
      `SELECT c.value FROM sync_rows r JOIN sync_cells c ON c.dataset = r.dataset AND c.row_uid = r.uid AND c."column" = '${CHAIN_IDS_COLUMN}'
       WHERE r.dataset = ? AND r.local_id = ?`,
    )
    .pluck();
  const idsOf = <T>(dataset: string, localId: number): T | undefined => {
    const value = lookup.get(dataset, localId) as string | undefined;
    return typeof value === 'string' ? (JSON.parse(value) as T) : undefined;
  };
  return {
    record: (record) => {
      const hashedAs = idsOf<RecordHashedAs>('escalations', record.id);
      return hashedAs ? { ...record, hashedAs } : record;
    },
    entry: (entry) => {
      const hashedAs = idsOf<EntryHashedAs>('escalation_entries', entry.id);
      return hashedAs ? { ...entry, hashedAs } : entry;
    },
  };
}
