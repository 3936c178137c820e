import type { Db } from '../../../vault/sqlite';
import type { SyncedTable } from '../../../vault/sync-capture/tables';
import { NUMBERED_TABLE } from './charter-numbers';
import { rowCells } from './row-cells';
import { sql } from '../../../vault/statements';

/**
 * A charter holds one draft at a time, but two computers beginning a charter (or a new
 * version of it) before they sync each hold one. The draft begun later is folded into the
 * earliest: it does not land, its texts that differ are kept as revisions of the earliest
 * (Settings > Sync, revisions to review, where one is put back with a click), and what
 * points at it (a comment) points at the earliest. Whether a draft is folded is read from
 * the merged cells alone, so every computer folds the same drafts whatever order changes
 * came in; once the earliest is agreed or discarded, the next is a draft of its own again.
 */

type Value = string | number | null;

const cellsOf = (db: Db, uid: string) => rowCells(db, NUMBERED_TABLE, uid).cells;
const isAlive = (db: Db, uid: string) => rowCells(db, NUMBERED_TABLE, uid).alive;

/**
 * The charter's live drafts in the order they were begun: by the time written in them (a
 * new row's first change is stamped when it is collected, at the next round), then by
 * that stamp and uid, which every computer holds alike.
 */
function draftsOfCharter(db: Db, charterUid: Value): string[] {
  const rows = db
    .prepare(
      `SELECT m.row_uid AS uid,
         (SELECT c.value FROM sync_cells c WHERE c.dataset = m.dataset AND c.row_uid = m.row_uid AND c."column" = 'created_at') AS made,
         (SELECT min(c.timestamp) FROM sync_cells c WHERE c.dataset = m.dataset AND c.row_uid = m.row_uid) AS stamp
       FROM sync_cells m JOIN sync_cells s ON s.dataset = m.dataset AND s.row_uid = m.row_uid AND s."column" = 'status' AND s.value = 'draft'
       WHERE m.dataset = ? AND m."column" = 'mentee_id' AND m.value = ?`,
    )
    .all(NUMBERED_TABLE, charterUid) as { uid: string; made: string | null; stamp: string }[];
  const key = (row: (typeof rows)[number]) => `${row.made ?? ''}\u0000${row.stamp}\u0000${row.uid}`;
  return rows
    .filter((row) => isAlive(db, row.uid))
    .sort((a, b) => (key(a) < key(b) ? -1 : 1))
    .map((row) => row.uid);
}

/** The draft this version is folded into, or null when it lands as itself (agreed, gone, or the earliest draft). */
export function draftFoldedInto(db: Db, uid: string): string | null {
  const { cells, alive } = rowCells(db, NUMBERED_TABLE, uid);
  const cell = (column: string) => cells.find((c) => c.column === column)?.value;
  if (cell('status') !== 'draft' || !alive) return null;
  const earliest = draftsOfCharter(db, cell('mentee_id') ?? null)[0];
  return earliest !== undefined && earliest !== uid ? earliest : null;
}

/**
 * Keeps a folded draft's texts as revisions of the draft it is folded into, and forgets
 * those kept for an earlier fold of it (it lands as itself now, or into another draft).
 * A fold's revision carries the folded text's own stamp, which no other revision has.
 */
export function keepFoldedTexts(db: Db, table: SyncedTable, uid: string, into: string | null): void {
  const cells = cellsOf(db, uid);
  const forget = sql(db, 'DELETE FROM sync_revisions WHERE dataset = ? AND row_uid <> ? AND "column" = ? AND timestamp = ? AND value = ?');
  for (const c of cells) if (typeof c.value === 'string') forget.run(NUMBERED_TABLE, uid, c.column, c.timestamp, c.value);
  if (into === null) return;
  const target = new Map(cellsOf(db, into).map((c) => [c.column, c]));
  const keep = sql(db, 'INSERT OR IGNORE INTO sync_revisions (dataset, row_uid, "column", value, timestamp, replaced_by) VALUES (?, ?, ?, ?, ?, ?)');
  for (const column of table.columns) {
    const own = cells.find((c) => c.column === column.name);
    if (!column.freeText || !own || typeof own.value !== 'string' || own.value === '') continue;
    const there = target.get(column.name);
    if (there?.value === own.value) continue;
    keep.run(NUMBERED_TABLE, into, column.name, own.value, own.timestamp, there?.timestamp ?? own.timestamp);
  }
}

/**
 * Points the rows whose cells name `uid` (a charter version) at `localId` here: the draft a
 * folded one went into, or the folded one landing as itself again. Not captured: every
 * computer does the same from the same cells.
 */
export function repointChildren(db: Db, tables: SyncedTable[], uid: string, localId: number | null): void {
  for (const table of tables) {
    if (table.withoutRowid) continue;
    for (const column of table.columns) {
      if (column.parent !== NUMBERED_TABLE) continue;
      sql(db, 
        `UPDATE "${table.name}" SET "${column.name}" = ? WHERE rowid IN (
           SELECT r.local_id FROM sync_cells c JOIN sync_rows r ON r.dataset = c.dataset AND r.uid = c.row_uid
           WHERE c.dataset = ? AND c."column" = ? AND c.value = ?)`,
      ).run(localId, table.name, column.name, uid);
    }
  }
}

/** The uids of every version of the charter a version belongs to (for settling them together). */
export function versionsOfCharter(db: Db, uid: string): string[] {
  const charter = sql(db, 'SELECT value FROM sync_cells WHERE dataset = ? AND row_uid = ? AND "column" = ?').pluck().get(NUMBERED_TABLE, uid, 'mentee_id');
  if (charter == null) return [];
  return sql(db, 'SELECT row_uid FROM sync_cells WHERE dataset = ? AND "column" = ? AND value = ?').pluck().all(NUMBERED_TABLE, 'mentee_id', charter) as string[];
}

/** The drafts folded into this one. */
export function draftsFoldedInto(db: Db, uid: string): string[] {
  return versionsOfCharter(db, uid).filter((other) => other !== uid && draftFoldedInto(db, other) === uid);
}
