import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../vault/sqlite';
import { VaultError } from '../../vault/vault-error';
import { enableSync } from '../../vault/sync-capture/enable';
import { journalCursors, type JournalCursors, type SyncRoundSummary } from '../../../shared/sync/journal';
import { listDevices } from './journal/folder';
import { createKeysFile, KEYS_FILE, openKeysFile, type JournalKeys } from './journal/keys';
import { runSyncRound } from './journal/round';
import { createReplica } from './replica/replica';
import type { SyncResultView } from '../../../shared/sync/contract';

/**
 * The glue a mentor uses: which folder this vault syncs through, this computer's name and
 * folder id, how far it has read the others, and the last round's result, all in the
 * vault's sync_state. The data key lives in memory only, for as long as the vault is open.
 */
const keysByVault = new WeakMap<Db, JournalKeys>();

const get = (db: Db, key: string) => db.prepare('SELECT value FROM sync_state WHERE key = ?').pluck().get(key) as string | undefined;
const put = (db: Db, key: string, value: string) =>
  db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);

/**
 * The name of this computer's folder in the sync folder: random, 32 hex digits, so neither
 * the host name nor the clock's node id shows in the shared folder.
 */
function folderDeviceId(db: Db): string {
  const known = get(db, 'folder_device_id');
  if (known) return known;
  const id = randomBytes(16).toString('hex');
  put(db, 'folder_device_id', id);
  return id;
}

function cursorsOf(db: Db): JournalCursors {
  const raw = get(db, 'cursors');
  if (!raw) return {};
  const parsed = journalCursors.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : {};
}

/** What one round did: the shape the bridge returns. */
export type SyncResult = SyncResultView;

function round(db: Db, folder: string, keys: JournalKeys): SyncResult {
  const replica = createReplica(db);
  const self = folderDeviceId(db);
  const summary: SyncRoundSummary = runSyncRound({
    replica: { deviceId: self, pending: () => replica.pending(), markSent: (t) => replica.markSent(t), apply: (m) => replica.apply(m) },
    folder,
    keys,
    cursors: cursorsOf(db),
  });
  // Saved only once the round has returned: a round cut short is read again.
  put(db, 'cursors', JSON.stringify(summary.cursors));
  const result: SyncResult = {
    sent: summary.sent,
    received: summary.received,
    applied: summary.applied,
    revisions: summary.revisions,
    skipped: summary.skipped,
    forks: summary.forks.length,
    fromSnapshot: summary.fromSnapshot,
  };
  put(db, 'last_sync', JSON.stringify({ at: new Date().toISOString(), ...result }));
  return result;
}

/** Starts syncing through a folder: creates its keys on the first computer, joins them on the others. */
export async function startSync(db: Db, folder: string, passphrase: string): Promise<SyncResult> {
  const joining = existsSync(join(folder, KEYS_FILE));
  const keys = joining ? await openKeysFile(folder, passphrase) : await createKeysFile(folder, passphrase);
  enableSync(db);
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

export interface SyncStatus {
  folder: string | null;
  deviceName: string | null;
  otherDevices: string[];
  lastSync: (SyncResult & { at: string }) | null;
  pendingChanges: number;
  revisions: number;
}

export function syncStatus(db: Db): SyncStatus {
  const folder = get(db, 'folder') ?? null;
  const self = get(db, 'folder_device_id');
  const seen = new Set([...(folder ? listDevices(folder) : []), ...Object.keys(cursorsOf(db))]);
  if (self) seen.delete(self);
  const last = get(db, 'last_sync');
  return {
    folder,
    deviceName: get(db, 'device_name') ?? null,
    otherDevices: [...seen].sort(),
    lastSync: last ? (JSON.parse(last) as SyncResult & { at: string }) : null,
    pendingChanges: db.prepare('SELECT count(*) FROM sync_outbox').pluck().get() as number,
    revisions: db.prepare('SELECT count(*) FROM sync_revisions').pluck().get() as number,
  };
}
