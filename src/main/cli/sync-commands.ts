import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openKeysFile, KEYS_FILE } from '../features/sync/journal/keys';
import { startSync, syncStatus, type SyncResult } from '../features/sync/service';
import { syncedTables } from '../vault/sync-capture/tables';
import { Vault } from '../vault/vault';
import { VaultError } from '../vault/vault-error';
import { readPassphrase } from './prompt';
import { UsageError, type CliCommand } from './types';

const PASSPHRASE_ENV = 'MENTOR_VAULT_PASSPHRASE';

function printRound(result: SyncResult): void {
  console.log(`sent: ${result.sent} changes`);
  console.log(`received: ${result.received} changes (${result.applied} applied, ${result.revisions} kept as revisions)`);
  if (result.fromSnapshot) console.log('started from the newest snapshot');
  if (result.skipped > 0) console.log(`skipped for now: ${result.skipped} files still syncing`);
  if (result.forks > 0) console.log(`forks detected and merged: ${result.forks}`);
}

export const syncCommands: Record<string, CliCommand> = {
  sync: {
    usage: 'sync VAULT --folder DIR',
    summary: 'One sync round through a folder; a VAULT that does not exist yet joins from the folder (same passphrase).',
    args: 1,
    options: { folder: { type: 'string' } },
    async run([path], options) {
      if (typeof options.folder !== 'string' || options.folder === '') throw new UsageError('sync needs --folder DIR');
      const folder = resolve(options.folder);
      const passphrase = await readPassphrase(PASSPHRASE_ENV, 'Passphrase: ');
      let vault: Vault;
      if (existsSync(path!)) vault = await Vault.unlock(path!, passphrase);
      else {
        if (!existsSync(join(folder, KEYS_FILE))) {
          throw new VaultError('NOT_FOUND', `${folder} is not a sync folder (it has no ${KEYS_FILE}): a new computer can only join a folder another one syncs to.`);
        }
        // The passphrase is checked against the folder before any vault file is made.
        (await openKeysFile(folder, passphrase)).dataKey.fill(0);
        vault = await Vault.create(path!, passphrase);
        // A new vault's seeded catalogue (competencies, rubric) comes from the folder instead:
        // kept here as well, every joining computer would add a second copy to all the others.
        const db = vault.db;
        db.transaction(() => {
          db.pragma('defer_foreign_keys = ON');
          for (const table of syncedTables(db)) db.prepare(`DELETE FROM "${table.name}"`).run();
        })();
        console.log(`created ${path} from the sync folder`);
      }
      try {
        printRound(await startSync(vault.db, folder, passphrase));
      } finally {
        vault.close();
      }
    },
  },
  'sync-status': {
    usage: 'sync-status VAULT',
    summary: 'Print the sync folder, this computer, other devices, last sync and pending changes.',
    args: 1,
    async run([path]) {
      const vault = await Vault.unlock(path!, await readPassphrase(PASSPHRASE_ENV, 'Passphrase: '));
      try {
        const s = syncStatus(vault.db);
        console.log(`folder: ${s.folder ?? 'none (not syncing)'}`);
        console.log(`this device: ${s.deviceName ?? 'not named yet'}`);
        console.log(`other devices: ${s.otherDevices.length}`);
        console.log(`last sync: ${s.lastSync ? `${s.lastSync.at}, sent ${s.lastSync.sent}, received ${s.lastSync.received}` : 'never'}`);
        console.log(`pending changes: ${s.pendingChanges}`);
        console.log(`revisions kept: ${s.revisions}`);
      } finally {
        vault.close();
      }
    },
  },
};
