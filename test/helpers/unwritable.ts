import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes a file or folder unwritable for this process. Tests run as root in CI, where
 * chmod does not stop writes; there the immutable attribute (chattr +i) does, when the
 * tool and the file system allow it. `undo` must run before the folder is removed.
 */
export type Unwritable = { ok: true; how: string; undo: () => void } | { ok: false; reason: string };

const isRoot = process.getuid?.() === 0;

export function makeUnwritable(path: string, { isFolder }: { isFolder: boolean }): Unwritable {
  if (!isRoot) {
    const before = isFolder ? 0o700 : 0o600;
    chmodSync(path, isFolder ? 0o500 : 0o400);
    return { ok: true, how: 'chmod', undo: () => chmodSync(path, before) };
  }
  const set = spawnSync('chattr', ['+i', path], { encoding: 'utf8' });
  if (set.error || set.status !== 0) {
    return { ok: false, reason: `running as root, where chmod does not stop writes, and chattr +i is not available here (${set.error?.message ?? set.stderr.trim()})` };
  }
  const undo = () => void spawnSync('chattr', ['-i', path]);
  try {
    accessSync(path, constants.W_OK);
    undo();
    return { ok: false, reason: 'chattr +i did not make the path unwritable on this file system' };
  } catch {
    return { ok: true, how: 'chattr +i', undo };
  }
}

/** Whether a folder really refuses new files (a check of the check above). */
export function folderRefusesWrites(folder: string): boolean {
  const probe = join(folder, '.write-probe');
  try {
    writeFileSync(probe, 'x');
    rmSync(probe);
    return false;
  } catch {
    return true;
  }
}
