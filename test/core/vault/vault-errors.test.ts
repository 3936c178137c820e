import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdirSync, openSync, closeSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../src/shared/errors';
import { applyKey } from '../../../src/main/vault/connection';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/vault/migrations';
import { PAGE_SIZE } from '../../../src/main/vault/probe';
import { Vault } from '../../../src/main/vault/vault';
import { VaultError } from '../../../src/main/vault/vault-error';
import { createMentee } from '../../../src/main/features/mentees/store';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { listDir, makeTempDir, removeTempDir, sha256File } from '../../helpers/temp';
import { folderRefusesWrites, makeUnwritable } from '../../helpers/unwritable';
import { copyVault, createTestVault, openWithKey, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';

/**
 * Every way an open or a create can be refused: each has its own code, and each leaves
 * the file byte-for-byte as it was and the folder without any new file.
 */
let dir: string;
let original: string;
let key: KeyMaterial;
let n = 0;

beforeAll(async () => {
  dir = makeTempDir('vault-errors');
  ({ path: original, key } = await createTestVault(join(dir, 'original.mentorvault'), {
    fill: (db) => {
      for (let i = 0; i < 300; i++) {
        createMentee(db, menteeProfile.parse({ name: `Mentee ${i}`, role: 'Engineer', strengths: ['listening', 'writing'], careerAims: [{ title: 'Staff engineer' }] }));
      }
    },
  }));
});

afterAll(() => removeTempDir(dir));

/** Each scenario gets its own folder so "no file was created" is exact. */
function scenarioFolder(): string {
  const folder = join(dir, `case-${++n}`);
  mkdirSync(folder);
  return folder;
}

function freshCopy(): string {
  return copyVault(original, join(scenarioFolder(), 'vault.mentorvault'));
}

async function expectRefused(path: string, code: ErrorCode, attempt: () => Promise<unknown> | unknown): Promise<VaultError> {
  const folder = join(path, '..');
  const before = existsSync(path) && statSync(path).isFile() ? sha256File(path) : undefined;
  const files = listDir(folder);
  let caught: unknown;
  try {
    const opened = await attempt();
    if (opened instanceof Vault) opened.close();
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected ${code}`).toBeInstanceOf(VaultError);
  const error = caught as VaultError;
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(10);
  expect(error.message).not.toContain(PASSPHRASE);
  if (before !== undefined) expect(sha256File(path), 'file changed by a refused open').toBe(before);
  expect(listDir(folder), 'a refused open left a file behind').toEqual(files);
  return error;
}

/** Writes bytes into the file at an offset, in place. */
function overwrite(path: string, offset: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

describe('refusals on open', () => {
  it('WRONG_PASSPHRASE for another passphrase', async () => {
    const path = freshCopy();
    await expectRefused(path, 'WRONG_PASSPHRASE', () => Vault.unlock(path, OTHER_PASSPHRASE));
  });

  it('NOT_A_VAULT for a text file', async () => {
    const path = join(scenarioFolder(), 'notes.txt');
    writeFileSync(path, 'Meeting notes\n'.repeat(400));
    await expectRefused(path, 'NOT_A_VAULT', () => Vault.unlock(path, PASSPHRASE));
  });

  it('NOT_A_VAULT for a plain, unencrypted SQLite database', async () => {
    const path = join(scenarioFolder(), 'plain.db');
    const db = new Database(path);
    db.exec("CREATE TABLE mentees (name TEXT); INSERT INTO mentees VALUES ('Plain Text Person');");
    db.close();
    const error = await expectRefused(path, 'NOT_A_VAULT', () => Vault.unlock(path, PASSPHRASE));
    expect(error.message).toMatch(/plain|unencrypted/i);
  });

  it('NOT_A_VAULT for an empty file', async () => {
    const path = join(scenarioFolder(), 'empty.mentorvault');
    writeFileSync(path, '');
    await expectRefused(path, 'NOT_A_VAULT', () => Vault.unlock(path, PASSPHRASE));
  });

  it('NOT_A_VAULT for a folder', async () => {
    const path = join(scenarioFolder(), 'folder.mentorvault');
    mkdirSync(path);
    await expectRefused(path, 'NOT_A_VAULT', () => Vault.unlock(path, PASSPHRASE));
  });

  it('NOT_A_VAULT for an encrypted database that is not a Mentor Vault (other application_id)', async () => {
    // Same key and salt as the vault, so the passphrase opens it: only the id differs.
    const path = join(scenarioFolder(), 'other-app.db');
    const db = new Database(path);
    applyKey(db, key);
    db.exec("CREATE TABLE things (x TEXT); INSERT INTO things VALUES ('not ours');");
    db.pragma('application_id = 1234');
    db.close();
    expect(sha256File(path)).not.toBe('');
    await expectRefused(path, 'NOT_A_VAULT', () => Vault.unlock(path, PASSPHRASE));
  });

  it('CORRUPT_VAULT for a vault cut in the middle of a page', async () => {
    const path = freshCopy();
    truncateSync(path, statSync(path).size - PAGE_SIZE - 700);
    await expectRefused(path, 'CORRUPT_VAULT', () => Vault.unlock(path, PASSPHRASE));
  });

  it('CORRUPT_VAULT for a vault whose last pages are missing (size still a whole number of pages)', async () => {
    const path = freshCopy();
    truncateSync(path, statSync(path).size - 3 * PAGE_SIZE);
    await expectRefused(path, 'CORRUPT_VAULT', () => Vault.unlock(path, PASSPHRASE));
  });

  it('CORRUPT_VAULT for a vault shorter than one page', async () => {
    const path = freshCopy();
    truncateSync(path, 1000);
    await expectRefused(path, 'CORRUPT_VAULT', () => Vault.unlock(path, PASSPHRASE));
  });

  it('CORRUPT_VAULT for a damaged page beyond page 1, at unlock (not on some later read)', async () => {
    const pages = statSync(original).size / PAGE_SIZE;
    expect(pages).toBeGreaterThan(20);
    // A page in the middle and one near the end: table and index pages alike.
    for (const page of [Math.floor(pages / 2), pages - 2]) {
      const path = freshCopy();
      overwrite(path, page * PAGE_SIZE + 200, Buffer.from('flipped bytes in a later page'));
      await expectRefused(path, 'CORRUPT_VAULT', () => Vault.unlock(path, PASSPHRASE));
    }
  });

  it('VAULT_TOO_NEW for a vault whose schema is newer than this app', async () => {
    const path = freshCopy();
    const db = new Database(path);
    applyKey(db, key);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const error = await expectRefused(path, 'VAULT_TOO_NEW', () => Vault.unlock(path, PASSPHRASE));
    expect(error.message).toContain(String(LATEST_SCHEMA_VERSION + 1));
  });

  it('VAULT_NOT_FOUND for a path that does not exist, and nothing is created there', async () => {
    const folder = scenarioFolder();
    const missing = join(folder, 'missing.mentorvault');
    await expectRefused(missing, 'VAULT_NOT_FOUND', () => Vault.unlock(missing, PASSPHRASE));
    expect(existsSync(missing)).toBe(false);
    const inMissingFolder = join(folder, 'no-such-folder', 'vault.mentorvault');
    await expect(Vault.unlock(inMissingFolder, PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_NOT_FOUND' });
    expect(() => openWithKey(missing, key)).toThrow(expect.objectContaining({ code: 'VAULT_NOT_FOUND' }));
    expect(listDir(folder)).toEqual([]);
  });

  it('VAULT_READ_ONLY for a read-only vault file', async (ctx) => {
    const path = freshCopy();
    const lock = makeUnwritable(path, { isFolder: false });
    if (!lock.ok) return ctx.skip(lock.reason);
    try {
      await expectRefused(path, 'VAULT_READ_ONLY', () => Vault.unlock(path, PASSPHRASE));
    } finally {
      lock.undo();
    }
  });

  it('VAULT_READ_ONLY for a vault in a folder that cannot be written (the rollback journal goes there)', async (ctx) => {
    const path = freshCopy();
    const folder = join(path, '..');
    const lock = makeUnwritable(folder, { isFolder: true });
    if (!lock.ok) return ctx.skip(lock.reason);
    try {
      expect(folderRefusesWrites(folder)).toBe(true);
      await expectRefused(path, 'VAULT_READ_ONLY', () => Vault.unlock(path, PASSPHRASE));
    } finally {
      lock.undo();
    }
  });
});

describe('refusals on create', () => {
  it('VAULT_EXISTS over an existing vault or any other file, which stays untouched', async () => {
    const path = freshCopy();
    await expectRefused(path, 'VAULT_EXISTS', () => Vault.create(path, OTHER_PASSPHRASE));
    const text = join(scenarioFolder(), 'notes.txt');
    writeFileSync(text, 'keep me');
    await expectRefused(text, 'VAULT_EXISTS', () => Vault.create(text, OTHER_PASSPHRASE));
  });

  it('PATH_NOT_WRITABLE when the folder does not exist', async () => {
    const folder = scenarioFolder();
    const path = join(folder, 'absent', 'vault.mentorvault');
    await expect(Vault.create(path, PASSPHRASE)).rejects.toMatchObject({ code: 'PATH_NOT_WRITABLE' });
    expect(listDir(folder)).toEqual([]);
  });

  it('PATH_NOT_WRITABLE for a path under a file (works as root too)', async () => {
    const folder = scenarioFolder();
    const file = join(folder, 'a-file');
    writeFileSync(file, 'x');
    await expect(Vault.create(join(file, 'vault.mentorvault'), PASSPHRASE)).rejects.toMatchObject({ code: 'PATH_NOT_WRITABLE' });
    expect(listDir(folder)).toEqual(['a-file']);
  });

  it('PATH_NOT_WRITABLE for a folder that cannot be written', async (ctx) => {
    const folder = scenarioFolder();
    const lock = makeUnwritable(folder, { isFolder: true });
    if (!lock.ok) return ctx.skip(lock.reason);
    try {
      expect(folderRefusesWrites(folder)).toBe(true);
      await expect(Vault.create(join(folder, 'vault.mentorvault'), PASSPHRASE)).rejects.toMatchObject({ code: 'PATH_NOT_WRITABLE' });
    } finally {
      lock.undo();
    }
    expect(listDir(folder)).toEqual([]);
  });

  it('WEAK_PASSPHRASE before anything is written', async () => {
    const folder = scenarioFolder();
    await expect(Vault.create(join(folder, 'vault.mentorvault'), 'password1')).rejects.toMatchObject({ code: 'WEAK_PASSPHRASE' });
    expect(listDir(folder)).toEqual([]);
  });
});

describe('the original stays usable', () => {
  it('opens with its key after all the refusals above', () => {
    const vault = openWithKey(original, key);
    try {
      expect(vault.db.prepare('SELECT count(*) FROM mentees').pluck().get()).toBe(300);
    } finally {
      vault.close();
    }
  });
});
