import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../src/main/demo/generate';
import { readHead } from '../../src/main/vault/fs-durable';
import { KeyMaterial } from '../../src/main/vault/kdf';
import { Vault } from '../../src/main/vault/vault';
import { VaultError } from '../../src/main/vault/vault-error';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { createTestVault, dumpHash, openWithKey } from '../helpers/vault';

/**
 * A vault left by a crash in the middle of a transaction (a hot journal beside it), met
 * first with a wrong key: found by the crash test, where SQLite's journal playback with
 * the wrong key failed as "malformed" and the app said CORRUPT_VAULT. It must say
 * WRONG_PASSPHRASE, change nothing, and the right key must then roll the journal back.
 */
const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');

let dir: string;
let crashed: string;
let key: KeyMaterial;
let before: string;

beforeAll(async () => {
  dir = makeTempDir('hot-journal');
  const created = await createTestVault(join(dir, 'vault.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 2, seed: 9 }) });
  key = created.key;
  const vault = openWithKey(created.path, key);
  before = dumpHash(vault.db);
  // A transaction bigger than the page cache: SQLite syncs the journal (its magic
  // appears) and spills pages into the vault before the commit. A copy of both files
  // taken then is what a crash at that moment leaves.
  vault.db.pragma('cache_size = 8');
  vault.db.exec('BEGIN');
  const insert = vault.db.prepare("INSERT INTO mentees (name, status, created_at, updated_at) VALUES (?, 'active', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')");
  const journal = `${created.path}-journal`;
  for (let i = 0; i < 20_000 && !(existsSync(journal) && readHead(journal, 8).equals(JOURNAL_MAGIC)); i++) insert.run(`Hot Journal ${i} ${'x'.repeat(150)}`);
  expect(readHead(journal, 8).equals(JOURNAL_MAGIC), 'the transaction made a hot journal').toBe(true);
  mkdirSync(join(dir, 'crashed'));
  crashed = join(dir, 'crashed', 'vault.mentorvault');
  copyFileSync(created.path, crashed);
  copyFileSync(journal, `${crashed}-journal`);
  vault.db.exec('ROLLBACK');
  vault.close();
});

afterAll(() => removeTempDir(dir));

describe('a hot journal met with a wrong key', () => {
  it('answers WRONG_PASSPHRASE (raw key and passphrase), then the right key rolls back to the last commit', async () => {
    const wrong = new KeyMaterial(randomBytes(32), Buffer.from(key.salt), key.kdf);
    const codeOf = async (attempt: () => unknown) => {
      try {
        await attempt();
        return 'opened';
      } catch (err) {
        return err instanceof VaultError ? err.code : String(err);
      }
    };
    expect(await codeOf(() => openWithKey(crashed, wrong))).toBe('WRONG_PASSPHRASE');
    // The way a mentor meets it: a mistyped passphrase at unlock (one KDF run).
    expect(await codeOf(() => Vault.unlock(crashed, 'a mistyped passphrase after the crash'))).toBe('WRONG_PASSPHRASE');
    expect(readHead(`${crashed}-journal`, 8).equals(JOURNAL_MAGIC), 'the journal is kept for the right key').toBe(true);

    const vault = openWithKey(crashed, key);
    try {
      expect(vault.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(dumpHash(vault.db)).toBe(before);
    } finally {
      vault.close();
    }
    expect(existsSync(`${crashed}-journal`)).toBe(false);
  });
});
