import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { notFound, pageOf, requireMentee } from './store-helpers';

/** What every plan record has besides its own fields. */
export interface RecordBase {
  id: number;
  menteeId: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * A mentee-owned record kept in one table with flat fields (resources, practice
 * sessions, sponsorship moments, evidence, deadlines, progress reports): the same list,
 * get, create, update and delete for each, described once by a column map.
 */
export interface RecordTable<V extends object, X extends object = object> {
  table: string;
  /** Singular, for "No resource with that id." */
  what: string;
  /** Field of the form → column of the table. */
  columns: { [K in keyof V]-?: string };
  /** ORDER BY of the list (newest or soonest first). */
  order: string;
  /** Extra read-only columns (e.g. the served goal's title), as `expression AS name` → field. */
  extras?: { [K in keyof X]-?: { sql: string } };
  /** Equality filters the list accepts: input key → column. */
  filters?: Record<string, string>;
  /** Refuses values that point outside the mentee's plan (a goal of another mentee). */
  check?(db: Db, menteeId: number, values: V): void;
  /** Tables with a trail (decisions) have no updated_at. */
  noUpdatedAt?: boolean;
}

type Row = Record<string, unknown>;

function select<V extends object, X extends object>(t: RecordTable<V, X>): string {
  const extras = Object.entries(t.extras ?? {}).map(([k, v]) => `${(v as { sql: string }).sql} AS "${k}"`);
  return `SELECT t.*${extras.length ? `, ${extras.join(', ')}` : ''} FROM ${t.table} t`;
}

function toRecord<V extends object, X extends object>(t: RecordTable<V, X>, row: Row): RecordBase & V & X {
  const out: Row = {
    id: row.id,
    menteeId: row.mentee_id,
    createdAt: row.created_at,
    updatedAt: t.noUpdatedAt ? row.created_at : row.updated_at,
  };
  for (const [key, column] of Object.entries(t.columns)) out[key] = row[column as string];
  for (const key of Object.keys(t.extras ?? {})) out[key] = row[key];
  return out as RecordBase & V & X;
}

export function listRecords<V extends object, X extends object>(
  db: Db,
  t: RecordTable<V, X>,
  input: { menteeId: number; offset: number; limit: number } & Record<string, unknown>,
): Page<RecordBase & V & X> {
  requireMentee(db, input.menteeId);
  const where = ['t.mentee_id = :menteeId'];
  const params: Row = { menteeId: input.menteeId };
  for (const [key, column] of Object.entries(t.filters ?? {})) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    where.push(`t.${column} = :${key}`);
    params[key] = value;
  }
  const clause = where.join(' AND ');
  return pageOf<Row, RecordBase & V & X>(
    db,
    `${select(t)} WHERE ${clause} ORDER BY ${t.order}`,
    `SELECT count(*) FROM ${t.table} t WHERE ${clause}`,
    params,
    input,
    (row) => toRecord(t, row),
  );
}

export function getRecord<V extends object, X extends object>(db: Db, t: RecordTable<V, X>, id: number): RecordBase & V & X {
  const row = sql<Row>(db, `${select(t)} WHERE t.id = ?`).get(id);
  if (!row) throw notFound(t.what);
  return toRecord(t, row);
}

export function createRecord<V extends object, X extends object>(
  db: Db,
  t: RecordTable<V, X>,
  menteeId: number,
  values: V,
): RecordBase & V & X {
  requireMentee(db, menteeId);
  t.check?.(db, menteeId, values);
  const keys = Object.keys(t.columns) as (keyof V)[];
  const columns = keys.map((k) => t.columns[k]);
  const stamps = t.noUpdatedAt ? ['created_at'] : ['created_at', 'updated_at'];
  const now = nowIso();
  const r = sql(
    db,
    `INSERT INTO ${t.table} (mentee_id, ${[...columns, ...stamps].join(', ')}) VALUES (?, ${[...columns, ...stamps].map(() => '?').join(', ')})`,
  ).run(menteeId, ...keys.map((k) => values[k]), ...stamps.map(() => now));
  return getRecord(db, t, Number(r.lastInsertRowid));
}

export function updateRecord<V extends object, X extends object>(db: Db, t: RecordTable<V, X>, id: number, values: V): RecordBase & V & X {
  const menteeId = sql<number>(db, `SELECT mentee_id FROM ${t.table} WHERE id = ?`).pluck().get(id) as number | undefined;
  if (menteeId === undefined) throw notFound(t.what);
  t.check?.(db, menteeId, values);
  const keys = Object.keys(t.columns) as (keyof V)[];
  sql(db, `UPDATE ${t.table} SET ${keys.map((k) => `${t.columns[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
    ...keys.map((k) => values[k]),
    nowIso(),
    id,
  );
  return getRecord(db, t, id);
}

export function deleteRecord<V extends object, X extends object>(db: Db, t: RecordTable<V, X>, id: number): void {
  const r = sql(db, `DELETE FROM ${t.table} WHERE id = ?`).run(id);
  if (r.changes === 0) throw notFound(t.what);
}
