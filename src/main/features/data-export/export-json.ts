import { JSON_EXPORT_FORMAT, JSON_EXPORT_FORMAT_VERSION, type JsonCell, type JsonExportDocument, type JsonRow } from '../../../shared/data-export/document';
import type { ExportScope } from '../../../shared/data-export/schema';
import type { Db } from '../../vault/sqlite';
import { VaultError } from '../../vault/vault-error';
import { BACKUP_SETTING_PREFIX } from '../backup/schedule';
import { dataTables, quoteId, type TableInfo } from './schema-graph';

export interface ExportOptions {
  scope: ExportScope;
  includeConfidential: boolean;
  now?: Date;
}

type Rows = Record<string, unknown>[];

/**
 * The JSON export, read from the live schema: every data table (or, for one mentee,
 * the rows that belong to them and the shared rows those point at), parents first.
 * Confidential tables are read only when the mentor asked for them explicitly.
 */
export function buildJsonExport(db: Db, options: ExportOptions): JsonExportDocument {
  const tables = dataTables(db).filter((t) => options.includeConfidential || !t.confidential);
  const rows = new Map<string, Rows>(tables.map((t) => [t.name, readRows(db, t)]));
  let selected: Map<string, Rows>;
  if (options.scope.kind === 'all') {
    selected = rows;
  } else {
    selected = selectForMentee(tables, rows, options.scope.menteeId);
  }
  const out: Record<string, JsonRow[]> = {};
  for (const table of tables) {
    const chosen = selected.get(table.name);
    if (chosen) out[table.name] = chosen.map((row) => toJsonRow(table, row));
  }
  return {
    format: JSON_EXPORT_FORMAT,
    formatVersion: JSON_EXPORT_FORMAT_VERSION,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    exportedAt: (options.now ?? new Date()).toISOString(),
    scope: options.scope,
    includesConfidential: options.includeConfidential,
    encrypted: false,
    tables: out,
  };
}

function readRows(db: Db, table: TableInfo): Rows {
  const columns = table.columns.map((c) => quoteId(c.name)).join(', ');
  const order = table.key.map(quoteId).join(', ');
  const statement = db.prepare(`SELECT ${columns} FROM ${quoteId(table.name)} ORDER BY ${order}`).safeIntegers(true);
  let rows = statement.all() as Rows;
  // Which folder automatic backups go to belongs to this computer, not to the data.
  if (table.name === 'settings') rows = rows.filter((r) => !String(r.key).startsWith(BACKUP_SETTING_PREFIX));
  return rows;
}

function toJsonRow(table: TableInfo, row: Record<string, unknown>): JsonRow {
  const out: JsonRow = {};
  for (const column of table.columns) out[column.name] = toCell(row[column.name], table.name, column.name);
  return out;
}

function toCell(value: unknown, table: string, column: string): JsonCell {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new VaultError('INTERNAL', `${table}.${column} holds a whole number too large for JSON; the export was not written.`);
    }
    return Number(value);
  }
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') };
  throw new VaultError('INTERNAL', `${table}.${column} holds a value the export cannot write.`);
}

const tupleOf = (row: Record<string, unknown>, columns: string[]): string | undefined => {
  const values = columns.map((c) => row[c]);
  if (values.some((v) => v === null || v === undefined)) return undefined;
  return JSON.stringify(values, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
};

const WHOLE_IN_ONE_MENTEE = ['meeting_kinds'];

/**
 * One mentee's rows: downward from the mentee along foreign keys (goals, then their
 * milestones, ...), then upward to every row those point at (a competency an
 * assessment rates), so the file imports on its own. Tables reached downward are
 * listed even when empty; shared tables only when a row is needed.
 */
function selectForMentee(tables: TableInfo[], rows: Map<string, Rows>, menteeId: number): Map<string, Rows> {
  const mentees = rows.get('mentees') ?? [];
  const mentee = mentees.find((r) => Number(r.id) === menteeId);
  if (!mentee) throw new VaultError('NOT_FOUND', 'There is no such mentee.');
  const chosen = new Map<string, Set<Record<string, unknown>>>(tables.map((t) => [t.name, new Set()]));
  chosen.get('mentees')!.add(mentee);
  const owned = new Set(['mentees']);

  const parentTuples = (parent: string, columns: string[]) =>
    new Set([...chosen.get(parent)!].map((r) => tupleOf(r, columns)).filter((t): t is string => t !== undefined));

  // Downward, to a fixed point (cycles such as milestones <-> evidence need a second pass).
  for (let grew = true; grew; ) {
    grew = false;
    for (const table of tables) {
      if (table.name === 'mentees' || table.name === 'settings') continue;
      for (const fk of table.foreignKeys) {
        if (!owned.has(fk.parent) || !chosen.has(fk.parent)) continue;
        const wanted = parentTuples(fk.parent, fk.to);
        const set = chosen.get(table.name)!;
        for (const row of rows.get(table.name)!) {
          const tuple = tupleOf(row, fk.from);
          if (tuple !== undefined && wanted.has(tuple) && !set.has(row)) {
            set.add(row);
            grew = true;
          }
        }
        if (!owned.has(table.name)) {
          owned.add(table.name);
          grew = true;
        }
      }
    }
  }

  // Upward: whatever a chosen row points at comes too.
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (let grew = true; grew; ) {
    grew = false;
    for (const table of tables) {
      for (const fk of table.foreignKeys) {
        if (!byName.has(fk.parent)) continue;
        const needed = new Set([...chosen.get(table.name)!].map((r) => tupleOf(r, fk.from)).filter((t): t is string => t !== undefined));
        if (needed.size === 0) continue;
        const set = chosen.get(fk.parent)!;
        for (const row of rows.get(fk.parent)!) {
          const tuple = tupleOf(row, fk.to);
          if (tuple !== undefined && needed.has(tuple) && !set.has(row)) {
            set.add(row);
            grew = true;
          }
        }
      }
    }
  }

  // A list of words the schema refers to goes whole: the receiving vault keeps its own
  // agenda templates, which name every meeting kind, and the import empties each listed table.
  for (const name of WHOLE_IN_ONE_MENTEE) {
    if (!chosen.has(name)) continue;
    for (const row of rows.get(name)!) chosen.get(name)!.add(row);
    owned.add(name);
  }

  const out = new Map<string, Rows>();
  for (const table of tables) {
    const set = chosen.get(table.name)!;
    if (!owned.has(table.name) && set.size === 0) continue;
    // Keep the table's own order (by key), not the order rows were found in.
    out.set(table.name, rows.get(table.name)!.filter((r) => set.has(r)));
  }
  return out;
}
