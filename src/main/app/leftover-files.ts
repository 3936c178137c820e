import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Hidden files an export or a backup writes beside its destination before renaming it
 * into place. A process killed in between leaves them: an export's is complete and NOT
 * encrypted. They are removed before the next export or backup into that folder, and at
 * the next start for every folder that had one in flight (the app remembers folders in
 * a small file in its data folder; file names are never written down).
 */
const LEFTOVER = /^\..+\.(export-[0-9a-f]{12}|backup-[0-9a-f]{12}(-journal)?|[0-9a-f]{12}\.part)$/;

/** Temporary files this process is writing right now: never swept. */
const live = new Set<string>();
let ledgerPath: string | undefined;

/** Where the app keeps the folders to sweep at the next start (the CLI keeps none). */
export function useLeftoverLedger(path: string | undefined): void {
  ledgerPath = path;
}

export function isLeftoverName(name: string): boolean {
  return LEFTOVER.test(name);
}

/** Removes every leftover in `folder` that this process is not writing; returns how many. */
export function sweepLeftovers(folder: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    const path = join(folder, name);
    if (!LEFTOVER.test(name) || live.has(path) || live.has(path.replace(/-journal$/, ''))) continue;
    try {
      rmSync(path, { force: true });
      removed++;
    } catch {
      // A file we cannot remove stays; the next sweep tries again.
    }
  }
  return removed;
}

/**
 * Call before creating `temp` (a hidden file in `folder`): sweeps the folder, notes the
 * folder for the next start, and marks the file live. Call the result once it is gone.
 */
export function beginTemporary(temp: string): () => void {
  const path = resolve(temp);
  const folder = resolve(path, '..');
  sweepLeftovers(folder);
  live.add(path);
  rememberFolder(folder);
  return () => {
    live.delete(path);
  };
}

/** At start: sweeps the folders noted by earlier runs, then forgets them. */
export function sweepRememberedFolders(): number {
  const folders = readLedger();
  let removed = 0;
  for (const folder of folders) removed += sweepLeftovers(folder);
  if (ledgerPath && folders.length) writeLedger([]);
  return removed;
}

function rememberFolder(folder: string): void {
  if (!ledgerPath) return;
  const folders = readLedger();
  if (!folders.includes(folder)) writeLedger([...folders, folder]);
}

function readLedger(): string[] {
  if (!ledgerPath || !existsSync(ledgerPath)) return [];
  try {
    const value = JSON.parse(readFileSync(ledgerPath, 'utf8')) as unknown;
    return Array.isArray(value) ? value.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

function writeLedger(folders: string[]): void {
  if (!ledgerPath) return;
  try {
    writeFileSync(ledgerPath, JSON.stringify(folders), { mode: 0o600 });
  } catch {
    // Not being able to remember only means a later sweep of that folder.
  }
}
