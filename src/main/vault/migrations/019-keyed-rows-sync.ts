import { captureTriggersSql, queueExistingRowsSql } from '../sync-capture/capture-sql';
import { isSyncEnabled } from '../sync-capture/enable';
import { syncedTables } from '../sync-capture/tables';
import type { Migration } from './migration';

/**
 * Tables keyed without a rowid (a note's tags, an assessment's ratings, a meeting's hours,
 * decisions, recalibrations and carried actions…) start to sync. Their rows are named by
 * their key, so a capture note keeps the key (`sync_changes.key`), and collection makes the
 * row's uid of its key's uids. A vault that syncs gets their triggers, and their rows are
 * noted as inserted so they travel once; a vault that never synced still has no triggers.
 * The register of exchange forms stops travelling (its items and seal name this computer's
 * local ids): its capture goes, with what waited to be sent of it.
 */
export const keyedRowsSync: Migration = {
  version: 19,
  name: 'sync: tables keyed without a rowid travel too',
  up(db) {
    const hasKey = db.prepare("SELECT 1 FROM pragma_table_info('sync_changes') WHERE name = 'key'").get() !== undefined;
    if (!hasKey) db.exec('ALTER TABLE sync_changes ADD COLUMN key TEXT');
    if (!isSyncEnabled(db)) return;
    for (const kind of ['insert', 'update', 'delete']) db.exec(`DROP TRIGGER IF EXISTS "sync_capture_exchange_forms_${kind}"`);
    db.prepare("DELETE FROM sync_changes WHERE dataset = 'exchange_forms'").run();
    db.prepare("DELETE FROM sync_outbox WHERE dataset = 'exchange_forms' AND timestamp IS NULL").run();
    for (const table of syncedTables(db).filter((t) => t.withoutRowid)) {
      for (const kind of ['insert', 'update', 'delete']) db.exec(`DROP TRIGGER IF EXISTS "sync_capture_${table.name}_${kind}"`);
      db.exec(captureTriggersSql(table));
      db.exec(queueExistingRowsSql(table));
    }
  },
};
