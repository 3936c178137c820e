import type { Db } from '../sqlite';
import { markScannedSql, NOW_MS_SQL } from './capture-sql';
import { isSyncEnabled } from './enable';
import { giveExistingRowsUids, queueExistingRows } from './existing-rows';
import { syncedTables } from './tables';

/**
 * A JSON import empties the tables its file lists and fills them again with the triggers set
 * aside, so nothing of it is captured, and the rows' old uids would name the new rows that
 * took their ids. In a vault that syncs, the tables' uids are dropped before the import
 * (`beforeImport`) and given anew after it (`afterImport`), as when sync was turned on: the
 * imported rows travel as new, and the rows the import removed travel as deletions, unless
 * the same row came back (a seeded list's entry, whose uid is made of its content).
 */
export function beforeImport(db: Db, tables: ReadonlySet<string>): Map<string, Set<string>> {
  const before = new Map<string, Set<string>>();
  if (!isSyncEnabled(db)) return before;
  for (const table of syncedTables(db)) {
    if (!tables.has(table.name) || table.withoutRowid) continue;
    before.set(table.name, new Set(db.prepare('SELECT uid FROM sync_rows WHERE dataset = ?').pluck().all(table.name) as string[]));
    db.prepare('DELETE FROM sync_rows WHERE dataset = ?').run(table.name);
  }
  // What waited to be collected or sent of those tables named rows that are gone.
  for (const name of tables) {
    db.prepare('DELETE FROM sync_changes WHERE dataset = ?').run(name);
    db.prepare('DELETE FROM sync_outbox WHERE dataset = ? AND timestamp IS NULL').run(name);
  }
  return before;
}

export function afterImport(db: Db, tables: ReadonlySet<string>, before: Map<string, Set<string>>): void {
  if (!isSyncEnabled(db)) return;
  const imported = syncedTables(db).filter((t) => tables.has(t.name));
  // Every table's rows get their uids before any is queued: references travel as uids.
  for (const table of imported) if (!table.withoutRowid) giveExistingRowsUids(db, table);
  for (const table of imported) {
    queueExistingRows(db, table);
    if (!table.withoutRowid) db.prepare(markScannedSql(table)).run();
  }
  const removed = db.prepare(`INSERT INTO sync_changes (dataset, local_id, columns, uid, written_ms) VALUES (?, 0, NULL, ?, ${NOW_MS_SQL})`);
  const kept = db.prepare('SELECT 1 FROM sync_rows WHERE dataset = ? AND uid = ?');
  // Rows keyed without a rowid go with the rows they hang under, on every computer.
  for (const [dataset, uids] of before) for (const uid of uids) if (kept.get(dataset, uid) === undefined) removed.run(dataset, uid);
}
