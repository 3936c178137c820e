import { randomBytes } from 'node:crypto';
import type { Db } from '../../vault/sqlite';
import { listFiles } from './journal/folder';
import { getState, putState } from './state';

/**
 * A vault writes into the sync folder as one device: its folder there and its clock's node.
 * A copy of the vault file (set up on a second computer by copying it, or an older backup
 * restored) carries the same identity, and two vaults writing as one would pass each
 * other's changes over as their own. A vault notices when its folder holds a newer segment
 * than the last one it wrote, and takes a new identity: its old folder is then read as
 * another device's, whose changes it applies (its own among them are no-ops).
 */

/**
 * Whether a segment newer than the last one this vault wrote sits in its own folder. The
 * segment a round named before writing it is this vault's own even when the round was
 * killed before it recorded it (after the rename, before `recordLastSegment`).
 */
export function writtenByAnother(db: Db, folder: string): boolean {
  const self = getState(db, 'folder_device_id');
  const recorded = getState(db, 'last_segment');
  if (!self || recorded === undefined) return false;
  const files = listFiles(folder, self, 'segment');
  const newest = files[files.length - 1]?.name;
  return newest !== undefined && newest !== recorded && newest !== getState(db, 'writing_segment');
}

/** After a round: the newest segment in this vault's folder is its own. */
export function recordLastSegment(db: Db, folder: string): void {
  const self = getState(db, 'folder_device_id');
  const files = self ? listFiles(folder, self, 'segment') : [];
  if (files.length > 0) putState(db, 'last_segment', files[files.length - 1]!.name);
}

/** A new folder id and clock node for this vault; what it wrote under the old ones stays readable. */
export function renewIdentity(db: Db): void {
  putState(db, 'folder_device_id', randomBytes(16).toString('hex'));
  putState(db, 'device_id', randomBytes(8).toString('hex').toUpperCase());
  db.prepare("DELETE FROM sync_state WHERE key IN ('last_segment', 'writing_segment')").run();
}
