import { verifyEscalation } from '../features/escalations/queries';
import { allRecordIds } from '../features/escalations/rows';
import '../features/escalations/verify-check';
import { recordChainCheck } from '../vault/record-chain/check';
import { recordChainHead } from '../vault/record-chain/fingerprint';
import { say } from './language';
import { SaidError, UsageError, type CliCommand } from './types';
import { unlockFromCli } from './vault-commands';

/**
 * Verbs for the confidential records. Output names records and entries by id only, never
 * their content. Importing this module also registers the hash-chain check of `verify`.
 */
export const confidentialCommands: Record<string, CliCommand> = {
  fingerprint: {
    usage: 'fingerprint VAULT [--record ID]',
    summary: 'cli.summary.fingerprint',
    args: 1,
    options: { record: { type: 'string' } },
    async run([path], options) {
      let only: number | undefined;
      if (options.record !== undefined) {
        only = Number(options.record);
        if (!Number.isInteger(only) || only < 1) throw new UsageError(say('cli.fingerprint.record'));
      }
      const vault = await unlockFromCli(path!);
      try {
        const ids = only !== undefined ? [only] : allRecordIds(vault.db);
        let broken = 0;
        if (only === undefined) {
          // The vault-wide chain first: the one fingerprint that covers every record.
          const chainProblems = recordChainCheck(vault.db).length;
          const head = recordChainHead(vault.db);
          if (chainProblems === 0) console.log(`vault\tintact\t${head.fingerprint}\t${head.head}\t${head.links} records`);
          else console.log(`vault\tBROKEN\t${chainProblems} problem(s)\trun verify for details`);
          if (chainProblems > 0) broken++;
        }
        if (ids.length === 0) console.log(say('cli.fingerprint.none'));
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
        if (broken > 0) throw new SaidError('CORRUPT_VAULT', say('cli.fingerprint.broken', { count: broken }));
      } finally {
        vault.close();
      }
    },
  },
};
