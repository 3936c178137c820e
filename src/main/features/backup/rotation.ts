import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { format } from 'date-fns';
import { BACKUP_EXTENSION } from '../../../shared/backup/schema';

/**
 * Names of automatic backups: `mentor-vault-backup-<tag>-<UTC stamp>.mentorvault`. The
 * tag belongs to one vault, so rotation never touches another vault's backups, a
 * manual backup, or any other file in the folder.
 */
const PATTERN = new RegExp(`^mentor-vault-backup-([0-9a-f]{8})-(\\d{8}T\\d{6}Z)\\.${BACKUP_EXTENSION}$`);

export function automaticBackupName(tag: string, at: Date): string {
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `mentor-vault-backup-${tag}-${stamp}.${BACKUP_EXTENSION}`;
}

/** This vault's automatic backups in `folder`, newest first. */
export function listAutomaticBackups(folder: string, tag: string): string[] {
  const own: { name: string; stamp: string }[] = [];
  for (const name of readdirSync(folder)) {
    const match = PATTERN.exec(name);
    if (!match || match[1] !== tag) continue;
    if (!lstatSync(join(folder, name)).isFile()) continue;
    own.push({ name, stamp: match[2]! });
  }
  own.sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
  return own.map((f) => join(folder, f.name));
}

/** Deletes this vault's older automatic backups beyond the newest `keep`; returns what it deleted. */
export function rotateBackups(folder: string, tag: string, keep: number): string[] {
  const extra = listAutomaticBackups(folder, tag).slice(Math.max(keep, 1));
  for (const path of extra) rmSync(path, { force: true });
  return extra.map((path) => basename(path));
}

/** A name for a backup the mentor makes by hand (the save dialog's suggestion). */
export function manualBackupName(vaultPath: string, at: Date): string {
  const base = basename(vaultPath).replace(/\.[^.]+$/, '') || 'mentor-vault';
  return `${base}-backup-${format(at, 'yyyy-MM-dd')}.${BACKUP_EXTENSION}`;
}
