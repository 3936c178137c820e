import type { Db } from '../../../vault/sqlite';
import { localKeyOf } from '../../../vault/sync-capture/keyed';
import type { SyncedTable } from '../../../vault/sync-capture/tables';
import { rowCells } from './row-cells';
import { sql } from '../../../vault/statements';

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

type Value = string | number | null;

/**
 * Settles one row of a table keyed without a rowid (a note's tag, a meeting's hours). Its
 * uid holds its key's uids, mapped to this computer's ids; it is found by that key, not by
 * `sync_rows`. A row whose parent has not arrived waits; one whose parent is gone here went
 * with it. As for other rows, it exists when a cell is newer than its tombstone.
 */
export function settleKeyedRow(
  db: Db,
  table: SyncedTable,
  uid: string,
  isGone: (dataset: string, uid: string) => boolean,
): 'inserted' | 'settled' | 'wait' {
  const { cells, alive } = rowCells(db, table.name, uid);

  const key = localKeyOf(db, table, uid, isGone);
  // A removed row whose parent is not here has nothing here to remove.
  if (key === 'gone' || (key === 'wait' && !alive)) return 'settled';
  if (key === 'wait') return 'wait';
  const where = [...key.keys()].map((name) => `${q(name)} = ?`).join(' AND ');
  const here = sql(db, `SELECT * FROM ${q(table.name)} WHERE ${where}`).get(...key.values()) as Record<string, unknown> | undefined;
  if (!alive) {
    if (here) sql(db, `DELETE FROM ${q(table.name)} WHERE ${where}`).run(...key.values());
    return 'settled';
  }

  const byColumn = new Map(cells.map((c) => [c.column, c.value]));
  const values = new Map<string, Value>();
  for (const column of table.columns) {
    if (key.has(column.name)) continue;
    if (!byColumn.has(column.name)) {
      // A written-once row waits until its insert has arrived whole.
      if (!here && (column.required || table.insertOnly)) return 'wait';
      continue;
    }
    const value = byColumn.get(column.name)!;
    if (column.parent && value !== null) {
      const parentId = sql(db, 'SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?').pluck().get(column.parent, value) as number | undefined;
      if (parentId !== undefined) values.set(column.name, parentId);
      else if (typeof value !== 'string' || !isGone(column.parent, value)) return 'wait';
      else if (column.goesWithParent) {
        if (here) sql(db, `DELETE FROM ${q(table.name)} WHERE ${where}`).run(...key.values());
        return 'settled';
      } else values.set(column.name, null);
    } else {
      values.set(column.name, value);
    }
  }

  if (!here) {
    const names = [...key.keys(), ...values.keys()];
    sql(db, `INSERT INTO ${q(table.name)} (${names.map(q).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
      ...key.values(),
      ...values.values(),
    );
    return 'inserted';
  }
  if (table.insertOnly) return 'settled';
  const changed = [...values.entries()].filter(([name, value]) => here[name] !== value);
  if (changed.length > 0) {
    sql(db, `UPDATE ${q(table.name)} SET ${changed.map(([name]) => `${q(name)} = ?`).join(', ')} WHERE ${where}`).run(
      ...changed.map(([, value]) => value),
      ...key.values(),
    );
  }
  return 'settled';
}
