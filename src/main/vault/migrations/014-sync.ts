import type { Migration } from './migration';

/**
 * Sync between the mentor's computers: this device's id, a uid for every synced row
 * (local integer ids stay for joins), the outbox the capture triggers fill, and what the
 * merge keeps (per-cell clock and value, tombstones, revisions, messages seen, rows
 * waiting for a parent, a held batch). Capture itself is installed only when sync is
 * enabled for the vault (sync-capture/enable.ts): a vault that never syncs pays nothing.
 */
export const sync: Migration = {
  version: 14,
  name: 'sync: row uids, change capture, merge bookkeeping',
  up(db) {
    db.exec(`
      CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      -- 16 hex digits: the node part of a hybrid-logical-clock timestamp.
      INSERT INTO sync_state (key, value) VALUES ('device_id', upper(hex(randomblob(8))));

      CREATE TABLE sync_rows (
        dataset TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        uid TEXT NOT NULL CHECK (length(uid) BETWEEN 1 AND 200),
        PRIMARY KEY (dataset, local_id)
      ) STRICT;
      CREATE UNIQUE INDEX sync_rows_by_uid ON sync_rows (dataset, uid);

      CREATE TABLE sync_outbox (
        seq INTEGER PRIMARY KEY,
        dataset TEXT NOT NULL,
        row_uid TEXT NOT NULL,
        "column" TEXT NOT NULL,
        value ANY,
        written_ms INTEGER NOT NULL,
        timestamp TEXT
      ) STRICT;
      CREATE INDEX sync_outbox_by_timestamp ON sync_outbox (timestamp);
      CREATE INDEX sync_outbox_by_cell ON sync_outbox (dataset, row_uid, "column");

      CREATE TABLE sync_cells (
        dataset TEXT NOT NULL,
        row_uid TEXT NOT NULL,
        "column" TEXT NOT NULL,
        value ANY,
        timestamp TEXT NOT NULL,
        PRIMARY KEY (dataset, row_uid, "column")
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sync_tombstones (
        dataset TEXT NOT NULL,
        row_uid TEXT NOT NULL,
        timestamp TEXT NOT NULL,
        PRIMARY KEY (dataset, row_uid)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sync_revisions (
        id INTEGER PRIMARY KEY,
        dataset TEXT NOT NULL,
        row_uid TEXT NOT NULL,
        "column" TEXT NOT NULL,
        value TEXT NOT NULL,
        timestamp TEXT NOT NULL,
        replaced_by TEXT NOT NULL,
        UNIQUE (dataset, row_uid, "column", timestamp)
      ) STRICT;

      CREATE TABLE sync_seen (timestamp TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

      CREATE TABLE sync_waiting (
        dataset TEXT NOT NULL,
        row_uid TEXT NOT NULL,
        PRIMARY KEY (dataset, row_uid)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sync_held (
        timestamp TEXT PRIMARY KEY,
        message TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- A row here while remote changes are applied: the capture triggers stand aside.
      CREATE TABLE sync_applying (flag INTEGER PRIMARY KEY CHECK (flag = 1)) STRICT;
    `);
  },
};
