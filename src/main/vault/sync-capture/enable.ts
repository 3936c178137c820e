import type { Db } from '../sqlite';
import { CAPTURE_TABLES_SQL, captureTriggersSql, markScannedSql, queueKeyedRowsSql } from './capture-sql';
import { giveExistingRowsUids, queueExistingRows } from './existing-rows';
import { syncedTables } from './tables';

/** Whether change capture is installed: a vault that never syncs pays nothing per write. */
export function isSyncEnabled(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sync_state WHERE key = 'enabled'").get() !== undefined;
}

/**
 * Turns sync on for this vault: the rows already here get their uids and are queued for
 * the first sync, and the capture triggers are installed, in one transaction. Idempotent.
 */
export function enableSync(db: Db): void {
  if (isSyncEnabled(db)) return;
  db.transaction(() => {
    db.exec(CAPTURE_TABLES_SQL);
    const tables = syncedTables(db);
    for (const table of tables) if (!table.withoutRowid) giveExistingRowsUids(db, table);
    for (const table of tables) {
      if (table.withoutRowid) db.exec(queueKeyedRowsSql(table));
      else queueExistingRows(db, table);
      db.exec(captureTriggersSql(table));
      if (!table.withoutRowid) db.prepare(markScannedSql(table)).run();
    }
    db.prepare("INSERT INTO sync_state (key, value) VALUES ('enabled', '1')").run();
  })();
}
