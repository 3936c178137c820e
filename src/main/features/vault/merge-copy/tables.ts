import type { Db } from '../../../vault/sqlite';
import { syncedTables, type KindReference } from '../../../vault/sync-capture/tables';

/**
 * The tables a merge reads from a conflicted copy, parents first, described the way sync
 * describes them (`syncedTables`: references read with PRAGMA foreign_key_list, plus the two
 * without a declared key), and then the tables keyed without a rowid, read by their columns.
 */

/** Per-vault and derived: never taken from a copy (exchange_form_key is this vault's own form seal). */
const NOT_MERGED = new Set(['vault_meta', 'record_links', 'settings', 'meeting_drafts', 'exchange_form_key']);

export interface MergeColumn {
  name: string;
  parent: string | null;
  /** A link whose table the row names by kind (a decision's link to what it changed). */
  parentByKind: KindReference | null;
  required: boolean;
  freeText: boolean;
}

export interface MergeTable {
  name: string;
  /** The integer key column, or null for a table keyed by its columns (no rowid). */
  idColumn: string | null;
  /** The key is the parent's id (one charter per mentee). */
  keyParent: boolean;
  /** A key the mentor chose (a meeting kind's name). */
  naturalKey: string[] | null;
  insertOnly: boolean;
  columns: MergeColumn[];
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function mergeTables(db: Db): MergeTable[] {
  const rowidTables: MergeTable[] = syncedTables(db)
    // Tables keyed without a rowid sync too now; a merge reads them by their columns, below.
    .filter((t) => !NOT_MERGED.has(t.name) && !t.withoutRowid)
    .map((t) => {
      const idColumn = (db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk = 1').pluck().get(t.name) as string | undefined) ?? null;
      return {
        name: t.name,
        idColumn: t.naturalKey ? null : idColumn,
        keyParent: t.keyParent !== null,
        naturalKey: t.naturalKey,
        insertOnly: t.insertOnly,
        columns: t.columns.map((c) => ({ name: c.name, parent: c.parent, parentByKind: c.parentByKind, required: c.required, freeText: c.freeText })),
      };
    });
  // A link by kind (a decision's) names rows of several tables: it is merged after all of them.
  rowidTables.sort((a, b) => Number(a.columns.some((c) => c.parentByKind)) - Number(b.columns.some((c) => c.parentByKind)));
  const known = new Set(rowidTables.map((t) => t.name));
  const keyed = (db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND wr = 1 ORDER BY name").pluck().all() as string[])
    .filter((name) => !name.startsWith('sync_') && !NOT_MERGED.has(name))
    .map((name): MergeTable => {
      const parents = new Map(
        (db.prepare('SELECT "from" AS col, "table" AS parent FROM pragma_foreign_key_list(?)').all(name) as { col: string; parent: string }[]).map((fk) => [
          fk.col,
          fk.parent,
        ]),
      );
      const columns = (db.prepare('SELECT name, "notnull" AS nn, dflt_value AS dflt FROM pragma_table_info(?)').all(name) as { name: string; nn: number; dflt: string | null }[]).map(
        (c) => ({
          name: c.name,
          parent: known.has(parents.get(c.name) ?? '') ? parents.get(c.name)! : null,
          parentByKind: null,
          required: c.nn === 1 && c.dflt === null,
          freeText: false,
        }),
      );
      return { name, idColumn: null, keyParent: false, naturalKey: null, insertOnly: false, columns };
    });
  // Keyed tables hang under rowid tables: after all of them.
  return [...rowidTables, ...keyed];
}

export function readAll(db: Db, table: MergeTable): Record<string, unknown>[] {
  const order = table.idColumn ? `ORDER BY ${q(table.idColumn)}` : '';
  return db.prepare(`SELECT * FROM ${q(table.name)} ${order}`).all() as Record<string, unknown>[];
}

export { q };
