import type { MessageId } from '../../shared/i18n/catalogue';
import type { MessageValues } from '../../shared/i18n/intl';
import { VaultError } from '../vault/vault-error';
import { say } from './language';

export interface CliCommand {
  /** The synopsis: command, arguments and options, the same in every language. */
  usage: string;
  /** The help line, from the catalogue, and what it fills in. */
  summary: MessageId;
  summaryValues?: MessageValues;
  /** Number of positional arguments after the command name(s). */
  args: number;
  options?: Record<string, { type: 'string' | 'boolean' }>;
  run(positionals: string[], options: Record<string, string | boolean | undefined>): Promise<void> | void;
}

export function positiveInt(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(say('cli.wholeNumber', { name }));
  return n;
}

/** A wrong call of a command (exit 2); its message is in the command line's language. */
export class UsageError extends Error {}

/** A refusal worded by the command line itself, in its language (exit 1 with its code). */
export class SaidError extends VaultError {}
