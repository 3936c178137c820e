import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { passphraseProblem } from '../../shared/passphrase';
import { APPLICATION_ID, applyKey, configure, keyOpensDatabase, openKeyed } from './connection';
import { fsyncDir, fsyncFile, readHead, sqlString } from './fs-durable';
import { deriveKey, kdfByVersion, kdfCandidates, KeyMaterial, newestKdf, newSalt, SALT_LENGTH, type KdfParams } from './kdf';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migrate } from './migrate';
import { checkPagesInWorker, INLINE_PAGE_CHECK_MAX_BYTES, pagesIntact, type PageCheck, type PageCheckOutcome } from './page-check';
import { keyAuthenticatesLaterPages } from './page-one';
import { probeVaultFile } from './probe';
import { createSqlite, openSqlite, type Db } from './sqlite';
import { fromSqliteError, VaultError } from './vault-error';

export const APP_FORMAT_VERSION = 1;

/** A wrong key and a damaged salt look the same (every page fails): the message names both. */
const WRONG_OR_DAMAGED = 'Wrong passphrase, or the start of the vault file is damaged. Check the passphrase; if you are sure of it, try a backup.';
const FIRST_PAGE_DAMAGED =
  'The start of the vault file is damaged: its first page fails its check, though the passphrase is right (the rest of the file opens with it). Restore from a backup.';

export interface CreateOptions {
  /** Create missing parent folders (the default location in app data). */
  createFolder?: boolean;
  /** Demo vaults use a published passphrase; everything else must be strong. */
  allowWeakPassphrase?: boolean;
}

export interface OpenOptions {
  /** Check every page before opening whatever the size (a vault found damaged once this session). */
  checkPagesInline?: boolean;
}

/**
 * One open, unlocked vault file. All SQL goes through `db`; lock/close drops the
 * handle and overwrites the key in memory.
 */
export class Vault {
  private handle: Db | undefined;
  private pageCheck: PageCheck | undefined;
  private checked: Promise<PageCheckOutcome> = Promise.resolve('intact');

  private constructor(
    readonly path: string,
    handle: Db,
    private key: KeyMaterial,
  ) {
    this.handle = handle;
  }

  get db(): Db {
    if (!this.handle) throw new VaultError('VAULT_LOCKED', 'The vault is locked.');
    return this.handle;
  }

  get isOpen(): boolean {
    return this.handle !== undefined;
  }

  get kdf(): KdfParams {
    return this.key.kdf;
  }

  /**
   * Settles when every page has been read and checked: at once for a vault checked
   * before it opened; after unlock, from a worker, for a large one (see page-check.ts).
   */
  get pagesChecked(): Promise<PageCheckOutcome> {
    return this.checked;
  }

  static async create(path: string, passphrase: string, options: CreateOptions = {}): Promise<Vault> {
    if (!options.allowWeakPassphrase) {
      const problem = passphraseProblem(passphrase);
      if (problem) throw new VaultError('WEAK_PASSPHRASE', problem);
    }
    if (existsSync(path)) throw new VaultError('VAULT_EXISTS', 'A file already exists at that path; choose another name.');
    const folder = dirname(path);
    if (options.createFolder) mkdirSync(folder, { recursive: true });
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      throw new VaultError('PATH_NOT_WRITABLE', 'The folder for the vault does not exist.');
    }

    const kdf = newestKdf();
    const salt = newSalt();
    const key = new KeyMaterial(await deriveKey(passphrase, salt, kdf), salt, kdf);
    // Built under a temporary name and linked into place, so a crash never leaves a
    // half-made vault at the chosen path and an existing file is never replaced.
    const temp = join(folder, `.${basename(path)}.creating-${randomBytes(6).toString('hex')}`);
    try {
      let db: Db;
      try {
        db = createSqlite(temp);
      } catch {
        throw new VaultError('PATH_NOT_WRITABLE', 'The vault cannot be written in that folder.');
      }
      try {
        applyKey(db, key);
        configure(db);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        migrate(db, { backupPath: undefined });
        const meta = db.prepare('INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)');
        db.transaction(() => {
          meta.run('app_format_version', String(APP_FORMAT_VERSION));
          meta.run('kdf_version', String(kdf.version));
          meta.run('created_at', new Date().toISOString());
        })();
      } finally {
        db.close();
      }
      assertEncryptedOnDisk(temp);
      fsyncFile(temp);
      linkSync(temp, path);
      fsyncDir(path);
    } catch (err) {
      key.wipe();
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new VaultError('VAULT_EXISTS', 'A file already exists at that path; choose another name.');
      }
      throw fromSqliteError(err) ?? err;
    } finally {
      rmSync(temp, { force: true });
    }
    return new Vault(path, openKeyed(path, key), key);
  }

  /** Derives the key (the slow, memory-hard part) and opens the vault with it. */
  static async unlock(path: string, passphrase: string, options: OpenOptions = {}): Promise<Vault> {
    const { salt } = probeVaultFile(path);
    for (const kdf of kdfCandidates()) {
      const key = new KeyMaterial(await deriveKey(passphrase, salt, kdf), salt, kdf);
      let vault: Vault | undefined;
      try {
        vault = Vault.tryOpen(path, key, options);
      } catch (err) {
        key.wipe();
        throw err;
      }
      if (!vault) {
        key.wipe();
        continue;
      }
      if (kdf.version !== newestKdf().version) {
        // Opened with an older KDF: move to the newest now that we know the passphrase.
        const newest = newestKdf();
        await vault.replaceKey(async (newSaltBytes) => new KeyMaterial(await deriveKey(passphrase, newSaltBytes, newest), newSaltBytes, newest));
      }
      return vault;
    }
    throw new VaultError('WRONG_PASSPHRASE', WRONG_OR_DAMAGED);
  }

  /** For tools that already hold the derived key (crash tests, benchmarks). */
  static openWithKey(path: string, key: KeyMaterial, options: OpenOptions = {}): Vault {
    probeVaultFile(path);
    const vault = Vault.tryOpen(path, key, options);
    if (!vault) throw new VaultError('WRONG_PASSPHRASE', 'The key does not open this vault: it is wrong, or the start of the file is damaged. Try a backup.');
    return vault;
  }

  static async deriveKeyFor(path: string, passphrase: string, kdf: KdfParams = newestKdf()): Promise<KeyMaterial> {
    const salt = readHead(path, SALT_LENGTH);
    return new KeyMaterial(await deriveKey(passphrase, salt, kdf), salt, kdf);
  }

  private static tryOpen(path: string, key: KeyMaterial, options: OpenOptions): Vault | undefined {
    let db: Db;
    try {
      db = openSqlite(path);
    } catch (err) {
      throw fromSqliteError(err) ?? new VaultError('PATH_NOT_WRITABLE', 'The vault file cannot be opened.');
    }
    try {
      applyKey(db, key);
      if (!keyOpensDatabase(db)) {
        db.close();
        // Page 1 fails its check with a wrong key and with damage alike: the later pages tell.
        if (keyAuthenticatesLaterPages(path, key, statSync(path).size)) throw new VaultError('CORRUPT_VAULT', FIRST_PAGE_DAMAGED);
        return undefined;
      }
      // Nothing below writes until every check has passed.
      const schemaVersion = assertIsMentorVault(db);
      // A migration copies and rewrites the file: check every page first, whatever the size.
      const inline = options.checkPagesInline || schemaVersion < LATEST_SCHEMA_VERSION || statSync(path).size <= INLINE_PAGE_CHECK_MAX_BYTES;
      if (inline) assertPagesIntact(db);
      configure(db);
      migrate(db, { backupPath: (from) => migrationBackupPath(path, from) });
      removeStaleTemporaries(path);
      const vault = new Vault(path, db, key);
      if (!inline) vault.startPageCheck();
      return vault;
    } catch (err) {
      if (db.open) db.close();
      throw fromSqliteError(err) ?? err;
    }
  }

  /** Whether a passphrase is this vault's (one KDF run, compared in constant time). */
  async opensWith(passphrase: string): Promise<boolean> {
    const check = await deriveKey(passphrase, this.key.salt, this.key.kdf);
    const matches = check.length === this.key.key.length && timingSafeEqual(check, this.key.key);
    check.fill(0);
    return matches;
  }

  /** Re-keys atomically: a re-keyed copy is written beside the vault, then renamed over it. */
  async changePassphrase(current: string, next: string): Promise<void> {
    if (!(await this.opensWith(current))) throw new VaultError('WRONG_PASSPHRASE', 'The current passphrase is not right.');
    const problem = passphraseProblem(next);
    if (problem) throw new VaultError('WEAK_PASSPHRASE', problem);
    const newest = newestKdf();
    await this.replaceKey(async (salt) => new KeyMaterial(await deriveKey(next, salt, newest), salt, newest));
  }

  private async replaceKey(makeKey: (salt: Buffer) => Promise<KeyMaterial>): Promise<void> {
    const temp = join(dirname(this.path), `.${basename(this.path)}.rekey-${randomBytes(6).toString('hex')}`);
    let next: KeyMaterial | undefined;
    try {
      this.db.exec(`VACUUM INTO ${sqlString(temp)}`);
      next = await makeKey(readHead(temp, SALT_LENGTH));
      const copy = openSqlite(temp);
      try {
        applyKey(copy, this.key);
        copy.prepare("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('kdf_version', ?)").run(String(next.kdf.version));
        copy.pragma(`rekey=${next.pragmaValue()}`);
      } finally {
        copy.close();
      }
      const probe = openKeyed(temp, next);
      probe.close();
      fsyncFile(temp);
    } catch (err) {
      next?.wipe();
      rmSync(temp, { force: true });
      throw fromSqliteError(err) ?? err;
    }
    // The one step that switches keys: a rename is atomic, so after a crash the
    // file at `path` is wholly the old vault or wholly the new one.
    this.handle?.close();
    this.handle = undefined;
    renameSync(temp, this.path);
    fsyncDir(this.path);
    this.key.wipe();
    this.key = next;
    this.handle = openKeyed(this.path, next);
  }

  /** Encrypted copy with the same key, taken while the vault is open. */
  copyTo(destination: string): void {
    if (existsSync(destination)) throw new VaultError('VAULT_EXISTS', 'A file already exists at the backup path.');
    try {
      this.db.exec(`VACUUM INTO ${sqlString(destination)}`);
    } catch (err) {
      rmSync(destination, { force: true });
      throw fromSqliteError(err) ?? err;
    }
  }

  /**
   * A copy of the key for a helper thread (the backup worker opens its own connection
   * so a large copy never blocks the main process). The caller wipes it when done.
   */
  keyCopy(): KeyMaterial {
    if (!this.handle) throw new VaultError('VAULT_LOCKED', 'The vault is locked.');
    return new KeyMaterial(Buffer.from(this.key.key), Buffer.from(this.key.salt), this.key.kdf);
  }

  /** The raw key pragma that the stock sqlcipher tool accepts. */
  rawKeyPragma(): string {
    return `PRAGMA cipher_compatibility = 4;\nPRAGMA key = ${this.key.pragmaValue()};`;
  }

  private startPageCheck(): void {
    this.pageCheck = checkPagesInWorker(this.path, this.key);
    this.checked = this.pageCheck.done;
  }

  lock(): void {
    this.pageCheck?.stop();
    this.handle?.close();
    this.handle = undefined;
    this.key.wipe();
  }

  close(): void {
    this.lock();
  }
}

/** Returns the schema version. */
function assertIsMentorVault(db: Db): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (appId !== APPLICATION_ID) {
    throw new VaultError('NOT_A_VAULT', 'This is an encrypted database, but not a Mentor Vault.');
  }
  if (userVersion > LATEST_SCHEMA_VERSION) {
    throw new VaultError(
      'VAULT_TOO_NEW',
      `This vault was made by a newer Mentor Vault (schema ${userVersion}; this app knows up to ${LATEST_SCHEMA_VERSION}). Update the app to open it.`,
    );
  }
  return userVersion;
}

/**
 * Reads every page in use once, so each page's HMAC is checked now: a damaged page is
 * refused at unlock, before anything is written, instead of failing some later read.
 * (A truncated file needs no check: SQLite refuses a header that counts more pages.)
 */
function assertPagesIntact(db: Db): void {
  if (!pagesIntact(db)) throw new VaultError('CORRUPT_VAULT', 'The vault file is damaged: a page failed its integrity check.');
}

/** The plaintext header would mean SQLCipher was bypassed (a second SQLite copy in the process). */
function assertEncryptedOnDisk(path: string): void {
  if (readHead(path, 16).toString('latin1') === 'SQLite format 3\0') {
    throw new VaultError('INTERNAL', 'Encryption is not active: refusing to write a plaintext vault.');
  }
}

function migrationBackupPath(path: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${path}.before-migration-v${fromVersion}-${stamp}.bak`;
}

/** Leftovers of a create or re-key cut short by a crash (the copy and its rollback journal): encrypted, but no longer needed. */
function removeStaleTemporaries(path: string): void {
  const prefix = `.${basename(path)}.`;
  for (const name of readdirSync(dirname(path))) {
    if (name.startsWith(prefix) && /\.(creating|rekey)-[0-9a-f]{12}(-journal)?$/.test(name)) {
      rmSync(join(dirname(path), name), { force: true });
    }
  }
}

export { kdfByVersion };
