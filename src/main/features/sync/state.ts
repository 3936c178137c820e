import { randomBytes } from 'node:crypto';
import { journalCursors, type JournalCursors } from '../../../shared/sync/journal';
import type { Db } from '../../vault/sqlite';

/**
 * What this computer keeps about sync, in the vault's sync_state (key, value): the folder,
 * its own name and folder id, the cursors, when each other computer was last read, and the
 * last round's result.
 */
export const getState = (db: Db, key: string) => db.prepare('SELECT value FROM sync_state WHERE key = ?').pluck().get(key) as string | undefined;

export const putState = (db: Db, key: string, value: string) =>
  db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);

/**
 * The name of this computer's folder in the sync folder: random, 32 hex digits, so neither
 * the host name nor the clock's node id shows in the shared folder.
 */
export function folderDeviceId(db: Db): string {
  const known = getState(db, 'folder_device_id');
  if (known) return known;
  const id = randomBytes(16).toString('hex');
  putState(db, 'folder_device_id', id);
  return id;
}

export function cursorsOf(db: Db): JournalCursors {
  const raw = getState(db, 'cursors');
  if (!raw) return {};
  const parsed = journalCursors.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : {};
}

/** Other device id -> when a segment (or snapshot) of it was last read here. */
export function lastSeenOf(db: Db): Record<string, string> {
  const raw = getState(db, 'last_seen');
  if (!raw) return {};
  const parsed: unknown = JSON.parse(raw);
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
}

/**
 * The devices read in a round are those whose cursor moved: the folder's per-device files
 * carry no names or times of their own that could be trusted, so "last seen" is when this
 * computer last read something new from that device.
 */
export function recordSeen(db: Db, before: JournalCursors, after: JournalCursors, at: string): void {
  const seen = lastSeenOf(db);
  for (const [device, cursor] of Object.entries(after)) {
    if (JSON.stringify(before[device]) !== JSON.stringify(cursor)) seen[device] = at;
  }
  putState(db, 'last_seen', JSON.stringify(seen));
}

/**
 * Which folder id carried each clock node id's changes (a timestamp ends with its node id), as
 * the rounds read them: held deletions name the computer they came from by its folder id.
 */
export function nodeFolders(db: Db): Record<string, string> {
  const raw = getState(db, 'node_folders');
  return raw ? (JSON.parse(raw) as Record<string, string>) : {};
}

export function recordNodeFolders(db: Db, read: Record<string, string>): void {
  const known = nodeFolders(db);
  if (Object.entries(read).every(([node, folder]) => known[node] === folder)) return;
  putState(db, 'node_folders', JSON.stringify({ ...known, ...read }));
}
