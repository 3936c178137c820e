/**
 * Error codes that cross the bridge. Inside the main process errors are thrown as
 * exceptions carrying one of these codes; the router turns them into values.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'VAULT_LOCKED',
  'NO_VAULT',
  'VAULT_EXISTS',
  'VAULT_NOT_FOUND',
  'NOT_A_VAULT',
  'CORRUPT_VAULT',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'VAULT_TOO_NEW',
  'VAULT_READ_ONLY',
  'PATH_NOT_WRITABLE',
  'DISK_FULL',
  'APPEND_ONLY',
  'CANCELLED',
  'FORBIDDEN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The catalogue's words for a refused field (src/shared/i18n/messages/validation.ts) and their values. */
export interface IssueRule {
  id: `validation.${string}`;
  values?: Record<string, number>;
}

/** One problem with one field of an input, for showing next to that field. */
export interface FieldIssue {
  path: (string | number)[];
  /** The shared schema's English sentence, which names the field (for the CLI and logs of one's own). */
  message: string;
  /** What a form in another language shows instead. */
  rule?: IssueRule;
}

export interface BridgeError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
