import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, applyKey, connectionSettings } from '../../../src/main/vault/connection';
import { readHead } from '../../../src/main/vault/fs-durable';
import { newestKdf, SALT_LENGTH } from '../../../src/main/vault/kdf';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/vault/migrations';
import { vaultInfo } from '../../../src/main/vault/info';
import { PAGE_SIZE } from '../../../src/main/vault/probe';
import type { Db } from '../../../src/main/vault/sqlite';
import { APP_FORMAT_VERSION, Vault } from '../../../src/main/vault/vault';
import { createMentee } from '../../../src/main/features/mentees/store';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { listDir, makeTempDir, removeTempDir, sha256File } from '../../helpers/temp';
import { keyOf, openWithKey, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';

/** Create, unlock, lock, close and change passphrase on one real vault file. */
let dir: string;
let path: string;
let vault: Vault;
let createdSalt: Buffer;
const NAME = 'Zephyrine Quillfeather';

beforeAll(async () => {
  dir = makeTempDir('lifecycle');
  path = join(dir, 'mentor.mentorvault');
  vault = await Vault.create(path, PASSPHRASE);
  createdSalt = keyOf(vault).salt;
  createMentee(vault.db, menteeProfile.parse({ name: NAME, role: 'Designer' }));
});

afterAll(() => {
  vault?.close();
  removeTempDir(dir);
});

function expectSettings(db: Db): void {
  expect(connectionSettings(db)).toEqual({ foreignKeys: 1, secureDelete: 1, synchronous: 2, tempStore: 2, journalMode: 'delete' });
}

describe('create', () => {
  it('writes a SQLCipher 4 file: no plaintext header, salt in the first 16 bytes, whole pages', () => {
    const head = readHead(path, 16);
    expect(head.toString('latin1')).not.toBe('SQLite format 3\0');
    expect(head.length).toBe(SALT_LENGTH);
    expect(head.equals(createdSalt)).toBe(true);
    expect(statSync(path).size % PAGE_SIZE).toBe(0);
    // Only the vault: the temporary it was built under is gone, and no journal is left.
    expect(listDir(dir)).toEqual(['mentor.mentorvault']);
  });

  it('keeps no mentee name in plaintext on disk', () => {
    const bytes = readFileSync(path);
    expect(bytes.includes(Buffer.from(NAME, 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from('CREATE TABLE', 'utf8'))).toBe(false);
  });

  it('runs with the asserted connection settings', () => {
    expectSettings(vault.db);
  });

  it('sets application_id and the newest schema version', () => {
    expect(vault.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(vault.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('records the KDF and format in vault_meta, and vaultInfo reports them', () => {
    const meta = Object.fromEntries(
      (vault.db.prepare('SELECT key, value FROM vault_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
    );
    const kdf = newestKdf();
    expect(meta).toMatchObject({ kdf_version: String(kdf.version), app_format_version: String(APP_FORMAT_VERSION) });
    expect(Date.parse(meta.created_at!)).not.toBeNaN();

    const info = vaultInfo(vault.db, path);
    expect(info).toMatchObject({
      path,
      appFormatVersion: APP_FORMAT_VERSION,
      schemaVersion: LATEST_SCHEMA_VERSION,
      kdf: { version: kdf.version, name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p },
      createdAt: meta.created_at,
      sizeBytes: statSync(path).size,
    });
    expect(kdf.N).toBeGreaterThanOrEqual(2 ** 16); // memory-hard: at least 64 MiB with r=8
    expect(info.counts).toMatchObject({ mentees: 1, vault_meta: 3 });
  });
});

describe('lock and close', () => {
  it('lock closes the handle, refuses further use with VAULT_LOCKED and wipes the key in memory', () => {
    const db = vault.db;
    vault.lock();
    expect(vault.isOpen).toBe(false);
    expect(db.open).toBe(false);
    expect(() => vault.db).toThrow(expect.objectContaining({ code: 'VAULT_LOCKED' }));
    expect(vault.rawKeyPragma()).toMatch(new RegExp(`x'${'0'.repeat(64)}[0-9a-f]{32}'`));
  });

  it('unlock with the passphrase opens it again with its data and settings', async () => {
    vault = await Vault.unlock(path, PASSPHRASE);
    expect(vault.db.prepare('SELECT name FROM mentees').pluck().all()).toEqual([NAME]);
    expectSettings(vault.db);
    expect(listDir(dir)).toEqual(['mentor.mentorvault']);
  });

  it('close does what lock does', () => {
    const db = vault.db;
    vault.close();
    expect(db.open).toBe(false);
    expect(() => vault.db).toThrow(expect.objectContaining({ code: 'VAULT_LOCKED' }));
  });
});

describe('change passphrase', () => {
  it('refuses a wrong current passphrase and a weak new one, leaving the file untouched', async () => {
    vault = await Vault.unlock(path, PASSPHRASE);
    const before = sha256File(path);
    await expect(vault.changePassphrase(OTHER_PASSPHRASE, OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(vault.changePassphrase(PASSPHRASE, 'password1')).rejects.toMatchObject({ code: 'WEAK_PASSPHRASE' });
    expect(sha256File(path)).toBe(before);
    expect(listDir(dir)).toEqual(['mentor.mentorvault']);
    expect(vault.db.prepare('SELECT count(*) FROM mentees').pluck().get()).toBe(1);
  });

  it('re-keys: the new passphrase opens the vault, the old one no longer does, salt and data kept', async () => {
    const oldKey = keyOf(vault);
    await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    // The open handle was switched to the re-keyed file.
    expect(vault.isOpen).toBe(true);
    expectSettings(vault.db);
    const newKey = keyOf(vault);
    expect(newKey.key.equals(oldKey.key)).toBe(false);
    expect(newKey.salt.equals(oldKey.salt)).toBe(true);
    vault.close();

    expect(readHead(path, 16).equals(createdSalt)).toBe(true);
    expect(listDir(dir)).toEqual(['mentor.mentorvault']);
    await expect(Vault.unlock(path, PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    vault = await Vault.unlock(path, OTHER_PASSPHRASE);
    expect(vault.db.prepare('SELECT name FROM mentees').pluck().all()).toEqual([NAME]);
    expect(vault.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(vaultInfo(vault.db, path).kdf.version).toBe(newestKdf().version);
  });
});

describe('journal mode', () => {
  it('a vault left in WAL mode (by another tool) is put back to a rollback journal on open, so copies work', () => {
    const copy = join(dir, 'wal-copy.mentorvault');
    copyFileSync(path, copy);
    const key = keyOf(vault);
    const raw = new Database(copy);
    applyKey(raw, key);
    expect(raw.pragma('journal_mode = WAL', { simple: true })).toBe('wal');
    raw.close();

    const reopened = openWithKey(copy, key);
    try {
      expect(connectionSettings(reopened.db).journalMode).toBe('delete');
      // VACUUM INTO (used by re-key and backups) fails in WAL mode with this library.
      reopened.copyTo(join(dir, 'wal-copy-backup.mentorvault'));
      expect(existsSync(join(dir, 'wal-copy-backup.mentorvault'))).toBe(true);
    } finally {
      reopened.close();
    }
  });
});
