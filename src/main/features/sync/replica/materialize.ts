import type { Db } from '../../../vault/sqlite';
import { parentIn, type SyncedTable } from '../../../vault/sync-capture/tables';
import { draftFoldedInto, draftsFoldedInto, keepFoldedTexts, repointChildren, versionsOfCharter } from './charter-drafts';
import { concurrentReason, freeVersionNumber, NUMBERED_TABLE, orderVersions } from './charter-numbers';
import { settleKeyedRow } from './keyed-rows';
import { rowCells } from './row-cells';
import { sql } from '../../../vault/statements';

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

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
  const waiting = sql(db, 'SELECT dataset, row_uid AS uid FROM sync_waiting').all() as RowKey[];
  const todo = new Map<string, RowKey>();
  for (const row of [...waiting, ...dirty]) if (byName.has(row.dataset)) todo.set(`${row.dataset}\u0000${row.uid}`, row);
  // A charter's versions settle together: whether a draft is folded into another depends on its siblings (charter-drafts.ts).
  for (const row of [...todo.values()]) {
    if (row.dataset !== NUMBERED_TABLE) continue;
    for (const uid of versionsOfCharter(db, row.uid)) todo.set(`${NUMBERED_TABLE}\u0000${uid}`, { dataset: NUMBERED_TABLE, uid });
  }

  const firstStamp = sql(db, 'SELECT min(timestamp) FROM sync_cells WHERE dataset = ? AND row_uid = ?').pluck();
  let remaining = [...todo.values()]
    .map((row) => ({ row, stamp: (firstStamp.get(row.dataset, row.uid) as string | null) ?? '' }))
    .sort((a, b) => order.get(a.row.dataset)! - order.get(b.row.dataset)! || (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : 0))
    .map((x) => x.row);

  const childrenOf = childFinder(db, tables);
  const reviving = new Set<string>();
  // Rows that point at each other (a done milestone names its evidence, which names the
  // milestone) wait for each other for ever: when nothing moves, one pass lets a row whose
  // optional reference has not arrived land without it, and settles it again once it has.
  let relaxed = false;
  while (remaining.length > 0) {
    let moved = false;
    const next: RowKey[] = [];
    for (const row of remaining) {
      const table = byName.get(row.dataset)!;
      const outcome = tryRow(db, table, row.uid, byName, relaxed, order);
      if (outcome === 'wait') {
        next.push(row);
        continue;
      }
      moved = true;
      if (outcome === 'deferred') next.push(row);
      // A row brought back (an edit after its delete) brings back what went with it: its
      // children were settled as gone, or removed here by the delete's cascade.
      const key = `${row.dataset}\u0000${row.uid}`;
      if (outcome !== 'settled' && (reviving.has(key) || hasTombstone(db, row))) {
        for (const child of childrenOf(row)) {
          reviving.add(`${child.dataset}\u0000${child.uid}`);
          next.push(child);
        }
      }
    }
    remaining = next;
    if (moved) relaxed = false;
    else if (relaxed) break;
    else relaxed = true;
  }
  const numbered = [...todo.values()].filter((row) => row.dataset === NUMBERED_TABLE);
  if (numbered.length > 0) {
    const menteeOf = sql(db, 'SELECT v.mentee_id FROM sync_rows r JOIN charter_versions v ON v.id = r.local_id WHERE r.dataset = ? AND r.uid = ?').pluck();
    const mentees = new Set(numbered.map((row) => menteeOf.get(NUMBERED_TABLE, row.uid) as number | undefined).filter((id) => id !== undefined));
    for (const menteeId of mentees) orderVersions(db, menteeId);
  }
  sql(db, 'DELETE FROM sync_waiting').run();
  const wait = sql(db, 'INSERT INTO sync_waiting (dataset, row_uid) VALUES (?, ?)');
  for (const row of remaining) wait.run(row.dataset, row.uid);
}

/** Inserted; inserted without an optional reference still to arrive (settled again later); settled; or must wait. */
type Outcome = 'inserted' | 'deferred' | 'settled' | 'wait';

/**
 * One row: whether it was inserted, otherwise settled, or must wait. Settling writes with
 * one statement (an insert, update or delete, with its triggers) before its bookkeeping, and
 * SQLite undoes a statement refused by a constraint whole, so no savepoint is needed; one
 * per row made every full-text index flush its pending changes per row (FTS5 writes them
 * out at each savepoint), which cost seconds on a round of 1,000 notes.
 */
function tryRow(db: Db, table: SyncedTable, uid: string, byName: Map<string, SyncedTable>, relaxed: boolean, order: Map<string, number>): Outcome {
  try {
    return settleRow(db, table, uid, byName, relaxed, order);
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) return 'wait';
    throw err;
  }
}

const hasTombstone = (db: Db, row: RowKey) => sql(db, 'SELECT 1 FROM sync_tombstones WHERE dataset = ? AND row_uid = ?').get(row.dataset, row.uid) !== undefined;

/** The rows whose cells point at a row, by every reference to its table. */
function childFinder(db: Db, tables: SyncedTable[]): (row: RowKey) => RowKey[] {
  const refs = tables.flatMap((t) => t.columns.filter((c) => c.parent !== null).map((c) => ({ dataset: t.name, column: c.name, parent: c.parent! })));
  const find = sql(db, 'SELECT row_uid FROM sync_cells WHERE dataset = ? AND "column" = ? AND value = ?').pluck();
  return (row) =>
    refs
      .filter((r) => r.parent === row.dataset)
      .flatMap((r) => (find.all(r.dataset, r.column, row.uid) as string[]).map((uid) => ({ dataset: r.dataset, uid })));
}

/**
 * A row that is gone for good here: its tombstone is newer than its every cell, or a row it
 * goes with (ON DELETE CASCADE) is gone. A child made on one computer while its parent was
 * deleted on another is then gone on both, as the delete's cascade took it where it landed.
 */
function isGone(db: Db, byName: Map<string, SyncedTable>, dataset: string, uid: string, depth = 0): boolean {
  const table = byName.get(dataset);
  if (!table || depth > 32) return false;
  const { cells, tombstoned } = rowCells(db, dataset, uid);
  if (tombstoned) return true;
  return table.columns.some((column) => {
    if (!column.parent || !column.goesWithParent) return false;
    const value = cells.find((c) => c.column === column.name)?.value;
    if (typeof value !== 'string') return false;
    const here = sql(db, 'SELECT 1 FROM sync_rows WHERE dataset = ? AND uid = ?').get(column.parent, value);
    return here === undefined && isGone(db, byName, column.parent, value, depth + 1);
  });
}

function settleRow(db: Db, table: SyncedTable, uid: string, byName: Map<string, SyncedTable>, relaxed: boolean, order: Map<string, number>): Outcome {
  if (table.withoutRowid) return settleKeyedRow(db, table, uid, (dataset, parentUid) => isGone(db, byName, dataset, parentUid));
  const { cells, alive } = rowCells(db, table.name, uid);
  const localId = sql(db, 'SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?').pluck().get(table.name, uid) as number | undefined;

  const remove = (): Outcome => {
    if (localId !== undefined) sql(db, `DELETE FROM ${q(table.name)} WHERE rowid = ?`).run(localId);
    return 'settled';
  };
  if (table.name === NUMBERED_TABLE) {
    const into = alive ? draftFoldedInto(db, uid) : null;
    keepFoldedTexts(db, table, uid, into);
    if (into !== null) {
      const target = sql(db, 'SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?').pluck().get(table.name, into) as number | undefined;
      repointChildren(db, [...byName.values()], uid, target ?? null);
      return remove();
    }
  }
  if (!alive) return remove();

  const byColumn = new Map(cells.map((c) => [c.column, c.value]));
  const values = new Map<string, string | number | null>();
  const emptied = new Set<string>();
  let deferred = false;
  for (const column of table.columns) {
    if (!byColumn.has(column.name)) {
      // A written-once row is never corrected by a later update: it waits until its insert
      // has arrived whole (a batch may end inside it), rather than land with defaults.
      if (localId === undefined && (column.required || table.insertOnly)) return 'wait';
      continue;
    }
    const value = byColumn.get(column.name)!;
    const parent = parentIn(column, (name) => byColumn.get(name));
    // An empty link to a row of a kind is no link: its kind goes with it (a decision's link to what it changed).
    const empty = () => {
      values.set(column.name, null);
      if (column.parentByKind) emptied.add(column.parentByKind.column);
    };
    if (parent && value !== null) {
      // A reference to a folded charter draft names the draft it went into.
      const parentUid = parent === NUMBERED_TABLE && typeof value === 'string' ? (draftFoldedInto(db, value) ?? value) : value;
      const parentId = sql(db, 'SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?').pluck().get(parent, parentUid) as number | undefined;
      if (parentId !== undefined) values.set(column.name, parentId);
      // A parent that has not arrived yet is waited for; one that is gone takes the row with
      // it (ON DELETE CASCADE) or leaves the reference empty, as the delete did where it ran.
      else if (typeof value !== 'string' || !isGone(db, byName, parent, value)) {
        // A written-once row is never updated afterwards, so it cannot land without it. A
        // reference to a table settled after this one (where the tables' order broke a cycle,
        // a meeting's current agenda item) cannot be met in this pass: waiting for it would
        // hold up the row and all its children until the batch stalls.
        const after = (order.get(parent) ?? -1) > (order.get(table.name) ?? -1);
        if (!(relaxed || after) || column.required || table.insertOnly || localId !== undefined) return 'wait';
        empty();
        deferred = true;
      }
      else if (column.goesWithParent) return remove();
      else empty();
    } else {
      values.set(column.name, value);
    }
  }
  for (const name of emptied) values.set(name, null);

  if (table.name === NUMBERED_TABLE && typeof values.get('version') === 'number' && typeof values.get('mentee_id') === 'number') {
    // A version's number is this computer's to give (charter-numbers.ts): an arriving one lands
    // where it is free, and an update never moves it.
    const menteeId = values.get('mentee_id') as number;
    if (localId === undefined) values.set('version', freeVersionNumber(db, menteeId, values.get('version') as number));
    else values.delete('version');
    // A first version that lands above 1 (begun on two computers at once) says why, as every later version does.
    const number = localId === undefined ? (values.get('version') as number) : (sql(db, 'SELECT version FROM charter_versions WHERE id = ?').pluck().get(localId) as number);
    if (values.get('reason') === '' && number !== 1) {
      if (localId === undefined) values.set('reason', concurrentReason(db, menteeId));
      else values.delete('reason');
    }
  }
  if (localId === undefined) {
    const names = [...values.keys()];
    const info = db
      .prepare(`INSERT INTO ${q(table.name)} (${names.map(q).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
      .run(...values.values());
    sql(db, 'INSERT INTO sync_rows (dataset, local_id, uid) VALUES (?, ?, ?)').run(table.name, info.lastInsertRowid, uid);
    // A charter draft folded before lands as itself again: what names it points at it once more.
    // So do those of drafts folded into it, which found it not here yet.
    if (table.name === NUMBERED_TABLE) {
      for (const named of [uid, ...draftsFoldedInto(db, uid)]) repointChildren(db, [...byName.values()], named, Number(info.lastInsertRowid));
    }
    return deferred ? 'deferred' : 'inserted';
  }
  if (table.insertOnly) return 'settled';
  const current = sql(db, `SELECT * FROM ${q(table.name)} WHERE rowid = ?`).get(localId) as Record<string, unknown>;
  const changed = [...values.entries()].filter(([name, value]) => current[name] !== value);
  if (changed.length > 0) {
    sql(db, `UPDATE ${q(table.name)} SET ${changed.map(([name]) => `${q(name)} = ?`).join(', ')} WHERE rowid = ?`).run(
      ...changed.map(([, value]) => value),
      localId,
    );
  }
  return 'settled';
}
