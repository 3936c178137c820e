import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, parse, relative, sep } from 'node:path';
import type { SyncedFolder, SyncService } from '../../shared/vault/schema';

/**
 * Where a vault file sits, as far as file-sync services go. A running SQLite database in a
 * folder that Dropbox, OneDrive, iCloud Drive, Google Drive or Syncthing copies can be
 * uploaded half-written or forked into "conflicted copies" that lose edits (their trackers
 * are full of such reports). The app keeps the live vault out of such folders and syncs
 * through encrypted journals instead (docs/sync.md); this finds the cases to warn about.
 */

/** A folder holding one of these is the root of a synced tree. */
const MARKERS: readonly [string, SyncService][] = [
  ['.stfolder', 'Syncthing'],
  ['.dropbox', 'Dropbox'],
  ['.dropbox.cache', 'Dropbox'],
];

/** Folder names the services give their roots (also under macOS's ~/Library/CloudStorage). */
const ROOT_NAMES: readonly [RegExp, SyncService][] = [
  [/^Dropbox(?: \(.+\))?$/, 'Dropbox'],
  [/^Dropbox-/, 'Dropbox'],
  [/^OneDrive(?: - .+)?$/, 'OneDrive'],
  [/^OneDrive-/, 'OneDrive'],
  [/^iCloud ?Drive(?: \(.+\))?$/, 'iCloud Drive'],
  [/^com~apple~CloudDocs$/, 'iCloud Drive'],
  [/^Google ?Drive(?: .+)?$/, 'Google Drive'],
  [/^GoogleDrive-/, 'Google Drive'],
  [/^Box(?: Sync)?$/, 'Box'],
  [/^Box-Box$/, 'Box'],
];

/** Windows names OneDrive's folders in these variables. */
const ONEDRIVE_ENV = ['OneDrive', 'OneDriveConsumer', 'OneDriveCommercial'];

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
}

/** The sync service whose folder holds `vaultPath`, and that folder; null when none is known. */
export function syncedFolderOf(vaultPath: string, env: NodeJS.ProcessEnv = process.env): SyncedFolder | null {
  for (const name of ONEDRIVE_ENV) {
    const folder = env[name];
    if (folder && isInside(vaultPath, folder)) return { service: 'OneDrive', folder };
  }
  const root = parse(vaultPath).root;
  for (let folder = dirname(vaultPath); folder !== root && folder !== dirname(folder); folder = dirname(folder)) {
    for (const [marker, service] of MARKERS) if (existsSync(join(folder, marker))) return { service, folder };
    const name = basename(folder);
    for (const [pattern, service] of ROOT_NAMES) if (pattern.test(name)) return { service, folder };
  }
  return null;
}

/**
 * Copies a sync service made of this vault file beside it when two computers changed it:
 * Dropbox's "(… conflicted copy …)", Syncthing's ".sync-conflict-", OneDrive's
 * "-<computer name>" and Google Drive's or iCloud's numbered twins ("name (1)", "name 2").
 * The numbered and suffixed forms are only read as copies inside a synced folder.
 */
export function conflictedCopiesOf(vaultPath: string, inSyncedFolder: boolean): string[] {
  const folder = dirname(vaultPath);
  const ext = extname(vaultPath);
  const stem = basename(vaultPath, ext);
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const always = [new RegExp(`^${escaped} \\(.*conflicted copy.*\\)$`, 'i'), new RegExp(`^${escaped}\\.sync-conflict-\\d{8}-\\d{6}-[A-Z0-9]+$`)];
  const inSynced = [new RegExp(`^${escaped} \\(\\d+\\)$`), new RegExp(`^${escaped} \\d+$`), new RegExp(`^${escaped}-[A-Z0-9][A-Z0-9-]{1,30}$`)];
  const patterns = inSyncedFolder ? [...always, ...inSynced] : always;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => extname(name) === ext && name !== basename(vaultPath))
    .filter((name) => patterns.some((pattern) => pattern.test(basename(name, ext))))
    .sort()
    .map((name) => join(folder, name));
}
