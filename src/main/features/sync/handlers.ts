import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { syncContract, SyncStatusView } from '../../../shared/sync/contract';
import type { Db } from '../../vault/sqlite';
import type { HandlersFor } from '../../ipc/router';
import { VaultError } from '../../vault/vault-error';
import { KEYS_FILE } from './journal/keys';
import { dismissRevision, listRevisions, restoreRevision } from './revisions';
import { confirmHeld, heldDeletions, refuseHeld } from './held';
import { isSyncUnlocked, renameDevice, startSync, syncNow, syncStatus } from './service';

/** A folder this computer can write its own journal into, or a refusal naming what is wrong. */
function checkFolder(folder: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new VaultError('NOT_FOUND', 'The sync folder does not exist: choose a folder your file-sync service already copies.');
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new VaultError('PATH_NOT_WRITABLE', 'The sync folder cannot be written to: choose one this computer may write in.');
  }
}

/**
 * After the mentor decided on held deletions: a round, when the key is at hand, takes the
 * decision to the other computers at once (kept records are sent again). The decision stands
 * whatever the round meets; its outcome shows in the status as any round's does.
 */
function decided(db: Db, decide: () => void): SyncStatusView {
  decide();
  if (isSyncUnlocked(db)) {
    try {
      syncNow(db);
    } catch {
      // The folder out of reach: the next round sends what waits.
    }
  }
  return syncStatus(db);
}

export const syncHandlers: HandlersFor<typeof syncContract> = {
  'sync.status': (_input, { session }) => syncStatus(session.db),
  'sync.chooseFolder': async (_input, { session, platform }) => {
    const folder = await platform.chooseFolder({ title: 'shell.dialog.syncFolder', defaultPath: syncStatus(session.db).folder ?? undefined });
    return folder ? { folder } : null;
  },
  'sync.start': async ({ folder, passphrase }, { session }) => {
    checkFolder(folder);
    // The first computer wraps the folder's key with this passphrase: a typo there would lock
    // every computer out, so it must be the vault's own. Joining, the keys file itself decides.
    if (!existsSync(join(folder, KEYS_FILE)) && !(await session.current.opensWith(passphrase))) {
      throw new VaultError('WRONG_PASSPHRASE', "The passphrase is not this vault's: sync wraps the folder's key with the vault's own passphrase.");
    }
    return startSync(session.db, folder, passphrase);
  },
  'sync.now': (_input, { session }) => syncNow(session.db),
  'sync.rename': ({ name }, { session }) => {
    renameDevice(session.db, name);
    return syncStatus(session.db);
  },
  'sync.revisions': (_input, { session }) => listRevisions(session.db),
  'sync.restoreRevision': ({ id }, { session }) => restoreRevision(session.db, id),
  'sync.dismissRevision': ({ id }, { session }) => dismissRevision(session.db, id),
  'sync.held': (_input, { session }) => heldDeletions(session.db),
  'sync.confirmHeld': (_input, { session }) => decided(session.db, () => confirmHeld(session.db)),
  'sync.refuseHeld': (_input, { session }) => decided(session.db, () => void refuseHeld(session.db)),
};
