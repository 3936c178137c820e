import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../vault/sqlite';
import { withLargePageCache } from '../../vault/connection';
import { VaultError } from '../../vault/vault-error';
import { enableSync, isSyncEnabled } from '../../vault/sync-capture/enable';
import { rowsWaiting } from '../../vault/sync-capture/collect';
import { syncedTables } from '../../vault/sync-capture/tables';
import type { SyncRoundSummary } from '../../../shared/sync/journal';
import type { SyncResultView, SyncStatusView } from '../../../shared/sync/contract';
import { listDevices } from './journal/folder';
import { createKeysFile, KEYS_FILE, openKeysFile, type JournalKeys } from './journal/keys';
import { runSyncRound } from './journal/round';
import { heldDeletionCount } from './held';
import { recordLastSegment, renewIdentity, writtenByAnother } from './identity';
import { clearSeedBeforeJoining } from './join';
import { createReplica } from './replica/replica';
import { cursorsOf, folderDeviceId, getState as get, lastSeenOf, putState as put, recordNodeFolders, recordSeen } from './state';

/**
 * The glue a mentor uses: which folder this vault syncs through, this computer's name and
 * folder id, how far it has read the others, and the last round's result, all in the
 * vault's sync_state (state.ts). The data key lives in memory only, for as long as the vault is open.
 */
const keysByVault = new WeakMap<Db, JournalKeys>();

/** What one round did: the shape the bridge returns. */
export type SyncResult = SyncResultView;

/** One round as the app runs it; exported for the crash tests, whose child has the keys without the passphrase. */
export function round(db: Db, folder: string, keys: JournalKeys): SyncResult {
  return withLargePageCache(db, () => roundOnce(db, folder, keys));
}

function roundOnce(db: Db, folder: string, keys: JournalKeys): SyncResult {
  const renewedIdentity = writtenByAnother(db, folder);
  if (renewedIdentity) renewIdentity(db);
  const replica = createReplica(db);
  const self = folderDeviceId(db);
  const before = cursorsOf(db);
  const summary: SyncRoundSummary = runSyncRound({
    replica: {
      deviceId: self,
      pending: () => replica.pending(),
      eachPending: () => replica.eachPending(),
      markSent: (t) => replica.markSent(t),
      apply: (m) => replica.apply(m),
    },
    folder,
    keys,
    cursors: before,
    writing: (name) => put(db, 'writing_segment', name),
  });
  const at = new Date().toISOString();
  // Saved only once the round has returned: a round cut short is read again.
  put(db, 'cursors', JSON.stringify(summary.cursors));
  recordLastSegment(db, folder);
  recordSeen(db, before, summary.cursors, at);
  recordNodeFolders(db, summary.nodes);
  const result: SyncResult = {
    sent: summary.sent,
    received: summary.received,
    applied: summary.applied,
    revisions: summary.revisions,
    skipped: summary.skipped,
    forks: summary.forks.length,
    fromSnapshot: summary.fromSnapshot,
    clockAhead: summary.warnings.filter((w) => w.code === 'CLOCK_AHEAD').length,
    renewedIdentity,
    heldDeletions: heldDeletionCount(db),
  };
  put(db, 'last_sync', JSON.stringify({ at, ...result }));
  return result;
}

/**
 * Starts syncing through a folder: creates its keys on the first computer, joins them on the
 * others (a fresh vault joining leaves its seeded catalogue to the folder, join.ts), and after
 * a restart unwraps the key again. The CLI and the bridge both come here.
 */
export async function startSync(db: Db, folder: string, passphrase: string): Promise<SyncResult> {
  const joining = existsSync(join(folder, KEYS_FILE));
  const keys = joining ? await openKeysFile(folder, passphrase) : await createKeysFile(folder, passphrase);
  if (joining) clearSeedBeforeJoining(db, folder, get(db, 'folder_device_id'));
  // A vault file copied before it ever synced shares its clock node with the original.
  if (!isSyncEnabled(db)) renewIdentity(db);
  withLargePageCache(db, () => enableSync(db));
  const known = get(db, 'folder');
  if (known && known !== folder) put(db, 'cursors', '{}');
  put(db, 'folder', folder);
  if (!get(db, 'device_name')) put(db, 'device_name', hostname());
  keysByVault.set(db, keys);
  return round(db, folder, keys);
}

/** One round with the key unwrapped at startSync. */
export function syncNow(db: Db): SyncResult {
  const folder = get(db, 'folder');
  const keys = keysByVault.get(db);
  if (!folder) throw new VaultError('NOT_FOUND', 'This vault does not sync through a folder yet: choose one first.');
  if (!keys) throw new VaultError('VAULT_LOCKED', 'Enter the passphrase to sync again: the sync key is kept only while the app runs.');
  return round(db, folder, keys);
}

/** The vault reopened under a new handle (a passphrase change): the key unwrapped for the old one still serves. */
export function carrySyncKey(from: Db, to: Db): void {
  const keys = keysByVault.get(from);
  if (keys) keysByVault.set(to, keys);
  keysByVault.delete(from);
}

/** Whether the data key is unwrapped in this session. */
export const isSyncUnlocked = (db: Db): boolean => keysByVault.has(db);

/** This computer's name as the mentor sees it in Settings; it stays in the vault. */
export function renameDevice(db: Db, name: string): void {
  if (!get(db, 'folder')) throw new VaultError('NOT_FOUND', 'This vault does not sync through a folder yet: choose one first.');
  put(db, 'device_name', name);
}

export type SyncStatus = SyncStatusView;

export function syncStatus(db: Db): SyncStatus {
  const folder = get(db, 'folder') ?? null;
  const self = get(db, 'folder_device_id');
  const seen = new Set([...(folder ? listDevices(folder) : []), ...Object.keys(cursorsOf(db))]);
  if (self) seen.delete(self);
  const lastSeen = lastSeenOf(db);
  const last = get(db, 'last_sync');
  const lastSync = last ? (JSON.parse(last) as SyncResult & { at: string }) : null;
  return {
    folder,
    deviceName: get(db, 'device_name') ?? null,
    unlocked: isSyncUnlocked(db),
    otherDevices: [...seen].sort().map((id) => ({ id, lastSeen: lastSeen[id] ?? null })),
    // A round saved before the clock check was counted has none.
    lastSync: lastSync ? { ...lastSync, clockAhead: lastSync.clockAhead ?? 0, renewedIdentity: lastSync.renewedIdentity ?? false, heldDeletions: lastSync.heldDeletions ?? 0 } : null,
    pendingChanges: isSyncEnabled(db) ? rowsWaiting(db, syncedTables(db)) : 0,
    revisions: db.prepare('SELECT count(*) FROM sync_revisions').pluck().get() as number,
    heldDeletions: heldDeletionCount(db),
  };
}
