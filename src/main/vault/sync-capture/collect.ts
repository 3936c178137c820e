import type { Db } from '../sqlite';
import { CHAIN_IDS_COLUMN, DELETED_COLUMN, chainIdsSql, columnBit, markScannedSql, rowUidSql, travellingValueSql } from './capture-sql';
import { collectKeyed, type KeyedMark } from './keyed';
import { sentUpTo } from './outbox';
import { parentIn, type SyncedTable } from './tables';

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
const lit = (text: string) => `'${text.replaceAll("'", "''")}'`;

type Value = string | number | bigint | Buffer | null;
type Mark = { seq: number; dataset: string; localId: number; columns: bigint | null; uid: string | null; inserted: string | null; key: string | null; ms: number };
type Change = { dataset: string; uid: string; column: string; value: Value; ms: number; order: number };
/** A local change ready to be stamped: the cell, its value as it travels, and when it was written. */
export type CollectedChange = Omit<Change, 'order'>;

const latest = (marks: Mark[]) => marks.reduce((max, m) => Math.max(max, m.ms), 0);
const same = (a: Value, b: Value) => (Buffer.isBuffer(a) && Buffer.isBuffer(b) ? a.equals(b) : a === b);

/**
 * Turns what the capture triggers noted into changes, in the order they were written, and
 * forgets the notes; run in the transaction that stamps them and puts them in the outbox.
 * A new row (one without a uid) gets its uid here and sends every column; a row changed
 * since gets, per column its updates touched, the current value, only if it differs from
 * the cell's last value (`sync_cells`), at the time of the last update that touched it. A
 * delete sends the tombstone of the uid the row had.
 */
export function collectChanges(db: Db, tables: SyncedTable[]): CollectedChange[] {
  const now = Date.now();
  const marks = (
    db.prepare('SELECT seq, dataset, local_id AS localId, CAST(columns AS TEXT) AS columns, uid, inserted, key, written_ms AS ms FROM sync_changes ORDER BY seq').all() as (Omit<
      Mark,
      'columns'
    > & { columns: string | null })[]
  ).map((m) => ({ ...m, columns: m.columns === null ? null : BigInt(m.columns) }));
  const noted = new Set(marks.filter((m) => m.columns !== null).map((m) => m.dataset));
  const fresh = new Map(tables.map((t) => [t.name, t.withoutRowid ? [] : giveUids(db, t, noted.has(t.name))]));
  const touchedRows = new Map<string, Map<number, Mark[]>>();
  const keyedMarks = new Map<string, KeyedMark[]>();
  const changes: Change[] = [];
  for (const mark of marks) {
    if (mark.columns === null) {
      if (mark.uid !== null) changes.push({ dataset: mark.dataset, uid: mark.uid, column: DELETED_COLUMN, value: 1, ms: mark.ms, order: mark.seq });
      continue;
    }
    if (mark.key !== null) {
      const list = keyedMarks.get(mark.dataset) ?? [];
      keyedMarks.set(mark.dataset, list);
      list.push({ seq: mark.seq, key: mark.key, columns: mark.columns, ms: mark.ms });
      continue;
    }
    const byRow = touchedRows.get(mark.dataset) ?? new Map<number, Mark[]>();
    touchedRows.set(mark.dataset, byRow);
    const list = byRow.get(mark.localId) ?? [];
    byRow.set(mark.localId, list);
    list.push(mark);
  }
  const after = marks.length > 0 ? marks[marks.length - 1]!.seq + 1 : 0;
  for (const table of tables) {
    if (table.withoutRowid) {
      // One by one: a first sync sends every tag of the vault, too many to spread into push.
      for (const change of collectKeyed(db, table, keyedMarks.get(table.name) ?? [])) changes.push(change);
      continue;
    }
    const read = readRow(db, table);
    const cellsOf = db.prepare('SELECT "column", value FROM sync_cells WHERE dataset = ? AND row_uid = ?');
    const rows = touchedRows.get(table.name) ?? new Map<number, Mark[]>();
    for (const localId of fresh.get(table.name)!) {
      const current = read(localId);
      const touched = rows.get(localId) ?? [];
      rows.delete(localId);
      if (!current) continue;
      // A row no trigger saw inserted is ordered by when it is collected, after every note.
      const ms = touched.length > 0 ? latest(touched) : now;
      const order = touched.length > 0 ? touched[touched.length - 1]!.seq : after;
      const values = table.insertOnly ? asInserted(db, table, touched, current.values) : current.values;
      for (const [column, value] of values) changes.push({ dataset: table.name, uid: current.uid, column, value, ms, order });
    }
    for (const [localId, touched] of rows) {
      const current = read(localId);
      if (!current) continue;
      const cells = new Map((cellsOf.all(table.name, current.uid) as { column: string; value: Value }[]).map((c) => [c.column, c.value]));
      table.columns.forEach((column, i) => {
        const bit = columnBit(i);
        const by = touched.filter((m) => (m.columns! & bit) !== 0n);
        if (by.length === 0) return;
        const value = current.values.get(column.name)!;
        if (cells.has(column.name) && same(cells.get(column.name)!, value)) return;
        changes.push({ dataset: table.name, uid: current.uid, column: column.name, value, ms: latest(by), order: by[by.length - 1]!.seq });
      });
    }
  }
  db.prepare('DELETE FROM sync_changes').run();
  return inOrder(db, changes);
}

/** After remote changes were applied: the rows they inserted have their uids, and collection need not look at them. */
export function markScanned(db: Db, tables: SyncedTable[]): void {
  for (const table of tables) if (!table.withoutRowid) db.prepare(markScannedSql(table)).run();
}

/** Gives uids to the table's rows that have none, above the scan mark or noted by a trigger; returns their local ids. */
function giveUids(db: Db, table: SyncedTable, noted: boolean): number[] {
  const t = table.name;
  const orNoted = noted ? `OR NEW.rowid IN (SELECT local_id FROM sync_changes WHERE dataset = ${lit(t)} AND columns IS NOT NULL)` : '';
  const ids = db
    .prepare(
      `INSERT OR REPLACE INTO sync_rows (dataset, local_id, uid)
       SELECT ${lit(t)}, NEW.rowid, ${rowUidSql(table, 'NEW')} FROM ${q(t)} NEW
       WHERE (NEW.rowid > coalesce((SELECT rowid_seen FROM sync_scanned WHERE dataset = ${lit(t)}), 0) ${orNoted})
         AND NOT EXISTS (SELECT 1 FROM sync_rows r WHERE r.dataset = ${lit(t)} AND r.local_id = NEW.rowid)
       ORDER BY NEW.rowid
       RETURNING local_id`,
    )
    .pluck()
    .all() as number[];
  db.prepare(markScannedSql(table)).run();
  return ids;
}

/** The row's uid and its values as they travel (references as uids, the chain's ids for a hash-chained record). */
function readRow(db: Db, table: SyncedTable): (localId: number) => { uid: string; values: Map<string, Value> } | undefined {
  const columns = table.columns.map((c) => ({ name: c.name, sql: travellingValueSql(c, 'NEW') }));
  const chain = chainIdsSql(table.name, 'NEW');
  if (chain) columns.push({ name: CHAIN_IDS_COLUMN, sql: chain });
  const select = db.prepare(
    `SELECT r.uid AS "uid", ${columns.map((c, i) => `${c.sql} AS c${i}`).join(', ')}
     FROM ${q(table.name)} NEW JOIN sync_rows r ON r.dataset = ${lit(table.name)} AND r.local_id = NEW.rowid WHERE NEW.rowid = ?`,
  );
  return (localId) => {
    const row = select.get(localId) as Record<string, Value> | undefined;
    if (!row) return undefined;
    return { uid: row.uid as string, values: new Map(columns.map((c, i) => [c.name, row[`c${i}`]!])) };
  };
}

/** An append-only record's values as its insert wrote them, references as uids; the chain's ids as they are. */
function asInserted(db: Db, table: SyncedTable, marks: Mark[], current: Map<string, Value>): Map<string, Value> {
  const inserted = marks.find((m) => m.inserted !== null)?.inserted;
  if (!inserted) return current;
  const row = JSON.parse(inserted) as Record<string, Value>;
  const uidOf = db.prepare('SELECT uid FROM sync_rows WHERE dataset = ? AND local_id = ?').pluck();
  const values = new Map(current);
  for (const column of table.columns) {
    // A column a later migration added was not there at the insert: it travels as it is now.
    if (!(column.name in row)) continue;
    const value = row[column.name] ?? null;
    const parent = parentIn(column, (name) => row[name]);
    values.set(column.name, parent && value !== null ? ((uidOf.get(parent, value) as string | undefined) ?? null) : value);
  }
  return values;
}

/** The changes in the order they were written; a value queued by enabling sync and not yet stamped gives way. */
function inOrder(db: Db, changes: Change[]): CollectedChange[] {
  changes.sort((a, b) => a.ms - b.ms || a.order - b.order);
  if (changes.length > 0 && db.prepare('SELECT 1 FROM sync_outbox WHERE timestamp IS NULL LIMIT 1').get() !== undefined) {
    const drop = db.prepare('DELETE FROM sync_outbox WHERE timestamp IS NULL AND dataset = ? AND row_uid = ? AND "column" = ?');
    for (const c of changes) drop.run(c.dataset, c.uid, c.column);
  }
  return changes.map(({ order: _order, ...change }) => change);
}

/**
 * How many rows have changes waiting to be sent, read without collecting them (collecting
 * stamps and writes; a status must not): rows in the outbox, rows the triggers noted, and
 * rows added since the last scan that no trigger saw.
 */
export function rowsWaiting(db: Db, tables: SyncedTable[]): number {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  // Rows already written (at or below the outbox's watermark) are not waiting.
  let rows = db.prepare('SELECT count(*) FROM (SELECT DISTINCT dataset, row_uid FROM sync_outbox WHERE timestamp IS NULL OR timestamp > ?)').pluck().get(sentUpTo(db)) as number;
  rows += count('SELECT count(*) FROM (SELECT DISTINCT dataset, local_id, key, columns IS NULL FROM sync_changes)');
  for (const table of tables) {
    if (table.withoutRowid) continue;
    const t = lit(table.name);
    rows += count(
      `SELECT count(*) FROM ${q(table.name)} NEW
       WHERE NEW.rowid > coalesce((SELECT rowid_seen FROM sync_scanned WHERE dataset = ${t}), 0)
         AND NOT EXISTS (SELECT 1 FROM sync_rows r WHERE r.dataset = ${t} AND r.local_id = NEW.rowid)
         AND NOT EXISTS (SELECT 1 FROM sync_changes c WHERE c.dataset = ${t} AND c.local_id = NEW.rowid)`,
    );
  }
  return rows;
}
