import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** A fresh folder under the system temp dir; remove it with `removeTempDir`. */
export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `mv-${label}-`));
}

/** Removes a temp folder even if a test left something in it immutable or read-only. */
export function removeTempDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    spawnSync('chattr', ['-R', '-i', dir], { stdio: 'ignore' });
    try {
      chmodSync(dir, 0o700);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Names in a folder, sorted: "no file was created" is a comparison of two of these. */
export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}
