import { deriveKey, kdfCandidates, KeyMaterial } from '../../vault/kdf';
import { APPLICATION_ID, applyKey, keyOpensDatabase } from '../../vault/connection';
import { LATEST_SCHEMA_VERSION } from '../../vault/migrations';
import { probeVaultFile } from '../../vault/probe';
import { openSqlite, type Db } from '../../vault/sqlite';
import { runDomainChecks } from '../../vault/verify';
import { fromSqliteError, VaultError } from '../../vault/vault-error';
import { keySpec, runWorkerTask, type CheckDepth, type RunningTask } from './worker';

export interface FileCheck {
  schemaVersion: number;
  rowsRead: number;
  pagesChecked: number;
}

/** What a passed check covered, in order (shown to the mentor). */
export const CHECKS_DONE = ['passphrase', 'integrity', 'every row read', 'hash chains'];

/**
 * Finds the key that opens a backup: the passphrase through each KDF version the app
 * knows, tested on page 1 only (cheap); the full check comes after.
 */
export async function keyForFile(path: string, passphrase: string): Promise<KeyMaterial> {
  const { salt } = probeVaultFile(path, { forWriting: false });
  for (const kdf of kdfCandidates()) {
    const key = new KeyMaterial(await deriveKey(passphrase, salt, kdf), salt, kdf);
    if (keyOpens(path, key)) return key;
    key.wipe();
  }
  throw new VaultError('WRONG_PASSPHRASE', 'The passphrase does not open this backup.');
}

function keyOpens(path: string, key: KeyMaterial): boolean {
  let db: Db;
  try {
    db = openSqlite(path, { readonly: true });
  } catch (err) {
    throw fromSqliteError(err) ?? new VaultError('PATH_NOT_WRITABLE', 'The backup file cannot be read.');
  }
  try {
    applyKey(db, key);
    return keyOpensDatabase(db);
  } catch (err) {
    // Page 1 opened but a later page of the schema did not: damaged, not a wrong key.
    throw fromSqliteError(err) ?? err;
  } finally {
    db.close();
  }
}

/**
 * The page-level checks of a vault file, in the worker: the key opens it, it is a
 * Mentor Vault this app can read, and integrity_check is clean and every row of every
 * table reads (`full`), or quick_check is clean (`pages`: see CheckDepth). Either way
 * every page is read, so each page's HMAC is checked. Reads only.
 */
export function startFileCheck(path: string, key: KeyMaterial, depth: CheckDepth = 'full'): { task: RunningTask; done: Promise<FileCheck> } {
  probeVaultFile(path, { forWriting: false });
  const task = runWorkerTask({ kind: 'check', path, key: keySpec(key), depth });
  const done = task.done.then((outcome) => {
    if (!outcome) throw new VaultError('INTERNAL', 'The check returned nothing.');
    if (outcome.wrongKey) throw new VaultError('WRONG_PASSPHRASE', 'The passphrase does not open this backup.');
    if (outcome.applicationId !== APPLICATION_ID) {
      throw new VaultError('NOT_A_VAULT', 'This is an encrypted database, but not a Mentor Vault backup.');
    }
    if (outcome.userVersion > LATEST_SCHEMA_VERSION) {
      throw new VaultError(
        'VAULT_TOO_NEW',
        `This backup was made by a newer Mentor Vault (schema ${outcome.userVersion}; this app knows up to ${LATEST_SCHEMA_VERSION}).`,
      );
    }
    if (outcome.problems.length > 0) {
      throw new VaultError('CORRUPT_VAULT', `The backup failed its integrity check (${outcome.problems.length} problem(s)); nothing was changed.`);
    }
    return { schemaVersion: outcome.userVersion, rowsRead: outcome.rowsRead, pagesChecked: outcome.pagesChecked };
  });
  done.catch(() => {});
  return { task, done };
}

/** The domains' own checks (hash chains, triggers) on an open database; throws naming every check that failed and the first problem. */
export function assertDomainChecks(db: Db): void {
  const problems = runDomainChecks(db);
  const first = problems[0];
  if (first) {
    const checks = [...new Set(problems.map((p) => p.check))].join(', ');
    throw new VaultError('CORRUPT_VAULT', `The backup failed its check (${checks}): ${first.message} (${problems.length} problem(s)); nothing was changed.`);
  }
}

/** Opens a file read-only with a key, for the domains' checks on a file of the current schema. */
export function withReadOnly<T>(path: string, key: KeyMaterial, work: (db: Db) => T): T {
  const db = openSqlite(path, { readonly: true });
  try {
    applyKey(db, key);
    return work(db);
  } catch (err) {
    throw fromSqliteError(err) ?? err;
  } finally {
    db.close();
  }
}
