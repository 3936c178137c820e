import { createHash } from 'node:crypto';
import { closeSync, constants, copyFileSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDir, fsyncFile } from './fs-durable';
import { VaultError } from './vault-error';

function digestOf(path: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Moves a closed vault file to another folder, possibly on another disk. The copy is written
 * under a temporary name, flushed, and read back to the same SHA-256 before it takes its
 * name; only then is the original removed. A crash at any point leaves the original whole.
 */
export function moveVaultFile(from: string, to: string): void {
  if (from === to) throw new VaultError('CONFLICT', 'The vault is already there.');
  if (existsSync(to)) throw new VaultError('VAULT_EXISTS', 'A file of that name is already there: choose another name or folder.');
  // A rollback journal beside the file means a write was cut short: opening the vault finishes it first.
  if (existsSync(`${from}-journal`)) throw new VaultError('CONFLICT', 'The vault has an unfinished write: unlock it once, lock it, then move it.');
  const temporary = `${to}.moving`;
  try {
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, temporary, constants.COPYFILE_EXCL);
    fsyncFile(temporary);
    if (digestOf(temporary) !== digestOf(from)) throw new VaultError('PATH_NOT_WRITABLE', 'The copy did not read back the same: the vault stays where it was.');
    renameSync(temporary, to);
    fsyncDir(to);
  } catch (err) {
    rmSync(temporary, { force: true });
    if (err instanceof VaultError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new VaultError('DISK_FULL', 'There is not enough space there for the vault: it stays where it was.');
    throw new VaultError('PATH_NOT_WRITABLE', 'The vault cannot be written there: it stays where it was.');
  }
  unlinkSync(from);
  fsyncDir(from);
}
