import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { notFound, pageOf } from '../shared/store-helpers';

/**
 * A record of the mentor's own (a credential, a course, a supervision session...): one
 * table with flat fields, described once by a column map, with the same list, get,
 * create, update and delete. Lists and booleans are stored as JSON text and 0/1.
 */
export interface OwnTable<V extends object> {
  table: string;
  /** Singular, for "No course with that id." */
  what: string;
  columns: { [K in keyof V]-?: string | { column: string; as: 'json' | 'bool' } };
  order: string;
  /** Columns a list's search looks in (LIKE, case-insensitive for ASCII). */
  search: string[];
}

export interface Stamped {
  id: number;
  createdAt: string;
  updatedAt: string;
}

type Row = Record<string, unknown>;

function columnOf(spec: string | { column: string }): string {
  return typeof spec === 'string' ? spec : spec.column;
}

function toDb(spec: string | { as: 'json' | 'bool' }, value: unknown): unknown {
  if (typeof spec === 'string') return value;
  return spec.as === 'json' ? JSON.stringify(value) : value ? 1 : 0;
}

function fromDb(spec: string | { as: 'json' | 'bool' }, value: unknown): unknown {
  if (typeof spec === 'string') return value;
  return spec.as === 'json' ? JSON.parse(value as string) : value === 1;
}

function toRecord<V extends object>(t: OwnTable<V>, row: Row): Stamped & V {
  const out: Row = { id: row.id, createdAt: row.created_at, updatedAt: row.updated_at };
  for (const [key, spec] of Object.entries(t.columns) as [string, OwnTable<V>['columns'][keyof V]][]) {
    out[key] = fromDb(spec, row[columnOf(spec)]);
  }
  return out as Stamped & V;
}

export function listOwn<V extends object>(db: Db, t: OwnTable<V>, input: { search: string; offset: number; limit: number }): Page<Stamped & V> {
  const params: Row = {};
  let where = '';
  if (input.search.trim()) {
    params.q = `%${input.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where = `WHERE ${t.search.map((c) => `${c} LIKE :q ESCAPE '\\'`).join(' OR ')}`;
  }
  return pageOf<Row, Stamped & V>(db, `SELECT * FROM ${t.table} ${where} ORDER BY ${t.order}`, `SELECT count(*) FROM ${t.table} ${where}`, params, input, (row) =>
    toRecord(t, row),
  );
}

export function allOwn<V extends object>(db: Db, t: OwnTable<V>): (Stamped & V)[] {
  return sql<Row>(db, `SELECT * FROM ${t.table} ORDER BY ${t.order}`)
    .all()
    .map((row) => toRecord(t, row));
}

export function getOwn<V extends object>(db: Db, t: OwnTable<V>, id: number): Stamped & V {
  const row = sql<Row>(db, `SELECT * FROM ${t.table} WHERE id = ?`).get(id);
  if (!row) throw notFound(t.what);
  return toRecord(t, row);
}

export function createOwn<V extends object>(db: Db, t: OwnTable<V>, values: V): Stamped & V {
  const entries = Object.entries(t.columns) as [keyof V & string, OwnTable<V>['columns'][keyof V]][];
  const columns = [...entries.map(([, spec]) => columnOf(spec)), 'created_at', 'updated_at'];
  const now = nowIso();
  const r = sql(db, `INSERT INTO ${t.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...entries.map(([key, spec]) => toDb(spec, values[key])),
    now,
    now,
  );
  return getOwn(db, t, Number(r.lastInsertRowid));
}

export function updateOwn<V extends object>(db: Db, t: OwnTable<V>, id: number, values: V): Stamped & V {
  const entries = Object.entries(t.columns) as [keyof V & string, OwnTable<V>['columns'][keyof V]][];
  const r = sql(db, `UPDATE ${t.table} SET ${entries.map(([, spec]) => `${columnOf(spec)} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
    ...entries.map(([key, spec]) => toDb(spec, values[key])),
    nowIso(),
    id,
  );
  if (r.changes === 0) throw notFound(t.what);
  return getOwn(db, t, id);
}

export function deleteOwn<V extends object>(db: Db, t: OwnTable<V>, id: number): { deleted: true } {
  if (sql(db, `DELETE FROM ${t.table} WHERE id = ?`).run(id).changes === 0) throw notFound(t.what);
  return { deleted: true };
}
