import { sqlString } from './fs-durable';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Db } from './sqlite';
import { VaultError } from './vault-error';

/**
 * Brings a vault's schema to the newest version, one transaction per step. An existing
 * vault is copied (encrypted, same key) before the first step runs.
 */
export function migrate(db: Db, options: { backupPath: ((fromVersion: number) => string) | undefined }): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_SCHEMA_VERSION) {
    throw new VaultError('VAULT_TOO_NEW', `This vault's schema (${current}) is newer than this app knows.`);
  }
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  if (current > 0 && options.backupPath) db.exec(`VACUUM INTO ${sqlString(options.backupPath(current))}`);
  for (const step of pending) {
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
  return pending.map((m) => m.version);
}
