import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync, rmSync, statSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { beginTemporary } from '../../app/leftover-files';
import { fsyncDir } from '../../vault/fs-durable';
import { VaultError } from '../../vault/vault-error';

/**
 * Writes the PDF beside its destination (a hidden temp file in the SAME folder, never
 * the system temp folder) and renames it into place: a reader never sees half a file,
 * and a failure leaves nothing behind. Owner-only: it holds a person's plan.
 */
export async function writeFileAtomically(path: string, bytes: Buffer, vaultPath: string): Promise<string> {
  const target = resolve(path);
  const folder = dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new VaultError('PATH_NOT_WRITABLE', 'The folder for the PDF does not exist.');
  const real = existsSync(target) ? realpathSync(target) : join(realpathSync(folder), basename(target));
  if (real === realpathSync(vaultPath)) throw new VaultError('INVALID_INPUT', 'The PDF cannot be written over the vault itself; choose another file.');
  if (existsSync(target) && statSync(target).isDirectory()) throw new VaultError('PATH_NOT_WRITABLE', 'That is a folder; choose a file name.');
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.part`);
  const done = beginTemporary(temp);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    fsyncDir(target);
    return target;
  } catch (err) {
    rmSync(temp, { force: true });
    if (err instanceof VaultError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOSPC') throw new VaultError('DISK_FULL', 'The disk is full; the PDF was not written.');
    throw new VaultError('PATH_NOT_WRITABLE', 'The PDF cannot be written there.');
  } finally {
    done();
  }
}
