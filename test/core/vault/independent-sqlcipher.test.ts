import SignalDatabase from '@signalapp/sqlcipher';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foundation } from '../../../src/main/vault/migrations/001-foundation';
import { APPLICATION_ID } from '../../../src/main/vault/connection';
import { deriveKey, KeyMaterial, newestKdf, newSalt } from '../../../src/main/vault/kdf';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/vault/migrations';
import { readHead } from '../../../src/main/vault/fs-durable';
import { Vault } from '../../../src/main/vault/vault';
import type { Db } from '../../../src/main/vault/sqlite';
import { createMentee, getMentee, listMentees } from '../../../src/main/features/mentees/store';
import { listMenteesInput, menteeProfile } from '../../../src/shared/mentees/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { keyOf, PASSPHRASE } from '../../helpers/vault';

/**
 * The vault is standard SQLCipher 4: an independent implementation opens it with the
 * raw key. @signalapp/sqlcipher ships Zetetic's SQLCipher (4.x community, with Signal's
 * crypto provider) as a prebuilt addon, unrelated to SQLite3MultipleCiphers' codec that
 * better-sqlite3-multiple-ciphers uses. Debian's sqlcipher (3.4.1) cannot read v4 files.
 */
let dir: string;

beforeAll(() => {
  dir = makeTempDir('independent');
});
afterAll(() => removeTempDir(dir));

function rawKeyStatements(pragma: string): string[] {
  return pragma.split('\n').filter((line) => line.trim() !== '');
}

describe('independent SQLCipher 4 (Zetetic community build via @signalapp/sqlcipher)', () => {
  it('opens a vault made by our code with the raw key from rawKeyPragma and reads a mentee', async () => {
    const path = join(dir, 'ours.mentorvault');
    const vault = await Vault.create(path, PASSPHRASE);
    createMentee(vault.db, menteeProfile.parse({ name: 'Grace Hopper', role: 'Rear admiral', careerAims: [{ title: 'Compiler pioneer' }] }));
    const pragma = vault.rawKeyPragma(); // what `mentor-vault raw-key` prints
    vault.close();

    const db = new SignalDatabase(path);
    try {
      expect(String(db.pragma('cipher_version', { simple: true }))).toMatch(/^4\./);
      for (const statement of rawKeyStatements(pragma)) db.exec(statement);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT name, role FROM mentees').all()).toEqual([{ name: 'Grace Hopper', role: 'Rear admiral' }]);
      expect(db.prepare('SELECT title FROM career_aims').all()).toEqual([{ title: 'Compiler pioneer' }]);
    } finally {
      db.close();
    }
  });

  it('refuses the vault with a wrong raw key', async () => {
    const path = join(dir, 'ours.mentorvault');
    const salt = readHead(path, 16).toString('hex');
    const db = new SignalDatabase(path);
    try {
      db.exec('PRAGMA cipher_log_level = NONE;'); // the expected HMAC failure, not on stderr
      db.exec('PRAGMA cipher_compatibility = 4;');
      db.exec(`PRAGMA key = "x'${'ab'.repeat(32)}${salt}'";`);
      expect(() => db.prepare('SELECT count(*) FROM sqlite_master').all()).toThrow(/not a database/);
    } finally {
      db.close();
    }
  });

  it('writes a SQLCipher 4 file that our core unlocks with the passphrase (the other way round)', async () => {
    // The independent implementation writes the file: our KDF's key and a fresh salt as
    // the raw key, our schema (001's SQL), our ids, one mentee.
    const salt = newSalt();
    const kdf = newestKdf();
    const key = new KeyMaterial(await deriveKey(PASSPHRASE, salt, kdf), salt, kdf);
    const path = join(dir, 'theirs.mentorvault');
    const db = new SignalDatabase(path);
    try {
      db.exec('PRAGMA cipher_compatibility = 4;');
      db.exec(`PRAGMA key = ${key.pragmaValue()};`);
      db.exec('PRAGMA journal_mode = DELETE;');
      foundation.up(db as unknown as Db);
      db.exec(`PRAGMA application_id = ${APPLICATION_ID}; PRAGMA user_version = ${foundation.version};`);
      db.exec(`INSERT INTO vault_meta (key, value) VALUES ('app_format_version', '1'), ('kdf_version', '${kdf.version}');`);
      db.exec(`INSERT INTO mentees (name, role, status, created_at, updated_at)
               VALUES ('Katherine Johnson', 'Mathematician', 'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');`);
    } finally {
      db.close();
    }
    expect(readHead(path, 16).equals(salt)).toBe(true);

    const vault = await Vault.unlock(path, PASSPHRASE);
    try {
      expect(keyOf(vault).key.equals(key.key)).toBe(true);
      const page = listMentees(vault.db, listMenteesInput.parse({}));
      expect(page.rows.map((r) => r.name)).toEqual(['Katherine Johnson']);
      expect(getMentee(vault.db, page.rows[0]!.id)).toMatchObject({ role: 'Mathematician', status: 'active' });
      expect(vault.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      vault.close();
    }
  });
});
