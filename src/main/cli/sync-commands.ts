import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openKeysFile, KEYS_FILE } from '../features/sync/journal/keys';
import { confirmHeld, heldDeletionCount, heldDeletions, refuseHeld } from '../features/sync/held';
import type { Db } from '../vault/sqlite';
import { startSync, syncNow, syncStatus, type SyncResult } from '../features/sync/service';
import { Vault } from '../vault/vault';
import { say } from './language';
import { readPassphrase } from './prompt';
import { SaidError, UsageError, type CliCommand } from './types';

const PASSPHRASE_ENV = 'MENTOR_VAULT_PASSPHRASE';

function printRound(result: SyncResult): void {
  console.log(say('cli.sync.sent', { count: result.sent }));
  console.log(say('cli.sync.received', { count: result.received, applied: String(result.applied), revisions: String(result.revisions) }));
  if (result.fromSnapshot) console.log(say('cli.sync.fromSnapshot'));
  if (result.skipped > 0) console.log(say('cli.sync.skipped', { count: result.skipped }));
  if (result.forks > 0) console.log(say('cli.sync.forks', { count: String(result.forks) }));
  if (result.renewedIdentity) console.log(say('cli.sync.renewed'));
}

/** What is held and from which computers (the start of their folder ids, as the app shows them). */
function printHeld(db: Db, count: number): void {
  console.log(say('cli.sync.held', { count }));
  const from = heldDeletions(db)?.from ?? [];
  if (from.length > 0) console.log(say('cli.sync.heldFrom', { count: from.length, ids: from.map((id) => id.slice(0, 8)).join(', ') }));
}

export const syncCommands: Record<string, CliCommand> = {
  sync: {
    usage: 'sync VAULT --folder DIR [--confirm-deletions | --keep-deleted]',
    summary: 'cli.summary.sync',
    args: 1,
    options: { folder: { type: 'string' }, 'confirm-deletions': { type: 'boolean' }, 'keep-deleted': { type: 'boolean' } },
    async run([path], options) {
      if (typeof options.folder !== 'string' || options.folder === '') throw new UsageError(say('cli.required', { option: '--folder DIR' }));
      const confirm = options['confirm-deletions'] === true;
      const keep = options['keep-deleted'] === true;
      if (confirm && keep) throw new UsageError(say('cli.sync.heldBoth'));
      const folder = resolve(options.folder);
      const passphrase = await readPassphrase(PASSPHRASE_ENV, say('cli.prompt.passphrase'));
      let vault: Vault;
      if (existsSync(path!)) vault = await Vault.unlock(path!, passphrase);
      else {
        if (!existsSync(join(folder, KEYS_FILE))) {
          throw new SaidError('NOT_FOUND', say('cli.sync.notAFolder', { folder, file: KEYS_FILE }));
        }
        // The passphrase is checked against the folder before any vault file is made.
        (await openKeysFile(folder, passphrase)).dataKey.fill(0);
        // A new vault's seeded catalogue is left to the folder by startSync (the service's join).
        vault = await Vault.create(path!, passphrase);
        console.log(say('cli.sync.created', { path: path! }));
      }
      try {
        printRound(await startSync(vault.db, folder, passphrase));
        const held = heldDeletionCount(vault.db);
        if ((confirm || keep) && held === 0) console.log(say('cli.sync.heldNone'));
        else if (confirm) {
          confirmHeld(vault.db);
          console.log(say('cli.sync.heldConfirmed', { count: held }));
        } else if (keep) {
          console.log(say('cli.sync.heldKept', { count: refuseHeld(vault.db) }));
          // The kept records go out now rather than at the next round.
          printRound(syncNow(vault.db));
        } else if (held > 0) printHeld(vault.db, held);
      } finally {
        vault.close();
      }
    },
  },
  'sync-status': {
    usage: 'sync-status VAULT',
    summary: 'cli.summary.syncStatus',
    args: 1,
    async run([path]) {
      const vault = await Vault.unlock(path!, await readPassphrase(PASSPHRASE_ENV, say('cli.prompt.passphrase')));
      try {
        const s = syncStatus(vault.db);
        console.log(s.folder ? say('cli.sync.folder', { folder: s.folder }) : say('cli.sync.noFolder'));
        console.log(s.deviceName ? say('cli.sync.device', { name: s.deviceName }) : say('cli.sync.unnamed'));
        console.log(say('cli.sync.others', { count: String(s.otherDevices.length) }));
        const last = s.lastSync;
        console.log(last ? say('cli.sync.last', { at: last.at, sent: String(last.sent), received: String(last.received) }) : say('cli.sync.never'));
        console.log(say('cli.sync.pending', { count: String(s.pendingChanges) }));
        console.log(say('cli.sync.revisions', { count: String(s.revisions) }));
        if (s.heldDeletions > 0) printHeld(vault.db, s.heldDeletions);
      } finally {
        vault.close();
      }
    },
  },
};
