import { CAPTURE_TABLES_SQL, captureTriggersSql, markScannedSql } from '../sync-capture/capture-sql';
import { isSyncEnabled } from '../sync-capture/enable';
import { syncedTables } from '../sync-capture/tables';
import type { Migration } from './migration';

/**
 * Change capture that costs a write little: a trigger notes which row changed, which
 * columns and when (`sync_changes`), and a new row is found by its missing uid when
 * changes are collected, instead of one outbox row per column written at once. A vault
 * that syncs gets the new triggers in place of the old; what the old ones queued stays in
 * the outbox and is sent as before. A vault that never synced still has no triggers.
 */
export const cheapChangeCapture: Migration = {
  version: 17,
  name: 'sync: cheaper change capture, one note per changed row',
  up(db) {
    db.exec(CAPTURE_TABLES_SQL);
    if (!isSyncEnabled(db)) return;
    // Tables keyed without a rowid were not synced yet: migration 019 gives them capture.
    for (const table of syncedTables(db).filter((t) => !t.withoutRowid)) {
      for (const kind of ['insert', 'update', 'delete']) db.exec(`DROP TRIGGER IF EXISTS "sync_capture_${table.name}_${kind}"`);
      db.exec(captureTriggersSql(table));
      // Every row here has its uid already (the old triggers gave it on insert).
      db.prepare(markScannedSql(table)).run();
    }
  },
};
