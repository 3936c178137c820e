import type { Db } from '../sqlite';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * SQLite's table-rebuild procedure (https://www.sqlite.org/lang_altertable.html#otheralter)
 * for a change ALTER TABLE cannot make, such as a constraint. The new definition is the
 * table's CURRENT one passed through `change`, and the rows are copied by the columns the
 * table has now, so columns other migrations added come along unchanged. Its indexes and
 * triggers are put back as they were. Runs inside the migration's transaction, with
 * foreign keys off (the migration says so), or dropping the table would delete its
 * children; the caller's transaction checks foreign keys before it commits.
 */
export function rebuildTable(db: Db, table: string, change: (createSql: string) => string): void {
  const createSql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string | undefined;
  if (!createSql) throw new Error(`No table ${table} to rebuild.`);
  if (db.pragma('foreign_keys', { simple: true }) !== 0) throw new Error(`Rebuilding ${table} needs foreign keys off.`);
  const changed = change(createSql);
  if (changed === createSql) throw new Error(`The new definition of ${table} is the same as the old one.`);

  const rebuilt = `${table}_rebuilt`;
  const header = /^CREATE TABLE\s+("?)([A-Za-z_][A-Za-z0-9_]*)\1/i;
  if (!header.test(changed)) throw new Error(`The new definition of ${table} does not start with CREATE TABLE.`);
  const companions = db
    .prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid")
    .pluck()
    .all(table) as string[];
  const columns = (db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[]).map(quote).join(', ');

  db.exec(changed.replace(header, `CREATE TABLE ${quote(rebuilt)}`));
  db.exec(`INSERT INTO ${quote(rebuilt)} (${columns}) SELECT ${columns} FROM ${quote(table)}`);
  db.exec(`DROP TABLE ${quote(table)}`);
  // The legacy rename leaves other objects' text alone: they name the table, which is back under that name.
  db.pragma('legacy_alter_table = ON');
  try {
    db.exec(`ALTER TABLE ${quote(rebuilt)} RENAME TO ${quote(table)}`);
  } finally {
    db.pragma('legacy_alter_table = OFF');
  }
  for (const sql of companions) db.exec(sql);
}
