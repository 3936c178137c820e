import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './sqlite';

const cache = new WeakMap<Db, Map<string, Statement>>();

/** Prepared statements are reused per connection: preparing is the costly part of small queries. */
export function sql<R = unknown>(db: Db, text: string): Statement<unknown[], R> {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(text);
  if (!statement) {
    statement = db.prepare(text);
    statements.set(text, statement);
  } else if (statement.reader) {
    // A caller may have switched the shared statement to pluck/raw/expand: each use starts plain.
    statement.pluck(false).expand(false).raw(false);
  }
  return statement as Statement<unknown[], R>;
}

export function nowIso(): string {
  return new Date().toISOString();
}
