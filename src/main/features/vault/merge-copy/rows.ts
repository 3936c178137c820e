import type { Db } from '../../../vault/sqlite';
import type { MergeState } from './state';
import { parentIn } from '../../../vault/sync-capture/tables';
import { q, readAll, type MergeTable } from './tables';

type Row = Record<string, unknown>;
const same = (a: unknown, b: unknown) => (Buffer.isBuffer(a) && Buffer.isBuffer(b) ? a.equals(b) : a === b);

/**
 * Merges one table's rows from the copy. A copy row is the vault's row with the same id when
 * it is the same record: identical (append-only records), of the same creation time (tables
 * that keep one), or under the same parents (the rest); a keyed row is the one with the same
 * key. Such a row stays once, with the vault's values; the copy's differing free text is kept
 * aside. Any other row is added under a new id, its references pointing at the vault's rows.
 */
export function mergeTable(vault: Db, copy: Db, table: MergeTable, state: MergeState, merged: ReadonlySet<string>): void {
  const ids = state.idsOf(table.name);
  for (const row of readAll(copy, table)) {
    const values = remap(row, table, state, merged);
    if (!values) {
      state.count('skipped', table.name);
      continue;
    }
    const copyId = table.idColumn ? row[table.idColumn] : null;
    const existing = findSame(vault, table, row, values.row);
    if (existing) {
      if (table.idColumn) ids.set(copyId, existing[table.idColumn] as number);
      compare(table, values.row, existing, state);
      continue;
    }
    const id = insert(vault, table, values.row, state);
    if (id === null) continue;
    if (table.idColumn) {
      ids.set(copyId, id);
      for (const ref of values.later) state.later.push({ table: table.name, idColumn: table.idColumn, id, ...ref });
    }
  }
}

/** The copy row with its references as the vault's ids; null when a required parent was not merged. */
function remap(row: Row, table: MergeTable, state: MergeState, merged: ReadonlySet<string>): { row: Row; later: { column: string; parent: string; copyParent: unknown }[] } | null {
  const out: Row = {};
  const later: { column: string; parent: string; copyParent: unknown }[] = [];
  const emptied: string[] = [];
  for (const column of table.columns) {
    const value = row[column.name];
    const parent = parentIn(column, (name) => row[name]);
    if (!parent || value === null || value === undefined) {
      out[column.name] = value ?? null;
      continue;
    }
    const mapped = state.idsOf(parent).get(value);
    if (mapped !== undefined) out[column.name] = mapped;
    else if (column.parentByKind) {
      // A link by kind to a row not merged is no link: its kind goes with it (the table's check wants both or neither).
      out[column.name] = null;
      emptied.push(column.parentByKind.column);
    } else if (!column.required && !merged.has(parent)) {
      // A parent of a table merged later (a cycle): set once that table is merged.
      out[column.name] = null;
      later.push({ column: column.name, parent, copyParent: value });
    } else if (!column.required) out[column.name] = null;
    else return null;
  }
  for (const name of emptied) out[name] = null;
  if (table.keyParent && table.idColumn) out[table.idColumn] = out[table.idColumn] ?? null;
  return { row: out, later };
}

function findSame(vault: Db, table: MergeTable, copyRow: Row, values: Row): Row | null {
  const where = (columns: string[], of: Row) => {
    const found = vault.prepare(`SELECT * FROM ${q(table.name)} WHERE ${columns.map((c) => `${q(c)} IS ?`).join(' AND ')}`).get(...columns.map((c) => of[c])) as Row | undefined;
    return found ?? null;
  };
  if (table.naturalKey) return where(table.naturalKey, values);
  if (!table.idColumn) return where(table.columns.map((c) => c.name), values);
  if (table.keyParent) return values[table.idColumn] === null ? null : where([table.idColumn], values);
  const columns = table.columns.map((c) => c.name);
  const candidate = where([table.idColumn], copyRow);
  // Not the row with its id: one identical under another id (added by an earlier merge of this copy).
  if (!candidate) return where(columns, values);
  if (table.insertOnly) return columns.every((c) => same(candidate[c], values[c])) ? candidate : where(columns, values);
  if (columns.includes('created_at')) return same(candidate.created_at, values.created_at) ? candidate : where(columns, values);
  return table.columns.every((c) => !parentIn(c, (name) => values[name]) || same(candidate[c.name], values[c.name])) ? candidate : where(columns, values);
}

function compare(table: MergeTable, values: Row, existing: Row, state: MergeState): void {
  const differs = table.columns.filter((c) => !same(values[c.name], existing[c.name]));
  if (differs.length === 0 || !table.idColumn) return;
  state.differing++;
  for (const column of differs) {
    const text = values[column.name];
    if (column.freeText && typeof text === 'string' && text.trim() !== '') {
      state.kept.push({ table: table.name, id: existing[table.idColumn] as number, column: column.name, text });
    }
  }
}

/** Inserts a copy-only row under a new id (the parent's for a row keyed by its parent); null when the vault's rules refuse it. */
function insert(vault: Db, table: MergeTable, values: Row, state: MergeState): number | null {
  const columns = table.columns.map((c) => c.name);
  const verb = table.idColumn ? 'INSERT' : 'INSERT OR IGNORE';
  try {
    const result = vault
      .prepare(`${verb} INTO ${q(table.name)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      .run(...columns.map((c) => values[c]));
    if (result.changes > 0) state.count('added', table.name);
    return table.keyParent && table.idColumn ? (values[table.idColumn] as number) : Number(result.lastInsertRowid);
  } catch (err) {
    // A unique rule or an append-only trigger refuses it (two charter versions numbered alike): counted, not forced.
    if ((err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
      state.count('skipped', table.name);
      return null;
    }
    throw err;
  }
}

/** References to rows of a table merged after the row's own (the milestone <-> evidence cycle). */
export function setLaterReferences(vault: Db, state: MergeState): void {
  for (const ref of state.later) {
    const mapped = state.idsOf(ref.parent).get(ref.copyParent);
    if (mapped === undefined) continue;
    vault.prepare(`UPDATE ${q(ref.table)} SET ${q(ref.column)} = ? WHERE ${q(ref.idColumn)} = ?`).run(mapped, ref.id);
  }
}
