import { mergeConflictedCopy } from '../features/vault/merge-copy/merge';
import { conflictedCopiesOf, syncedFolderOf } from '../vault/placement';
import { VaultError } from '../vault/vault-error';
import { resolve } from 'node:path';
import { cliLocale, say } from './language';
import { readPassphrase } from './prompt';
import { SaidError, type CliCommand } from './types';
import { unlockFromCli } from './vault-commands';

const COPY_PASSPHRASE_ENV = 'MENTOR_VAULT_COPY_PASSPHRASE';

export const mergeCopyCommands: Record<string, CliCommand> = {
  'merge-copy': {
    usage: 'merge-copy VAULT COPY',
    summary: 'cli.summary.mergeCopy',
    args: 2,
    async run([vaultArg, copyArg]) {
      const vaultPath = resolve(vaultArg!);
      const copyPath = resolve(copyArg!);
      // As on the unlock screen: only a copy the placement check finds beside the vault.
      if (!conflictedCopiesOf(vaultPath, syncedFolderOf(vaultPath) !== null).includes(copyPath)) throw new SaidError('NOT_FOUND', say('cli.notACopy'));
      const passphrase = process.env.MENTOR_VAULT_PASSPHRASE;
      const vault = await unlockFromCli(vaultPath);
      try {
        const locale = cliLocale() === 'de' ? 'de' : 'en';
        let result;
        try {
          result = await mergeConflictedCopy(vault, copyPath, passphrase ?? (await readPassphrase(COPY_PASSPHRASE_ENV, say('cli.prompt.copyPassphrase'))), locale);
        } catch (err) {
          if (!(err instanceof VaultError && err.code === 'WRONG_PASSPHRASE') || passphrase === undefined) throw err;
          result = await mergeConflictedCopy(vault, copyPath, await readPassphrase(COPY_PASSPHRASE_ENV, say('cli.prompt.copyPassphrase')), locale);
        }
        const added = result.added.reduce((sum, a) => sum + a.count, 0);
        const skipped = result.skipped.reduce((sum, a) => sum + a.count, 0);
        console.log(say('vault.mergeCopy.added', { count: added }));
        for (const a of result.added) console.log(`  ${a.table}: ${a.count}`);
        console.log(say('vault.mergeCopy.differing', { count: result.differing }));
        if (result.keptTexts > 0) console.log(say('vault.mergeCopy.kept', { count: result.keptTexts }));
        if (skipped > 0) console.log(say('vault.mergeCopy.skipped', { count: skipped }));
        console.log(say('vault.mergeCopy.moved', { path: result.movedTo }));
      } finally {
        vault.close();
      }
    },
  },
};
