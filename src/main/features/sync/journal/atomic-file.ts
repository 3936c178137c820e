import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDir } from '../../../vault/fs-durable';

/** Files being written carry this prefix; readers ignore them and their writer removes leftovers. */
export const TEMP_PREFIX = '.tmp-';

/**
 * Writes a file whole or not at all: a temporary name in the same folder, fsync, rename,
 * fsync of the folder. A kill at any moment leaves the old state or the new, plus at most a
 * temporary file that no reader takes for the real one.
 */
export function writeFileAtomic(dir: string, name: string, bytes: Buffer): void {
  const temp = join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(temp, join(dir, name));
  fsyncDir(join(dir, name));
}

/** Removes temporary files a killed writer left in its own folder (never another device's). */
export function removeLeftoverTemps(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
