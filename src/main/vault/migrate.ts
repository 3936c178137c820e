import { sqlString } from './fs-durable';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import type { Db } from './sqlite';
import { VaultError } from './vault-error';

export interface MigrateOptions {
  backupPath: ((fromVersion: number) => string) | undefined;
  /** The steps to apply; the app's own list unless a test passes another. */
  migrations?: readonly Migration[];
}

/**
 * Brings a vault's schema to the newest version, one transaction per step. An existing
 * vault is copied (encrypted, same key) before the first step runs.
 */
export function migrate(db: Db, options: MigrateOptions): number[] {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new VaultError('VAULT_TOO_NEW', `This vault's schema (${current}) is newer than this app knows.`);
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  if (current > 0 && options.backupPath) db.exec(`VACUUM INTO ${sqlString(options.backupPath(current))}`);
  for (const step of pending) {
    // Outside a transaction: SQLite ignores this pragma inside one.
    if (step.foreignKeysOff) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        step.up(db);
        if (step.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new VaultError('CORRUPT_VAULT', `Migration ${step.version} would leave rows pointing at nothing.`);
        }
        db.pragma(`user_version = ${step.version}`);
      })();
    } finally {
      if (step.foreignKeysOff) db.pragma('foreign_keys = ON');
    }
  }
  return pending.map((m) => m.version);
}
