import { existsSync } from 'node:fs';
import { readHead } from './fs-durable';
import { type KeyMaterial } from './kdf';
import { openSqlite, type Db } from './sqlite';
import { VaultError } from './vault-error';

/** 'MVT1': marks a file as a Mentor Vault, checked on every unlock. */
export const APPLICATION_ID = 0x4d565431;

export function applyKey(db: Db, key: KeyMaterial): void {
  // cipher='sqlcipher' alone is not SQLCipher-compatible in this library; legacy=4 is.
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key=${key.pragmaValue()}`);
}

/**
 * True when the key decrypts page 1. A wrong key fails the page's HMAC, which SQLite
 * reports as "file is not a database".
 */
export function keyOpensDatabase(db: Db): boolean {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    return true;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') return false;
    // After a crash mid-transaction the first read plays the hot journal back; with a
    // wrong key that fails as SQLITE_CORRUPT (nothing is changed: the journal stays for
    // the right key, which plays it back and opens). Found by the crash test: a mistyped
    // passphrase after a crash was reported as a damaged vault.
    if (code === 'SQLITE_CORRUPT' && hasHotJournal(db.name)) return false;
    throw err;
  }
}

/** SQLite's rollback-journal magic: a journal that starts with it is hot (zeros: not yet in use). */
const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');

function hasHotJournal(path: string): boolean {
  const journal = `${path}-journal`;
  if (!existsSync(journal)) return false;
  try {
    return readHead(journal, JOURNAL_MAGIC.length).equals(JOURNAL_MAGIC);
  } catch {
    return false;
  }
}

/** Connection settings every vault handle runs with; asserted so a typo cannot slip by. */
export function configure(db: Db): void {
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('synchronous = FULL');
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${CACHE_KIB}`);
  const mode = db.pragma('journal_mode', { simple: true });
  // Re-key and VACUUM INTO do not work in WAL mode with this library.
  if (mode !== 'delete') db.pragma('journal_mode = DELETE');
}

/** The page cache every handle keeps (KiB): enough for the screens, small beside the process's memory target. */
const CACHE_KIB = 16_000;

/**
 * Runs work that dirties many scattered pages in one transaction (a sync round: the edited
 * rows, their full-text entries, and the sync bookkeeping keyed by random uids) with a
 * larger page cache, then gives the pages back. With the usual cache such a transaction
 * spilled dirty pages to the journal midway, each spill synced, and applying 1,000 note
 * edits took up to 1.7 times the same edits typed here; with this one it takes about as long.
 */
export function withLargePageCache<T>(db: Db, work: () => T, kib = 64_000): T {
  db.pragma(`cache_size = -${kib}`);
  try {
    return work();
  } finally {
    db.pragma(`cache_size = -${CACHE_KIB}`);
  }
}

export function openKeyed(path: string, key: KeyMaterial): Db {
  const db = openSqlite(path);
  try {
    applyKey(db, key);
    if (!keyOpensDatabase(db)) throw new VaultError('WRONG_PASSPHRASE', 'The passphrase does not open this vault.');
    configure(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function connectionSettings(db: Db) {
  return {
    foreignKeys: db.pragma('foreign_keys', { simple: true }) as number,
    secureDelete: db.pragma('secure_delete', { simple: true }) as number,
    synchronous: db.pragma('synchronous', { simple: true }) as number,
    tempStore: db.pragma('temp_store', { simple: true }) as number,
    journalMode: db.pragma('journal_mode', { simple: true }) as string,
  };
}
