import type { Db } from '../../../vault/sqlite';
import type { SyncedTable } from '../../../vault/sync-capture/tables';

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

type Cell = { column: string; value: string | number | null; timestamp: string };
export type RowKey = { dataset: string; uid: string };

/**
 * Makes the vault's rows agree with the merged cells: a row whose cells are newer than its
 * tombstone exists with those values (an edit after a delete brings it back), any other is
 * deleted. A row whose parent has not arrived, or that its table's rules refuse for now (an
 * escalation entry before the one it follows), waits in `sync_waiting` and is tried again,
 * parents first and then in clock order, until nothing more moves.
 */
export function materializeRows(db: Db, tables: SyncedTable[], dirty: RowKey[]): void {
  const order = new Map(tables.map((t, i) => [t.name, i]));
  const byName = new Map(tables.map((t) => [t.name, t]));
  const waiting = db.prepare('SELECT dataset, row_uid AS uid FROM sync_waiting').all() as RowKey[];
  const todo = new Map<string, RowKey>();
  for (const row of [...waiting, ...dirty]) if (byName.has(row.dataset)) todo.set(`${row.dataset}\u0000${row.uid}`, row);

  const firstStamp = db.prepare('SELECT min(timestamp) FROM sync_cells WHERE dataset = ? AND row_uid = ?').pluck();
  let remaining = [...todo.values()]
    .map((row) => ({ row, stamp: (firstStamp.get(row.dataset, row.uid) as string | null) ?? '' }))
    .sort((a, b) => order.get(a.row.dataset)! - order.get(b.row.dataset)! || (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : 0))
    .map((x) => x.row);

  let moved = true;
  while (moved && remaining.length > 0) {
    moved = false;
    const next: RowKey[] = [];
    for (const row of remaining) {
      if (tryRow(db, byName.get(row.dataset)!, row.uid)) moved = true;
      else next.push(row);
    }
    remaining = next;
  }
  db.prepare('DELETE FROM sync_waiting').run();
  const wait = db.prepare('INSERT INTO sync_waiting (dataset, row_uid) VALUES (?, ?)');
  for (const row of remaining) wait.run(row.dataset, row.uid);
}

/** One row, in a savepoint: true when it is settled, false when it must wait. */
function tryRow(db: Db, table: SyncedTable, uid: string): boolean {
  try {
    return db.transaction(() => settleRow(db, table, uid))();
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) return false;
    throw err;
  }
}

function settleRow(db: Db, table: SyncedTable, uid: string): boolean {
  const cells = db.prepare('SELECT "column", value, timestamp FROM sync_cells WHERE dataset = ? AND row_uid = ?').all(table.name, uid) as Cell[];
  const tombstone = db.prepare('SELECT timestamp FROM sync_tombstones WHERE dataset = ? AND row_uid = ?').pluck().get(table.name, uid) as
    | string
    | undefined;
  const newest = cells.reduce((max, c) => (c.timestamp > max ? c.timestamp : max), '');
  const alive = cells.length > 0 && (tombstone === undefined || newest > tombstone);
  const localId = db.prepare('SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?').pluck().get(table.name, uid) as number | undefined;

  if (!alive) {
    if (localId !== undefined) db.prepare(`DELETE FROM ${q(table.name)} WHERE rowid = ?`).run(localId);
    return true;
  }

  const byColumn = new Map(cells.map((c) => [c.column, c.value]));
  const values = new Map<string, string | number | null>();
  for (const column of table.columns) {
    if (!byColumn.has(column.name)) {
      if (localId === undefined && column.required) return false;
      continue;
    }
    const value = byColumn.get(column.name)!;
    if (column.parent && value !== null) {
      const parentId = db.prepare('SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?').pluck().get(column.parent, value) as number | undefined;
      if (parentId === undefined) return false;
      values.set(column.name, parentId);
    } else {
      values.set(column.name, value);
    }
  }

  if (localId === undefined) {
    const names = [...values.keys()];
    const info = db
      .prepare(`INSERT INTO ${q(table.name)} (${names.map(q).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
      .run(...values.values());
    db.prepare('INSERT INTO sync_rows (dataset, local_id, uid) VALUES (?, ?, ?)').run(table.name, info.lastInsertRowid, uid);
    return true;
  }
  if (table.insertOnly) return true;
  const current = db.prepare(`SELECT * FROM ${q(table.name)} WHERE rowid = ?`).get(localId) as Record<string, unknown>;
  const changed = [...values.entries()].filter(([name, value]) => current[name] !== value);
  if (changed.length > 0) {
    db.prepare(`UPDATE ${q(table.name)} SET ${changed.map(([name]) => `${q(name)} = ?`).join(', ')} WHERE rowid = ?`).run(
      ...changed.map(([, value]) => value),
      localId,
    );
  }
  return true;
}
