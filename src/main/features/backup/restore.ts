import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fsyncDir, fsyncFile } from '../../vault/fs-durable';
import { KeyMaterial } from '../../vault/kdf';
import { Vault } from '../../vault/vault';
import { fromSqliteError, VaultError } from '../../vault/vault-error';
import { assertDomainChecks, keyForFile, startFileCheck, type FileCheck } from './check';
import { removeTemp } from './create';

export interface PreparedRestore extends FileCheck {
  /** A checked copy of the backup, hidden in the target's folder, ready to be renamed. */
  temp: string;
  discard(): void;
}

/**
 * Copies a backup beside where it will live and checks the copy: the passphrase opens
 * it, integrity_check is clean, every row reads, an older schema is brought up to date,
 * and the domains' checks (hash chains) pass. Nothing outside the hidden copy is
 * touched, so a backup that fails leaves everything as it was.
 */
export async function prepareRestore(backupPath: string, passphrase: string, folder: string): Promise<PreparedRestore> {
  const key = await keyForFile(backupPath, passphrase).catch((err: unknown) => {
    throw aboutTheBackup(err);
  });
  const temp = join(folder, `.${basename(backupPath)}.restore-${randomBytes(6).toString('hex')}`);
  try {
    try {
      await copyFile(backupPath, temp, constants.COPYFILE_EXCL);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOSPC') throw new VaultError('DISK_FULL', 'The disk is full; nothing was restored.');
      throw new VaultError('PATH_NOT_WRITABLE', 'The restored vault cannot be written in that folder.');
    }
    const check = await startFileCheck(temp, key).done;
    // Opening through Vault runs any pending migrations (an older backup), then the
    // domains' checks run against the current schema.
    const vault = Vault.openWithKey(temp, new KeyMaterial(Buffer.from(key.key), Buffer.from(key.salt), key.kdf));
    let schemaVersion: number;
    try {
      assertDomainChecks(vault.db);
      schemaVersion = vault.db.pragma('user_version', { simple: true }) as number;
    } finally {
      vault.close();
      removeMigrationCopies(temp);
    }
    fsyncFile(temp);
    return { temp, schemaVersion, rowsRead: check.rowsRead, pagesChecked: check.pagesChecked, discard: () => removeTemp(temp) };
  } catch (err) {
    removeTemp(temp);
    removeMigrationCopies(temp);
    throw aboutTheBackup(fromSqliteError(err) ?? err);
  } finally {
    key.wipe();
  }
}

/**
 * SQLite's damage reports speak of "the vault file"; here the file is the backup, and a
 * mentor reading "the vault is damaged" would fear for the open vault, which is untouched.
 */
function aboutTheBackup(err: unknown): unknown {
  if (err instanceof VaultError && err.code === 'CORRUPT_VAULT' && err.message.startsWith('The vault file')) {
    return new VaultError('CORRUPT_VAULT', 'The backup file is damaged: a page failed its integrity check. The open vault is not affected.');
  }
  return err;
}

/** Links the checked copy to a new path; link() never replaces an existing file. */
export function promoteToNewFile(prepared: PreparedRestore, destination: string): string {
  const target = resolve(destination);
  try {
    linkSync(prepared.temp, target);
  } catch (err) {
    prepared.discard();
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new VaultError('VAULT_EXISTS', 'A file already exists at that path; a restore never overwrites one. Choose another name.');
    }
    throw new VaultError('PATH_NOT_WRITABLE', 'The restored vault cannot be written there.');
  }
  fsyncDir(target);
  prepared.discard();
  return target;
}

/**
 * Swaps the checked copy in for the vault at `vaultPath` (closed by the caller). The
 * old file first gets a second name with a timestamp (kept, never deleted), then one
 * rename puts the restored file in place: at every moment `vaultPath` is a whole vault.
 */
export function promoteReplacing(prepared: PreparedRestore, vaultPath: string): string {
  const aside = `${vaultPath}.before-restore-${stamp()}`;
  try {
    try {
      linkSync(vaultPath, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw err;
      // No hard links on this file system: a full copy does the same job, more slowly.
      copyFileSync(vaultPath, aside, constants.COPYFILE_EXCL);
      fsyncFile(aside);
    }
    renameSync(prepared.temp, vaultPath);
    fsyncDir(vaultPath);
  } catch (err) {
    prepared.discard();
    throw fromSqliteError(err) ?? new VaultError('PATH_NOT_WRITABLE', 'The vault could not be replaced; it is unchanged.');
  }
  return aside;
}

/** A backup given to restore must not be the vault it would replace. */
export function assertNotSameFile(backupPath: string, vaultPath: string): void {
  if (existsSync(backupPath) && statSync(backupPath).isFile() && realpathSync(backupPath) === realpathSync(vaultPath)) {
    throw new VaultError('INVALID_INPUT', 'That file is the open vault itself, not a backup of it.');
  }
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Vault.openWithKey copies a vault before migrating it; for a hidden restore copy that copy is not needed. */
function removeMigrationCopies(temp: string): void {
  const prefix = `${basename(temp)}.before-migration-`;
  for (const name of readdirSync(dirname(temp))) {
    if (name.startsWith(prefix)) rmSync(join(dirname(temp), name), { force: true });
  }
}
