import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { JsonImportResult } from '../../../shared/data-export/schema';
import { afterImport, beforeImport } from '../../vault/sync-capture/imported-rows';
import type { Db } from '../../vault/sqlite';
import { linkUnlinkedRecords } from '../../vault/record-chain/links';
import { runDomainChecks } from '../../vault/verify';
import { VaultError } from '../../vault/vault-error';
import { BACKUP_SETTING_PREFIX } from '../backup/schedule';
import { parseJsonText } from './file';
import { quoteId } from './schema-graph';
import { validateExport, type ValidatedImport } from './validate';

/** A vault takes an import only while it holds no mentees (everything else hangs off them). */
export function assertEmptyForImport(db: Db): void {
  const hasMentees = db.prepare('SELECT EXISTS (SELECT 1 FROM mentees)').pluck().get() === 1;
  if (hasMentees) {
    throw new VaultError('CONFLICT', 'This vault already holds mentees: import a JSON export only into a new or empty vault.');
  }
}

export function importJsonText(db: Db, text: string): JsonImportResult {
  assertEmptyForImport(db);
  const validated = validateExport(db, parseJsonText(text));
  return importValidated(db, validated);
}

/**
 * One transaction: the tables the file lists are emptied (a new vault's default lists,
 * such as competencies, give way to the file's) and filled from the file, exactly as
 * exported. Triggers are set aside meanwhile and put back before commit: the rows are
 * copies of rows those triggers already accepted (an escalation record's state is
 * stored as it was, not replayed), and a trigger that fills a derived table would
 * double it. Then the full-text indexes are rebuilt, foreign keys and the domains'
 * checks (hash chains) must pass, or nothing is kept.
 */
export function importValidated(db: Db, validated: ValidatedImport): JsonImportResult {
  const counts: Record<string, number> = {};
  let total = 0;
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL ORDER BY rowid").all() as {
      name: string;
      sql: string;
    }[];
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${quoteId(trigger.name)}`);
    const listed = new Set(validated.tables.map(({ table }) => table.name));
    const synced = beforeImport(db, listed);

    for (const { table } of [...validated.tables].reverse()) {
      if (table.name === 'settings') db.prepare(`DELETE FROM settings WHERE substr(key, 1, ?) <> ?`).run(BACKUP_SETTING_PREFIX.length, BACKUP_SETTING_PREFIX);
      else db.exec(`DELETE FROM ${quoteId(table.name)}`);
    }
    const statements = new Map<string, Statement<unknown[]>>();
    for (const { table, rows } of validated.tables) {
      let inserted = 0;
      rows.forEach((row, i) => {
        if (table.name === 'settings' && String(row.values[row.columns.indexOf('key')]).startsWith(BACKUP_SETTING_PREFIX)) return;
        const text = `INSERT INTO ${quoteId(table.name)} (${row.columns.map(quoteId).join(', ')}) VALUES (${row.columns.map(() => '?').join(', ')})`;
        let insert = statements.get(text);
        if (!insert) {
          insert = db.prepare(text);
          statements.set(text, insert);
        }
        try {
          insert.run(...row.values);
        } catch (err) {
          throw rowError(`tables.${table.name}[${i}]`, err);
        }
        inserted++;
      });
      counts[table.name] = inserted;
      total += inserted;
    }

    for (const trigger of triggers) db.exec(trigger.sql);
    afterImport(db, listed, synced);
    rebuildFullTextIndexes(db);
    // The record chain is derived (never exported): the imported records are linked anew.
    linkUnlinkedRecords(db);

    const orphan = db.prepare('SELECT "table", parent FROM pragma_foreign_key_check LIMIT 1').get() as { table: string; parent: string } | undefined;
    if (orphan) throw new VaultError('INVALID_INPUT', `tables.${orphan.table}: a row refers to a missing ${orphan.parent}; nothing was imported.`);
    const problem = runDomainChecks(db)[0];
    if (problem) throw new VaultError('INVALID_INPUT', `The file's data fails a check (${problem.check}: ${problem.message}); nothing was imported.`);
  })();
  return { tables: counts, rows: total };
}

/** SQLite's constraint messages name columns and rules, never values. */
function rowError(where: string, err: unknown): VaultError {
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message ?? '';
  if (code === 'SQLITE_CONSTRAINT_CHECK') return new VaultError('INVALID_INPUT', `${where}: breaks a rule of the vault (${message}); nothing was imported.`);
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new VaultError('INVALID_INPUT', `${where}: duplicates another row (${message}); nothing was imported.`);
  }
  if (code === 'SQLITE_CONSTRAINT_NOTNULL') return new VaultError('INVALID_INPUT', `${where}: a required value is missing (${message}); nothing was imported.`);
  if (code.startsWith('SQLITE_CONSTRAINT')) return new VaultError('INVALID_INPUT', `${where}: refused by the vault (${code}); nothing was imported.`);
  return err instanceof VaultError ? err : new VaultError('INTERNAL', `${where}: could not be written; nothing was imported.`);
}

/** External-content FTS5 indexes are derived from their table: rebuilt, never imported. */
function rebuildFullTextIndexes(db: Db): void {
  const virtual = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all() as { name: string; sql: string }[];
  for (const { name, sql } of virtual) {
    const content = /content\s*=\s*(?:'([^']*)'|"([^"]*)"|(\w+))/i.exec(sql);
    if (/USING\s+fts5/i.test(sql) && content && (content[1] ?? content[2] ?? content[3])) {
      db.prepare(`INSERT INTO ${quoteId(name)} (${quoteId(name)}) VALUES ('rebuild')`).run();
    }
  }
}
