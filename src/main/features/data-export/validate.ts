import { jsonExportEnvelope } from '../../../shared/data-export/document';
import type { Db } from '../../vault/sqlite';
import { VaultError } from '../../vault/vault-error';
import { dataTables, quoteId, type ColumnInfo, type TableInfo } from './schema-graph';

export interface ValidatedTable {
  table: TableInfo;
  /** Rows as SQLite values, with the columns each row gives (the rest take their defaults). */
  rows: { columns: string[]; values: unknown[] }[];
}

export interface ValidatedImport {
  schemaVersion: number;
  /** Parents first, in the live schema's order. */
  tables: ValidatedTable[];
}

function fail(where: string, problem: string): never {
  throw new VaultError('INVALID_INPUT', `${where}: ${problem}; nothing was imported.`, [{ path: where.split(/[.[\]]+/).filter(Boolean), message: problem }]);
}

/**
 * Checks a parsed export against this vault's live schema before anything is written:
 * the envelope, then every table, row, column, type and foreign key. Throws naming the
 * first problem ("tables.goals[3].target_value: expected number").
 */
export function validateExport(db: Db, parsed: unknown): ValidatedImport {
  const envelope = jsonExportEnvelope.safeParse(parsed);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : 'file';
    fail(where, issue.message);
  }
  const doc = envelope.data;
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  if (doc.schemaVersion > schemaVersion) {
    fail('schemaVersion', `the file comes from a newer vault (schema ${doc.schemaVersion}; this vault has ${schemaVersion}): update the app first`);
  }

  const live = dataTables(db);
  const byName = new Map(live.map((t) => [t.name, t]));
  for (const name of Object.keys(doc.tables)) {
    if (!byName.has(name)) fail(`tables.${name}`, 'unknown table');
  }
  const tables: ValidatedTable[] = [];
  for (const table of live) {
    const rows = doc.tables[table.name];
    if (!rows) continue;
    tables.push({ table, rows: rows.map((row, i) => checkRow(table, row, `tables.${table.name}[${i}]`)) });
  }
  checkKeysAndReferences(db, tables);
  return { schemaVersion: doc.schemaVersion, tables };
}

function checkRow(table: TableInfo, row: Record<string, unknown>, where: string): ValidatedTable['rows'][number] {
  const known = new Map(table.columns.map((c) => [c.name, c]));
  for (const key of Object.keys(row)) {
    if (!known.has(key)) fail(`${where}.${key}`, 'unknown column');
  }
  const columns: string[] = [];
  const values: unknown[] = [];
  for (const column of table.columns) {
    if (!Object.hasOwn(row, column.name)) {
      if (required(column)) fail(`${where}.${column.name}`, 'missing required column');
      continue;
    }
    columns.push(column.name);
    values.push(toSqlite(column, table.strict, row[column.name], `${where}.${column.name}`));
  }
  return { columns, values };
}

/** Key columns carry the ids other rows refer to, so they are required even where SQLite would assign one. */
function required(column: ColumnInfo): boolean {
  return column.pk > 0 || (column.notNull && !column.hasDefault);
}

function toSqlite(column: ColumnInfo, strict: boolean, value: unknown, where: string): unknown {
  if (value === null) {
    if (column.notNull || column.pk > 0) fail(where, 'must not be null');
    return null;
  }
  const blob = asBlob(value);
  const kind = strict ? column.type : 'ANY';
  switch (kind) {
    case 'INTEGER':
    case 'INT':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(where, 'expected integer');
      return value;
    case 'REAL':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(where, 'expected number');
      return value;
    case 'TEXT':
      if (typeof value !== 'string') fail(where, 'expected text');
      return value;
    case 'BLOB':
      if (!blob) fail(where, 'expected {"$base64": "..."}');
      return blob;
    default:
      if (blob) return blob;
      if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
      return fail(where, 'expected text, a number or null');
  }
}

function asBlob(value: unknown): Buffer | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const encoded = (value as { $base64?: unknown }).$base64;
  if (keys.length !== 1 || typeof encoded !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return undefined;
  return Buffer.from(encoded, 'base64');
}

const tuple = (values: unknown[]) => JSON.stringify(values, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v));

/** Duplicate keys in the file, and references to rows neither in the file nor kept in the vault. */
function checkKeysAndReferences(db: Db, tables: ValidatedTable[]): void {
  const inFile = new Map(tables.map((t) => [t.table.name, t]));
  const valueOf = (entry: ValidatedTable['rows'][number], column: string) => {
    const i = entry.columns.indexOf(column);
    return i < 0 ? null : entry.values[i];
  };
  for (const { table, rows } of tables) {
    if (table.key[0] === 'rowid') continue;
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const key = tuple(table.key.map((c) => valueOf(row, c)));
      const earlier = seen.get(key);
      if (earlier !== undefined) fail(`tables.${table.name}[${i}].${table.key.join('+')}`, `duplicate key (same as row ${earlier})`);
      seen.set(key, i);
    });
  }
  const parentKeys = new Map<string, Set<string>>();
  const keysOf = (parent: string, columns: string[]): Set<string> => {
    const id = `${parent}(${columns.join(',')})`;
    let keys = parentKeys.get(id);
    if (!keys) {
      const fromFile = inFile.get(parent);
      keys = fromFile
        ? new Set(fromFile.rows.map((r) => tuple(columns.map((c) => valueOf(r, c)))))
        : new Set(
            (db.prepare(`SELECT ${columns.map(quoteId).join(', ')} FROM ${quoteId(parent)}`).raw().all() as unknown[][]).map((r) => tuple(r)),
          );
      parentKeys.set(id, keys);
    }
    return keys;
  };
  for (const { table, rows } of tables) {
    for (const fk of table.foreignKeys) {
      rows.forEach((row, i) => {
        const values = fk.from.map((c) => valueOf(row, c));
        if (values.some((v) => v === null)) return;
        if (!keysOf(fk.parent, fk.to).has(tuple(values))) {
          // Ids only: a text key could be content.
          const shown = values.every((v) => typeof v === 'number') ? ` ${values.join(', ')}` : '';
          fail(`tables.${table.name}[${i}].${fk.from.join('+')}`, `refers to ${fk.parent}${shown}, which is not in the file`);
        }
      });
    }
  }
}
