import { existsSync, statSync } from 'node:fs';
import type { syncContract } from '../../../shared/sync/contract';
import type { HandlersFor } from '../../ipc/router';
import { VaultError } from '../../vault/vault-error';
import { startSync, syncNow, syncStatus } from './service';

export const syncHandlers: HandlersFor<typeof syncContract> = {
  'sync.status': (_input, { session }) => syncStatus(session.db),
  'sync.start': ({ folder, passphrase }, { session }) => {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      throw new VaultError('NOT_FOUND', 'The sync folder does not exist: choose a folder your file-sync service already copies.');
    }
    return startSync(session.db, folder, passphrase);
  },
  'sync.now': (_input, { session }) => syncNow(session.db),
};
