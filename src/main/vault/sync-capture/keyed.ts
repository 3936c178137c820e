import type { Db } from '../sqlite';
import { columnBit, rowUidSql, travellingValueSql } from './capture-sql';
import type { SyncedTable } from './tables';
import { sql } from '../statements';

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

type Value = string | number | bigint | Buffer | null;
/** What a capture trigger noted about a keyed row: its key (local values), the columns (-1: inserted), when. */
export type KeyedMark = { seq: number; key: string; columns: bigint; ms: number };
export type KeyedChange = { dataset: string; uid: string; column: string; value: Value; ms: number; order: number };

const same = (a: Value, b: Value) => (Buffer.isBuffer(a) && Buffer.isBuffer(b) ? a.equals(b) : a === b);

/**
 * The changes of a table keyed without a rowid, from its notes, once every row has its uid
 * (its uid is made of its key's uids). An inserted row sends every column, even those
 * equal to the cells it had before it was removed: a link removed and made again must be
 * newer than its tombstone. An updated row sends the columns that differ from the cells.
 * A row removed since is left to its delete note.
 */
export function collectKeyed(db: Db, table: SyncedTable, marks: KeyedMark[]): KeyedChange[] {
  const byKey = new Map<string, KeyedMark[]>();
  for (const mark of marks) {
    const list = byKey.get(mark.key) ?? [];
    byKey.set(mark.key, list);
    list.push(mark);
  }
  const key = table.naturalKey!;
  const select = sql(db, 
    `SELECT ${rowUidSql(table, 'NEW')} AS "uid", ${table.columns.map((c, i) => `${travellingValueSql(c, 'NEW')} AS c${i}`).join(', ')}
     FROM ${q(table.name)} NEW WHERE ${key.map((k) => `NEW.${q(k)} = ?`).join(' AND ')}`,
  );
  const cellsOf = sql(db, 'SELECT "column", value FROM sync_cells WHERE dataset = ? AND row_uid = ?');
  const changes: KeyedChange[] = [];
  for (const [noted, touched] of byKey) {
    const row = select.get(...(JSON.parse(noted) as Value[])) as Record<string, Value> | undefined;
    if (!row || (JSON.parse(row.uid as string) as Value[]).includes(null)) continue;
    const uid = row.uid as string;
    const inserted = touched.some((m) => m.columns === -1n);
    const cells = inserted ? new Map<string, Value>() : new Map((cellsOf.all(table.name, uid) as { column: string; value: Value }[]).map((c) => [c.column, c.value]));
    table.columns.forEach((column, i) => {
      const by = touched.filter((m) => (m.columns & columnBit(i)) !== 0n);
      if (by.length === 0) return;
      const value = row[`c${i}`]!;
      if (cells.has(column.name) && same(cells.get(column.name)!, value)) return;
      const last = by[by.length - 1]!;
      changes.push({ dataset: table.name, uid, column: column.name, value, ms: by.reduce((max, m) => Math.max(max, m.ms), 0), order: last.seq });
    });
  }
  return changes;
}

/**
 * The local key of the keyed row a uid names (the uid holds its key's uids, or values for
 * a column that is no reference), or why there is none: a parent that has not arrived yet
 * ('wait'), or one that is gone here ('gone'), with its row.
 */
export function localKeyOf(
  db: Db,
  table: SyncedTable,
  uid: string,
  isGone: (dataset: string, uid: string) => boolean,
): Map<string, Value> | 'wait' | 'gone' {
  let parts: unknown;
  try {
    parts = JSON.parse(uid);
  } catch {
    return 'gone';
  }
  const key = table.naturalKey!;
  if (!Array.isArray(parts) || parts.length !== key.length) return 'gone';
  const localId = sql(db, 'SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?').pluck();
  const out = new Map<string, Value>();
  for (const [i, name] of key.entries()) {
    const part = parts[i] as Value;
    const parent = table.columns.find((c) => c.name === name)?.parent ?? null;
    if (!parent) {
      out.set(name, part);
      continue;
    }
    const id = typeof part === 'string' ? (localId.get(parent, part) as number | undefined) : undefined;
    if (id === undefined) return typeof part === 'string' && !isGone(parent, part) ? 'wait' : 'gone';
    out.set(name, id);
  }
  return out;
}
