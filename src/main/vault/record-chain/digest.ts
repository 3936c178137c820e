import type Database from 'better-sqlite3-multiple-ciphers';
import { sha256Hex } from './format';

/**
 * `record_digest(text)`: SHA-256 of the text's UTF-8 bytes as hex, for the record chain's
 * triggers. Registered on every connection that may write a vault; a tool without it (the
 * stock sqlcipher shell) cannot add an append-only record, which is as it should be.
 */
export function registerRecordDigest(db: Database.Database): void {
  db.function('record_digest', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? sha256Hex(text) : null));
}
