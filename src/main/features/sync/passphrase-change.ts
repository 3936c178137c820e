import type { SyncKeysAfterChange } from '../../../shared/sync/contract';
import type { Db } from '../../vault/sqlite';
import { VaultError } from '../../vault/vault-error';
import { rewrapKeysFile } from './journal/keys';
import { carrySyncKey } from './service';
import { getState } from './state';

/**
 * After the vault's passphrase changed: the sync folder's keys file is rewrapped with the new
 * one, so every computer keeps one passphrase. The current passphrase was just typed, so this
 * works whether or not the data key is unwrapped in this session. The file is left alone when
 * the current passphrase does not open it (another computer changed it first: rewrapping with
 * the key in memory would undo that change for the others), and when the folder cannot be
 * reached; the result says which, for the mentor to see. `before` is the vault's handle before
 * the re-key.
 */
export async function rewrapAfterPassphraseChange(before: Db, db: Db, current: string, next: string): Promise<SyncKeysAfterChange> {
  // The re-keyed vault has a new handle; the data key is the same, so a round needs no passphrase.
  carrySyncKey(before, db);
  const folder = getState(db, 'folder');
  if (!folder) return 'notSyncing';
  try {
    await rewrapKeysFile(folder, current, next);
    return 'rewrapped';
  } catch (err) {
    if (err instanceof VaultError && err.code === 'WRONG_PASSPHRASE') return 'otherPassphrase';
    return 'unreachable';
  }
}
