import type { ErrorCode, FieldIssue } from '../../shared/errors';

/**
 * The one exception type of the core. Its message must never contain confidential
 * text (note bodies, escalation entries, passphrases): it may reach a log or a dialog.
 */
export class VaultError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'VaultError';
    this.code = code;
    this.issues = issues;
  }
}

interface SqliteLikeError {
  code?: string;
}

/** Maps SQLite's error codes to ours, for errors raised while using an open vault. */
export function fromSqliteError(err: unknown): VaultError | undefined {
  if (err instanceof VaultError) return err;
  const code = (err as SqliteLikeError | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new VaultError('CORRUPT_VAULT', 'The vault file is damaged: a page failed its integrity check.');
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    return new VaultError('DISK_FULL', 'The disk is full or cannot be written; nothing was saved. Free some space and try again.');
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new VaultError('VAULT_READ_ONLY', 'The vault file is read-only; nothing was saved.');
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new VaultError('CONFLICT', 'That change conflicts with existing data.');
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new VaultError('PATH_NOT_WRITABLE', 'The vault file cannot be opened at that place.');
  }
  return undefined;
}
