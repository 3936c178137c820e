import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { ErrorCode, FieldIssue } from '../../shared/errors';

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
 * A message fit to show the mentor for any failure. A refusal of fields reads as its
 * issues' own words, each once: the bridge's message starts with the field's key path
 * ("agreedByMentor: …"), which is for logs and the CLI, not for people.
 */
export function errorMessage(err: unknown): string {
  if (err instanceof BridgeCallError && err.issues.length > 0) return [...new Set(err.issues.map((i) => i.message))].join('. ');
  if (err instanceof BridgeCallError) return err.message;
  return 'Something went wrong; nothing was changed.';
}
