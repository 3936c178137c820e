import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../src/main/demo/generate';
import type { KeyMaterial } from '../../src/main/vault/kdf';
import { keyAuthenticatesLaterPages } from '../../src/main/vault/page-one';
import { Vault } from '../../src/main/vault/vault';
import { VaultError } from '../../src/main/vault/vault-error';
import { makeTempDir, removeTempDir, sha256 } from '../helpers/temp';
import { cloneKey, createTestVault, OTHER_PASSPHRASE, PASSPHRASE } from '../helpers/vault';

/**
 * Damage to page 1 made SQLite answer "not a database", as a wrong key does, so the mentor
 * was told the passphrase was wrong. Page 1 damaged after the salt, with the rest of the
 * file authenticating under the same key, is damage; a wrong key, or a damaged salt (which
 * makes every key wrong), cannot be told apart and is named as both.
 */
let dir: string;
let original: Buffer;
let key: KeyMaterial;
let damage = 0;

beforeAll(async () => {
  dir = makeTempDir('page-one');
  const created = await createTestVault(join(dir, 'original.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 2, seed: 3 }) });
  key = created.key;
  original = readFileSync(created.path);
});
afterAll(() => removeTempDir(dir));

function damaged(offset: number): string {
  const bytes = Buffer.from(original);
  bytes[offset] = bytes[offset]! ^ 0x5a;
  const path = join(dir, `damaged-${++damage}.mentorvault`);
  writeFileSync(path, bytes);
  return path;
}

function refusal(open: () => unknown): VaultError {
  try {
    open();
  } catch (err) {
    if (err instanceof VaultError) return err;
    throw err;
  }
  throw new Error('opened');
}

describe('the file format as this check reads it', () => {
  it('page 2 onwards authenticate with the right key only', () => {
    const path = join(dir, 'intact.mentorvault');
    writeFileSync(path, original);
    expect(keyAuthenticatesLaterPages(path, key, original.length)).toBe(true);
    const wrong = cloneKey(key);
    wrong.key[0] = wrong.key[0]! ^ 1;
    expect(keyAuthenticatesLaterPages(path, wrong, original.length)).toBe(false);
  });
});

describe('page 1 damaged after the salt', () => {
  for (const [where, offset] of [
    ['in the encrypted header', 20],
    ['in the middle of the page', 2000],
    ['in its IV', 4096 - 80 + 3],
    ['in its HMAC', 4096 - 10],
  ] as const) {
    it(`${where}: CORRUPT_VAULT saying the passphrase is right, not WRONG_PASSPHRASE`, () => {
      const path = damaged(offset);
      const before = sha256(readFileSync(path));
      const error = refusal(() => Vault.openWithKey(path, cloneKey(key)));
      expect(error.code).toBe('CORRUPT_VAULT');
      expect(error.message).toMatch(/start of the vault file is damaged.*passphrase is right.*backup/);
      expect(sha256(readFileSync(path))).toBe(before);
    });
  }

  it('from the passphrase too (one key derivation)', async () => {
    const path = damaged(300);
    await expect(Vault.unlock(path, PASSPHRASE)).rejects.toMatchObject({ code: 'CORRUPT_VAULT' });
  });
});

describe('what cannot be told apart', () => {
  it('a wrong passphrase names both causes and points to a backup', async () => {
    const path = join(dir, 'intact-2.mentorvault');
    writeFileSync(path, original);
    const error = await Vault.unlock(path, OTHER_PASSPHRASE).then(
      () => undefined,
      (err: unknown) => err as VaultError,
    );
    expect(error?.code).toBe('WRONG_PASSPHRASE');
    expect(error?.message).toBe('Wrong passphrase, or the start of the vault file is damaged. Check the passphrase; if you are sure of it, try a backup.');
  });

  it('a damaged salt: from the passphrase every derived key is wrong, so both causes are named', async () => {
    const path = damaged(5);
    await expect(Vault.unlock(path, PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE', message: expect.stringMatching(/^Wrong passphrase, or the start/) });
    // With the key itself (salt included, as the CLI's raw key holds it) the damage is found.
    expect(refusal(() => Vault.openWithKey(path, cloneKey(key))).code).toBe('CORRUPT_VAULT');
  });
});
