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

/** One problem with one field of an input, for showing next to that field. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
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
