import type { Replica, SyncMessage } from '../../../../shared/sync/message';
import type { Db } from '../../../vault/sqlite';
import { VaultError } from '../../../vault/vault-error';
import { DELETED_COLUMN, queueRowSql } from '../../../vault/sync-capture/capture-sql';
import { collectChanges, markScanned } from '../../../vault/sync-capture/collect';
import { ReplicaClock } from './clock';
import { NUMBERED_TABLE } from './charter-numbers';
import { materializeRows, type RowKey } from './materialize';
import { syncedTables, type SyncedTable } from '../../../vault/sync-capture/tables';
import { sql } from '../../../vault/statements';
import { markOutboxSent, unsentOutbox } from '../../../vault/sync-capture/outbox';

export interface ReplicaOptions {
  /**
   * One incoming batch deleting more than this share of the synced rows is held for the
   * mentor to confirm (Joplin's fail-safe), once it deletes at least `holdMinimumRows`.
   */
  holdDeletionShare?: number;
  holdMinimumRows?: number;
}

export interface HeldBatch {
  messages: number;
  deletions: number;
}

export interface SyncReplica extends Replica {
  eachPending(): Iterable<SyncMessage>;
  /** The batch held back by the deletion fail-safe, if any. */
  held(): HeldBatch | null;
  /** Applies the held batch: the mentor confirmed those deletions. */
  releaseHeld(): { applied: number; revisions: number };
  /**
   * Applies the held batch but its deletions, and queues the rows it would have deleted to
   * be sent again whole, stamped now: on the other computers an edit newer than a delete
   * brings the row back, so the records stay everywhere. The mentor refused the deletions.
   */
  refuseHeld(): { applied: number; revisions: number; kept: number };
  /** Rows whose parent (or earlier entry) has not arrived yet. */
  waitingRows(): number;
}

type Row = { timestamp: string; dataset: string; row: string; column: string; value: string | number | null };

/** The vault side of sync: the outbox stamped with the clock, and the merge of other devices' changes. */
export function createReplica(db: Db, options: ReplicaOptions = {}): SyncReplica {
  const share = options.holdDeletionShare ?? 0.2;
  const minimum = options.holdMinimumRows ?? 5;
  const deviceId = db.prepare("SELECT value FROM sync_state WHERE key = 'device_id'").pluck().get() as string | undefined;
  if (!deviceId) throw new VaultError('INTERNAL', 'This vault has no device id for sync.');
  const clock = new ReplicaClock(db, deviceId);
  let tables: SyncedTable[] | undefined;
  const tablesNow = () => (tables ??= syncedTables(db));
  const freeText = () => new Set(tablesNow().flatMap((t) => t.columns.filter((c) => c.freeText).map((c) => `${t.name}.${c.name}`)));

  const upsertCell = db.prepare(
    `INSERT INTO sync_cells (dataset, row_uid, "column", value, timestamp) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (dataset, row_uid, "column") DO UPDATE SET value = excluded.value, timestamp = excluded.timestamp`,
  );
  const upsertTombstone = db.prepare(
    `INSERT INTO sync_tombstones (dataset, row_uid, timestamp) VALUES (?, ?, ?)
     ON CONFLICT (dataset, row_uid) DO UPDATE SET timestamp = excluded.timestamp WHERE excluded.timestamp > sync_tombstones.timestamp`,
  );

  /**
   * Collects local changes, gives them their clock time in the order they were written (the
   * rows enabling sync queued first), and makes them the cells' current values. A first sync
   * stamps the whole vault: the stamping and the cells are set-wise SQL, in the outbox's
   * order and the cells' key order, not a statement per change.
   */
  function stampOutbox(): void {
    const collected = collectChanges(db, tablesNow());
    const add = db.prepare('INSERT INTO sync_outbox (dataset, row_uid, "column", value, written_ms) VALUES (?, ?, ?, ?, ?)');
    for (const change of collected) add.run(change.dataset, change.uid, change.column, change.value, change.ms);
    const before = clock.current();
    // A rowid-ordered scan: each change is stamped in the order it was queued.
    db.function('mv_stamp_write', { deterministic: false }, (ms) => clock.stampWrite(Number(ms)));
    if (db.prepare('UPDATE sync_outbox SET timestamp = mv_stamp_write(written_ms) WHERE timestamp IS NULL').run().changes === 0) return;
    sql(
      db,
      `INSERT INTO sync_cells (dataset, row_uid, "column", value, timestamp)
       SELECT dataset, row_uid, "column", value, timestamp FROM sync_outbox WHERE timestamp > ? AND "column" <> ?
       ORDER BY dataset, row_uid, "column", timestamp
       ON CONFLICT (dataset, row_uid, "column") DO UPDATE SET value = excluded.value, timestamp = excluded.timestamp`,
    ).run(before, DELETED_COLUMN);
    sql(
      db,
      `INSERT INTO sync_tombstones (dataset, row_uid, timestamp)
       SELECT dataset, row_uid, timestamp FROM sync_outbox WHERE timestamp > ? AND "column" = ? ORDER BY dataset, row_uid, timestamp
       ON CONFLICT (dataset, row_uid) DO UPDATE SET timestamp = excluded.timestamp WHERE excluded.timestamp > sync_tombstones.timestamp`,
    ).run(before, DELETED_COLUMN);
    clock.save();
    // A charter version agreed or discarded here may let a draft folded into it land as itself (charter-drafts.ts).
    const versions = sql(db, 'SELECT DISTINCT row_uid FROM sync_outbox WHERE timestamp > ? AND dataset = ?').pluck().all(before, NUMBERED_TABLE) as string[];
    if (versions.length > 0) {
      applying(() => {
        materializeRows(
          db,
          tablesNow(),
          versions.map((uid) => ({ dataset: NUMBERED_TABLE, uid })),
        );
        markScanned(db, tablesNow());
      });
    }
  }

  /** Writes made while applying other computers' changes are not captured as this computer's. */
  function applying(work: () => void): void {
    db.prepare('INSERT INTO sync_applying (flag) VALUES (1)').run();
    try {
      work();
    } finally {
      db.prepare('DELETE FROM sync_applying').run();
    }
  }

  function merge(messages: Row[]): { applied: number; revisions: number } {
    const text = freeText();
    const cellOf = db.prepare('SELECT value, timestamp FROM sync_cells WHERE dataset = ? AND row_uid = ? AND "column" = ?');
    const keep = db.prepare(
      `INSERT OR IGNORE INTO sync_revisions (dataset, row_uid, "column", value, timestamp, replaced_by) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    // A kept text that is the cell's value again (restored on another computer) is no longer lost.
    const current = db.prepare('DELETE FROM sync_revisions WHERE dataset = ? AND row_uid = ? AND "column" = ? AND value = ?');
    const seen = db.prepare('INSERT INTO sync_seen (timestamp) VALUES (?)');
    const dirty = new Map<string, RowKey>();
    let revisions = 0;
    for (const m of messages) {
      seen.run(m.timestamp);
      dirty.set(`${m.dataset}\u0000${m.row}`, { dataset: m.dataset, uid: m.row });
      if (m.column === DELETED_COLUMN) {
        upsertTombstone.run(m.dataset, m.row, m.timestamp);
        continue;
      }
      const cell = cellOf.get(m.dataset, m.row, m.column) as { value: string | number | null; timestamp: string } | undefined;
      const isText = text.has(`${m.dataset}.${m.column}`);
      if (!cell || m.timestamp > cell.timestamp) {
        upsertCell.run(m.dataset, m.row, m.column, m.value, m.timestamp);
        if (isText && typeof m.value === 'string') current.run(m.dataset, m.row, m.column, m.value);
        // A device overwriting its own earlier value is an edit, not a conflict: no revision.
        if (cell && isText && !sameDevice(cell.timestamp, m.timestamp) && typeof cell.value === 'string' && cell.value !== '' && cell.value !== m.value) {
          revisions += keep.run(m.dataset, m.row, m.column, cell.value, cell.timestamp, m.timestamp).changes;
        }
      } else if (isText && !sameDevice(cell.timestamp, m.timestamp) && typeof m.value === 'string' && m.value !== '' && m.value !== cell.value) {
        revisions += keep.run(m.dataset, m.row, m.column, m.value, m.timestamp, cell.timestamp).changes;
      }
    }
    applying(() => {
      materializeRows(db, tablesNow(), [...dirty.values()]);
      markScanned(db, tablesNow());
    });
    clock.save();
    return { applied: messages.length, revisions };
  }

  /** Rows the batch would delete that are here now, against all synced rows here. */
  function wouldHold(messages: Row[]): HeldBatch | null {
    const exists = db.prepare('SELECT 1 FROM sync_rows WHERE dataset = ? AND uid = ?').pluck();
    const deleted = new Set(
      messages.filter((m) => m.column === DELETED_COLUMN && exists.get(m.dataset, m.row)).map((m) => `${m.dataset}\u0000${m.row}`),
    );
    const total = db.prepare('SELECT count(*) FROM sync_rows').pluck().get() as number;
    if (deleted.size < minimum || deleted.size <= share * total) return null;
    return { messages: messages.length, deletions: deleted.size };
  }

  function fresh(messages: SyncMessage[]): Row[] {
    const known = db.prepare('SELECT 1 FROM sync_seen WHERE timestamp = ?').pluck();
    const out = new Map<string, Row>();
    for (const m of messages) {
      checkShape(m);
      if (m.timestamp.endsWith(`-${deviceId}`) || out.has(m.timestamp) || known.get(m.timestamp)) continue;
      out.set(m.timestamp, m);
    }
    return [...out.values()].sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1));
  }

  const replica: SyncReplica = {
    deviceId,
    pending() {
      return [...replica.eachPending()];
    },
    *eachPending() {
      db.transaction(stampOutbox)();
      yield* unsentOutbox(db);
    },
    markSent(upTo) {
      markOutboxSent(db, upTo);
    },
    apply(messages) {
      return db.transaction(() => {
        stampOutbox();
        const batch = fresh(messages);
        for (const m of batch) clock.receive(m.timestamp);
        if (batch.length === 0) return { applied: 0, revisions: 0 };
        if (wouldHold(batch)) {
          const hold = db.prepare('INSERT OR IGNORE INTO sync_held (timestamp, message) VALUES (?, ?)');
          for (const m of batch) hold.run(m.timestamp, JSON.stringify(m));
          clock.save();
          return { applied: 0, revisions: 0 };
        }
        return merge(batch);
      })();
    },
    held() {
      const messages = (db.prepare('SELECT message FROM sync_held ORDER BY timestamp').pluck().all() as string[]).map((s) => JSON.parse(s) as Row);
      if (messages.length === 0) return null;
      return wouldHold(messages) ?? { messages: messages.length, deletions: messages.filter((m) => m.column === DELETED_COLUMN).length };
    },
    releaseHeld() {
      return db.transaction(() => {
        const messages = (db.prepare('SELECT message FROM sync_held ORDER BY timestamp').pluck().all() as string[]).map((s) => JSON.parse(s) as Row);
        db.prepare('DELETE FROM sync_held').run();
        stampOutbox();
        return merge(fresh(messages));
      })();
    },
    refuseHeld() {
      return db.transaction(() => {
        const messages = (db.prepare('SELECT message FROM sync_held ORDER BY timestamp').pluck().all() as string[]).map((s) => JSON.parse(s) as Row);
        db.prepare('DELETE FROM sync_held').run();
        stampOutbox();
        const batch = fresh(messages);
        const deletions = batch.filter((m) => m.column === DELETED_COLUMN);
        // Seen, so a segment read again does not bring them back to be held once more.
        const seen = db.prepare('INSERT OR IGNORE INTO sync_seen (timestamp) VALUES (?)');
        for (const m of deletions) seen.run(m.timestamp);
        const done = merge(batch.filter((m) => m.column !== DELETED_COLUMN));
        const now = Date.now();
        const rows = new Map(deletions.map((m) => [`${m.dataset}\u0000${m.row}`, m]));
        let kept = 0;
        for (const m of rows.values()) {
          const table = tablesNow().find((t) => t.name === m.dataset);
          if (!table) continue;
          const queued = queueRowSql(table).reduce((n, sql) => n + db.prepare(sql).run(now, m.row).changes, 0);
          if (queued > 0) kept++;
        }
        stampOutbox();
        return { ...done, kept };
      })();
    },
    waitingRows() {
      return db.prepare('SELECT count(*) FROM sync_waiting').pluck().get() as number;
    },
  };
  return replica;
}

/** The node part of a timestamp (its last 16 characters) names the device that wrote it. */
const sameDevice = (a: string, b: string) => a.slice(-16) === b.slice(-16);

function checkShape(m: SyncMessage): void {
  const ok =
    typeof m.timestamp === 'string' &&
    typeof m.dataset === 'string' &&
    typeof m.row === 'string' &&
    typeof m.column === 'string' &&
    (m.value === null || typeof m.value === 'string' || typeof m.value === 'number');
  if (!ok) throw new VaultError('INVALID_INPUT', 'A change from another computer is not in the expected form; nothing was applied.');
}
