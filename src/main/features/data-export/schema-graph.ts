import type { Db } from '../../vault/sqlite';

/**
 * The vault's tables as the JSON export sees them, read from the live schema (so a
 * table added by a later migration is covered without touching this code).
 */
export interface ColumnInfo {
  name: string;
  /** Declared type, upper case ('INTEGER', 'TEXT', ... or '' when none). */
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  /** 1-based position in the primary key, 0 when not part of it. */
  pk: number;
}

export interface ForeignKey {
  parent: string;
  from: string[];
  /** Parent columns; the parent's primary key when the schema names none. */
  to: string[];
}

export interface TableInfo {
  name: string;
  strict: boolean;
  columns: ColumnInfo[];
  /** Primary key columns, or ['rowid'] for a table without one. */
  key: string[];
  foreignKeys: ForeignKey[];
  confidential: boolean;
}

/**
 * The vault file's own metadata (KDF version, creation time) and its record chain (links
 * rebuilt from the records on import): never data to carry over.
 */
const NOT_DATA = new Set(['vault_meta', 'record_links']);

/**
 * Private notes, escalation records and the mentor's reflections, by name; every table that points at one of
 * them by foreign key is confidential too (tags of a note, entries of a record). A
 * domain can also name a table explicitly.
 */
const CONFIDENTIAL_NAME = /^(private_)?notes?($|_)|^escalations?($|_)|^mentor_reflections$/;
const registeredConfidential = new Set<string>();

export function registerConfidentialTable(name: string): void {
  registeredConfidential.add(name);
}

export const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every data table, parents before children (by foreign key), with columns and keys. */
export function dataTables(db: Db): TableInfo[] {
  const list = db.prepare("SELECT name, type, strict FROM pragma_table_list WHERE schema = 'main'").all() as {
    name: string;
    type: string;
    strict: number;
  }[];
  const virtual = list.filter((t) => t.type === 'virtual').map((t) => t.name);
  const tables: TableInfo[] = [];
  for (const entry of list) {
    const { name } = entry;
    // sync_*: this computer's sync bookkeeping (outbox, clocks, uids), never data to carry over.
    if (entry.type !== 'table' || name.startsWith('sqlite_') || name.startsWith('sync_') || NOT_DATA.has(name)) continue;
    // FTS5 keeps its index in shadow tables named after the virtual table: derived, rebuilt on import.
    if (virtual.some((v) => name.startsWith(`${v}_`))) continue;
    tables.push(describeTable(db, name, entry.strict === 1));
  }
  markConfidential(tables);
  return orderParentsFirst(tables);
}

function describeTable(db: Db, name: string, strict: boolean): TableInfo {
  const raw = db.prepare(`SELECT name, type, "notnull" AS required, dflt_value AS dflt, pk, hidden FROM pragma_table_xinfo(?)`).all(name) as {
    name: string;
    type: string;
    required: number;
    dflt: string | null;
    pk: number;
    hidden: number;
  }[];
  // hidden 2 and 3 are generated columns: computed, never written.
  const columns = raw
    .filter((c) => c.hidden === 0)
    .map((c) => ({ name: c.name, type: c.type.toUpperCase(), notNull: c.required === 1, hasDefault: c.dflt !== null, pk: c.pk }));
  const pkColumns = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  const fkRows = db.prepare('SELECT id, seq, "table" AS parent, "from" AS fromCol, "to" AS toCol FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(name) as {
    id: number;
    parent: string;
    fromCol: string;
    toCol: string | null;
  }[];
  const byId = new Map<number, ForeignKey>();
  for (const row of fkRows) {
    let fk = byId.get(row.id);
    if (!fk) {
      fk = { parent: row.parent, from: [], to: [] };
      byId.set(row.id, fk);
    }
    fk.from.push(row.fromCol);
    if (row.toCol !== null) fk.to.push(row.toCol);
  }
  const foreignKeys = [...byId.values()].map((fk) => (fk.to.length === fk.from.length ? fk : { ...fk, to: primaryKeyOf(db, fk.parent) }));
  return { name, strict, columns, key: pkColumns.length > 0 ? pkColumns : ['rowid'], foreignKeys, confidential: false };
}

function primaryKeyOf(db: Db, table: string): string[] {
  const cols = db.prepare('SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(table) as { name: string }[];
  return cols.length > 0 ? cols.map((c) => c.name) : ['rowid'];
}

function markConfidential(tables: TableInfo[]): void {
  const confidential = new Set(tables.filter((t) => CONFIDENTIAL_NAME.test(t.name) || registeredConfidential.has(t.name)).map((t) => t.name));
  let grew = true;
  while (grew) {
    grew = false;
    for (const table of tables) {
      if (confidential.has(table.name)) continue;
      if (table.foreignKeys.some((fk) => confidential.has(fk.parent))) {
        confidential.add(table.name);
        grew = true;
      }
    }
  }
  for (const table of tables) table.confidential = confidential.has(table.name);
}

/**
 * Kahn's order by name; a cycle (milestones <-> evidence) is broken at its first table
 * by name, which is fine because import defers foreign keys to commit.
 */
function orderParentsFirst(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const parents = new Map(tables.map((t) => [t.name, new Set(t.foreignKeys.map((fk) => fk.parent).filter((p) => p !== t.name && byName.has(p)))]));
  const ordered: TableInfo[] = [];
  const remaining = new Set([...byName.keys()].sort());
  while (remaining.size > 0) {
    const ready = [...remaining].filter((name) => [...parents.get(name)!].every((p) => !remaining.has(p)));
    const next = ready.length > 0 ? ready : [[...remaining][0]!];
    for (const name of next) {
      ordered.push(byName.get(name)!);
      remaining.delete(name);
    }
  }
  return ordered;
}
