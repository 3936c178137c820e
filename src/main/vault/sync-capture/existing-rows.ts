import { createHash } from 'node:crypto';
import type { Db } from '../sqlite';
import { queueExistingRowsSql, rowUidSql } from './capture-sql';
import type { SyncedTable } from './tables';

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Gives the rows already in a vault their uids. A uid
 * is made of the row's table, local id and content: rows the migrations seeded (rubric
 * templates, meeting kinds) and the rows of a vault copied to the other computer before
 * sync are then the same rows on both, not duplicates; unrelated rows stay distinct.
 */
export function giveExistingRowsUids(db: Db, table: SyncedTable): void {
  const map = db.prepare('INSERT INTO sync_rows (dataset, local_id, uid) VALUES (?, ?, ?)');
  if (table.naturalKey || table.keyParent) {
    db.exec(`INSERT INTO sync_rows (dataset, local_id, uid) SELECT '${table.name}', NEW.rowid, ${rowUidSql(table, 'NEW')} FROM ${q(table.name)} NEW`);
  } else {
    for (const row of db.prepare(`SELECT rowid AS _rowid, * FROM ${q(table.name)} ORDER BY rowid`).all() as Record<string, unknown>[]) {
      const uid = createHash('sha256').update(`${table.name}\u0000${JSON.stringify(row)}`).digest('hex').slice(0, 32);
      map.run(table.name, row._rowid, uid);
    }
  }
}

/**
 * Queues every existing row whole for the first sync. Its references travel as the uids
 * of the rows they point at, so every table's rows must have theirs first: the tables'
 * order follows declared keys only, and a reference without one (a note's meeting) or a
 * parent listed after its child (an action item's meeting) would otherwise travel empty.
 */
export function queueExistingRows(db: Db, table: SyncedTable): void {
  db.exec(queueExistingRowsSql(table));
}
