import { existsSync } from 'node:fs';
import { say } from './language';
import { SaidError } from './types';

/** `--force`: the exports replace an existing --out file only when asked to. */
export const FORCE_OPTION = { force: { type: 'boolean' } } as const;

/** Checked before the passphrase is asked for, so nothing is typed in vain. */
export function assertOutFree(out: string, options: Record<string, string | boolean | undefined>): void {
  if (options.force === true || !existsSync(out)) return;
  throw new SaidError('VAULT_EXISTS', say('cli.outExists'));
}
