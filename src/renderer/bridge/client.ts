import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { ErrorCode, FieldIssue } from '../../shared/errors';
import { translator } from '../../shared/i18n/intl';
import { getActiveLocale } from '../i18n/active-locale';
import { issueText } from '../i18n/issue-text';

/** A refusal from the main process, as an exception the renderer can catch and show. */
export class BridgeCallError extends Error {
  override readonly name = 'BridgeCallError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly method?: MethodName,
  ) {
    super(message);
  }
}

export function isBridgeError(err: unknown, code?: ErrorCode): err is BridgeCallError {
  return err instanceof BridgeCallError && (code === undefined || err.code === code);
}

/**
 * The one typed way to call the main process: `window.mentorVault[method]` answers a
 * result value; this turns `{ ok: false }` into a BridgeCallError. Nothing per method.
 */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const fn = window.mentorVault[method] as (i: MethodInput<M>) => Promise<
    { ok: true; value: MethodOutput<M> } | { ok: false; error: { code: ErrorCode; message: string; issues?: FieldIssue[] } }
  >;
  const result = await fn(input);
  if (!result.ok) throw new BridgeCallError(result.error.code, result.error.message, result.error.issues ?? [], method);
  return result.value;
}

/**
 * A message fit to show the mentor for any failure, in the language of the screens. The
 * bridge's own words are English, the catalogue's source language, and name the case
 * exactly ("The passphrase does not open this backup."), so English shows them; another
 * language shows the catalogue's words for the error's code. A refusal of fields reads as
 * its issues' own words, each once (issue-text.ts): the bridge's message starts with the field's
 * key path ("agreedByMentor: …"), which is for logs and the CLI, not for people.
 */
export function errorMessage(err: unknown): string {
  const locale = getActiveLocale();
  if (err instanceof BridgeCallError && err.issues.length > 0 && (locale === 'en' || err.issues.every((i) => i.rule))) {
    return [...new Set(err.issues.map(issueText))].join('. ');
  }
  if (locale !== 'en') return translator(locale).t(err instanceof BridgeCallError ? `errors.${err.code}` : 'errors.unknown');
  if (err instanceof BridgeCallError) return err.message;
  return translator(locale).t('errors.unknown');
}
