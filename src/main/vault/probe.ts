import { closeSync, constants, accessSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { SALT_LENGTH } from './kdf';
import { VaultError } from './vault-error';

export const PAGE_SIZE = 4096;
const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface ProbeResult {
  salt: Buffer;
  size: number;
}

/**
 * Looks at a file before any SQLite handle touches it, reading only, so that every
 * refusal below leaves the file byte-for-byte as it was.
 */
export function probeVaultFile(path: string, { forWriting = true } = {}): ProbeResult {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new VaultError('NOT_A_VAULT', 'That path is a folder, not a vault file.');
    if (!stat.isFile()) throw new VaultError('NOT_A_VAULT', 'That path is not a regular file.');
    size = stat.size;
  } catch (err) {
    if (err instanceof VaultError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new VaultError('VAULT_NOT_FOUND', 'No vault file exists at that path.');
    }
    throw new VaultError('PATH_NOT_WRITABLE', 'The vault file cannot be read at that path.');
  }
  if (size === 0) throw new VaultError('NOT_A_VAULT', 'The file is empty: it is not a vault.');

  const head = Buffer.alloc(Math.min(size, 1024));
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new VaultError('PATH_NOT_WRITABLE', 'The vault file cannot be read (permission denied).');
  }
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }

  if (head.subarray(0, PLAIN_SQLITE_HEADER.length).equals(PLAIN_SQLITE_HEADER)) {
    throw new VaultError('NOT_A_VAULT', 'This is a plain, unencrypted SQLite database, not a Mentor Vault.');
  }
  if (looksLikeText(head)) throw new VaultError('NOT_A_VAULT', 'This is a text file, not a vault.');
  if (size < PAGE_SIZE || size % PAGE_SIZE !== 0) {
    throw new VaultError('CORRUPT_VAULT', 'The vault file is truncated: its size is not a whole number of pages.');
  }
  if (forWriting) assertWritable(path);
  return { salt: Buffer.from(head.subarray(0, SALT_LENGTH)), size };
}

function assertWritable(path: string): void {
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw new VaultError('VAULT_READ_ONLY', 'The vault file is read-only. Make it writable, then open it again.');
  }
  try {
    // SQLite writes its rollback journal beside the file.
    accessSync(dirname(path), constants.W_OK);
  } catch {
    throw new VaultError('VAULT_READ_ONLY', 'The folder that holds the vault is read-only; the vault cannot be saved there.');
  }
}

/** Encrypted pages are uniformly random; text is nearly all printable. */
function looksLikeText(head: Buffer): boolean {
  if (head.length < 16) return true;
  let printable = 0;
  for (const byte of head) {
    if (byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127) || byte >= 0xc2) printable++;
  }
  // Random bytes are about 63% "printable" by this test; text is ~100%.
  return printable / head.length > 0.97;
}
