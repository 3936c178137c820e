import { verifyEscalation } from '../features/escalations/queries';
import { allRecordIds } from '../features/escalations/rows';
import '../features/escalations/verify-check';
import { VaultError } from '../vault/vault-error';
import { UsageError, type CliCommand } from './types';
import { unlockFromCli } from './vault-commands';

/**
 * Verbs for the confidential records. Output names records and entries by id only, never
 * their content. Importing this module also registers the hash-chain check of `verify`.
 */
export const confidentialCommands: Record<string, CliCommand> = {
  fingerprint: {
    usage: 'fingerprint VAULT [--record ID]',
    summary: 'Print each escalation timeline\'s head fingerprint (to keep elsewhere); exit 1 if one is broken.',
    args: 1,
    options: { record: { type: 'string' } },
    async run([path], options) {
      let only: number | undefined;
      if (options.record !== undefined) {
        only = Number(options.record);
        if (!Number.isInteger(only) || only < 1) throw new UsageError('--record must be a record id (a whole number from 1)');
      }
      const vault = await unlockFromCli(path!);
      try {
        const ids = only !== undefined ? [only] : allRecordIds(vault.db);
        if (ids.length === 0) console.log('no escalation records');
        let broken = 0;
        for (const id of ids) {
          const result = verifyEscalation(vault.db, id);
          if (result.intact) {
            console.log(`record ${id}\tintact\t${result.fingerprint}\t${result.head}\t${result.entryCount} entries`);
          } else {
            broken++;
            const where = result.firstBrokenEntryId === null ? `number ${result.sequence}` : `entry ${result.firstBrokenEntryId} (number ${result.sequence})`;
            console.log(`record ${id}\tBROKEN\t${where}\t${result.reason}`);
          }
        }
        if (broken > 0) throw new VaultError('CORRUPT_VAULT', `${broken} escalation timeline(s) no longer verify; run verify for details`);
      } finally {
        vault.close();
      }
    },
  },
};
