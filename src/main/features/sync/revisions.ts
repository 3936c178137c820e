import type { RevisionView } from '../../../shared/sync/contract';
import type { Db } from '../../vault/sqlite';
import { localKeyOf } from '../../vault/sync-capture/keyed';
import { INSERT_ONLY, syncedTables, type SyncedTable } from '../../vault/sync-capture/tables';
import { VaultError } from '../../vault/vault-error';
import { recordOf } from './record-kind';
import { fieldOf, refusalOf } from './revision-fields';

/**
 * The text kept when a free-text value lost to another computer's (`sync_revisions`, written
 * by the replica's merge): listed in words the mentor recognises, put back as an ordinary
 * edit, or forgotten. Restoring keeps the text it replaces, so a restore can be undone too.
 */

/** Columns that name a record to the mentor, in the order they are looked for. */
const TITLE_COLUMNS = ['title', 'name', 'pseudonym', 'supervisor', 'technique', 'text'];

/** A hybrid-clock timestamp begins with its wall time (ISO 8601, to the millisecond) and ends with its node. */
const wallTime = (timestamp: string) => timestamp.slice(0, 24);
const nodeOf = (timestamp: string) => timestamp.slice(-16);

interface KeptRow {
  id: number;
  dataset: string;
  row_uid: string;
  column: string;
  value: string;
  timestamp: string;
}

/** Strictly after the row's last change, so an editor open on it sees that it changed (as a store's save does). */
function laterThan(previous: string): string {
  const now = new Date().toISOString();
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}

const FROZEN = 'This record is frozen now (an agreed charter version, for one), so the text cannot be put back into it. Copy it into a new version, then dismiss it here.';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function ownNode(db: Db): string | null {
  const clock = db.prepare("SELECT value FROM sync_state WHERE key = 'clock'").pluck().get() as string | undefined;
  return clock ? nodeOf(clock) : null;
}

/** Where a synced row is here: by rowid, or by its key for a table keyed without one (a meeting's hours). */
type Found = { row: Row; where: string; params: unknown[] };

function findRow(db: Db, table: SyncedTable | undefined, uid: string): Found | null {
  if (!table) return null;
  if (table.withoutRowid) {
    const key = localKeyOf(db, table, uid, () => true);
    if (key === 'wait' || key === 'gone') return null;
    const where = [...key.keys()].map((name) => `${quote(name)} = ?`).join(' AND ');
    const params = [...key.values()];
    const row = db.prepare(`SELECT * FROM ${quote(table.name)} WHERE ${where}`).get(...params) as Row | undefined;
    return row ? { row, where, params } : null;
  }
  const id = db.prepare('SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?').pluck().get(table.name, uid) as number | undefined;
  const row = id === undefined ? undefined : rowOf(db, table.name, id);
  return row ? { row, where: 'rowid = ?', params: [id] } : null;
}

function tableOf(tables: SyncedTable[], name: string): SyncedTable | undefined {
  return tables.find((t) => t.name === name);
}

type Row = Record<string, unknown>;

/** By rowid: a synced table's local id is its rowid, whatever its key column is called (a charter's is its mentee's). */
function rowOf(db: Db, table: string, id: number): Row | undefined {
  return db.prepare(`SELECT * FROM ${quote(table)} WHERE rowid = ?`).get(id) as Row | undefined;
}

/** Parent rows climbed at most, looking for the mentee (a rubric score: meeting, then mentee). */
const MENTEE_DEPTH = 4;

/**
 * The mentee a row belongs to: its own `mentee_id`, else its parents' (a milestone's goal, an
 * agenda item's meeting). A row of the mentor's own practice or of the templates has none.
 */
function menteeOf(db: Db, tables: SyncedTable[], table: string, row: Row, depth = 0): string | null {
  const columns = tableOf(tables, table)?.columns ?? [];
  const mentee = columns.find((c) => c.name === 'mentee_id' && c.parent === 'mentees');
  if (mentee && typeof row.mentee_id === 'number') {
    return (db.prepare('SELECT name FROM mentees WHERE id = ?').pluck().get(row.mentee_id) as string | undefined) ?? null;
  }
  if (depth >= MENTEE_DEPTH) return null;
  // The mentee_id of a charter version names its charter (keyed by the mentee), so parents are climbed alike.
  for (const column of columns) {
    const id = row[column.name];
    if (!column.parent || typeof id !== 'number') continue;
    const parent = rowOf(db, column.parent, id);
    const name = parent ? menteeOf(db, tables, column.parent, parent, depth + 1) : null;
    if (name !== null) return name;
  }
  return null;
}

function describe(db: Db, tables: SyncedTable[], kept: KeptRow, self: string | null): RevisionView {
  const table = tableOf(tables, kept.dataset);
  const has = (column: string) => !!table?.columns.some((c) => c.name === column);
  const row = findRow(db, table, kept.row_uid)?.row;
  const titleColumn = TITLE_COLUMNS.find((c) => has(c) && c !== kept.column);
  const cell = db.prepare('SELECT timestamp FROM sync_cells WHERE dataset = ? AND row_uid = ? AND "column" = ?').pluck().get(kept.dataset, kept.row_uid, kept.column) as string | undefined;
  const current = row ? row[kept.column] : undefined;
  return {
    id: kept.id,
    record: recordOf(kept.dataset),
    field: fieldOf(kept.dataset, kept.column),
    mentee: row && kept.dataset !== 'mentees' ? menteeOf(db, tables, kept.dataset, row) : null,
    title: row && titleColumn && typeof row[titleColumn] === 'string' && row[titleColumn] !== '' ? (row[titleColumn] as string) : null,
    kept: kept.value,
    keptAt: wallTime(kept.timestamp),
    keptHere: self !== null && nodeOf(kept.timestamp) === self,
    current: row ? (typeof current === 'string' ? current : current == null ? '' : String(current)) : null,
    currentAt: row && cell ? wallTime(cell) : null,
    currentHere: row && cell ? self !== null && nodeOf(cell) === self : null,
    refused: table ? refusalOf(kept.dataset, kept.column, row) : 'deleted',
  };
}

export function listRevisions(db: Db): RevisionView[] {
  const tables = syncedTables(db);
  const self = ownNode(db);
  const kept = db.prepare('SELECT id, dataset, row_uid, "column", value, timestamp FROM sync_revisions ORDER BY id DESC').all() as KeptRow[];
  return kept.map((k) => describe(db, tables, k, self));
}

function keptRow(db: Db, id: number): KeptRow {
  const kept = db.prepare('SELECT id, dataset, row_uid, "column", value, timestamp FROM sync_revisions WHERE id = ?').get(id) as KeptRow | undefined;
  if (!kept) throw new VaultError('NOT_FOUND', 'That kept text is no longer there: it was restored or dismissed already.');
  return kept;
}

/**
 * Puts the kept text back as a local edit: the capture triggers note it like any other, so
 * it travels to the other computers at the next round. The text it replaces becomes a
 * revision in turn (stamped as the cell is now), so nothing typed is lost by restoring.
 */
export function restoreRevision(db: Db, id: number): RevisionView[] {
  db.transaction(() => {
    const kept = keptRow(db, id);
    const table = tableOf(syncedTables(db), kept.dataset);
    const found = findRow(db, table, kept.row_uid);
    const row = found?.row;
    if (!table || !found || !row) throw new VaultError('NOT_FOUND', 'The record this text belonged to has been deleted, so the text cannot be put back. Dismiss it, or copy it from here first.');
    if (INSERT_ONLY.has(table.name)) throw new VaultError('APPEND_ONLY', 'This record is written once and never changed, so its text cannot be replaced.');
    const refused = refusalOf(table.name, kept.column, row);
    if (refused === 'frozen') throw new VaultError('CONFLICT', FROZEN);
    if (refused === 'ownScreen') {
      throw new VaultError('CONFLICT', 'This value changes only on its own screen (a meeting’s time, a goal’s metric as a recalibration with its reason), so it is not put back from here. Change it there, then dismiss it here.');
    }
    const now = row[kept.column];
    const cell = db.prepare('SELECT timestamp FROM sync_cells WHERE dataset = ? AND row_uid = ? AND "column" = ?').pluck().get(kept.dataset, kept.row_uid, kept.column) as string | undefined;
    if (typeof now === 'string' && now !== '' && now !== kept.value && cell) {
      db.prepare('INSERT OR IGNORE INTO sync_revisions (dataset, row_uid, "column", value, timestamp, replaced_by) VALUES (?, ?, ?, ?, ?, ?)').run(
        kept.dataset,
        kept.row_uid,
        kept.column,
        now,
        cell,
        // What replaces it is stamped only when the restore is collected; until then, its own stamp.
        cell,
      );
    }
    const touched = typeof row.updated_at === 'string' ? ', updated_at = ?' : '';
    const values: unknown[] = [kept.value, ...(touched ? [laterThan(row.updated_at as string)] : []), ...found.params];
    try {
      db.prepare(`UPDATE ${quote(kept.dataset)} SET ${quote(kept.column)} = ?${touched} WHERE ${found.where}`).run(...values);
    } catch (error) {
      // A record frozen since (a charter version agreed afterwards) refuses every change by trigger.
      if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_TRIGGER') {
        throw new VaultError('CONFLICT', FROZEN);
      }
      throw error;
    }
    db.prepare('DELETE FROM sync_revisions WHERE id = ?').run(id);
  })();
  return listRevisions(db);
}

/** Forgets a kept text for good (the screen asks first). */
export function dismissRevision(db: Db, id: number): RevisionView[] {
  keptRow(db, id);
  db.prepare('DELETE FROM sync_revisions WHERE id = ?').run(id);
  return listRevisions(db);
}
