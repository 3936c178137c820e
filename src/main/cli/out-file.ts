import { existsSync } from 'node:fs';
import { VaultError } from '../vault/vault-error';

/** `--force`: the exports replace an existing --out file only when asked to. */
export const FORCE_OPTION = { force: { type: 'boolean' } } as const;

/** Checked before the passphrase is asked for, so nothing is typed in vain. */
export function assertOutFree(out: string, options: Record<string, string | boolean | undefined>): void {
  if (options.force === true || !existsSync(out)) return;
  throw new VaultError('VAULT_EXISTS', 'A file already exists at --out; choose another name, or add --force to replace it.');
}
