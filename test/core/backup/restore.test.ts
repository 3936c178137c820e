import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
// The escalation hash-chain check registers itself on import, as the app's handlers do.
import '../../../src/main/features/escalations/verify-check';
import { startBackup } from '../../../src/main/features/backup/create';
import { prepareRestore, promoteReplacing, promoteToNewFile } from '../../../src/main/features/backup/restore';
import { APPLICATION_ID, applyKey, configure } from '../../../src/main/vault/connection';
import { deriveKey, KeyMaterial, newestKdf } from '../../../src/main/vault/kdf';
import { migrate } from '../../../src/main/vault/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/vault/migrations';
import { createSqlite, openSqlite } from '../../../src/main/vault/sqlite';
import { Vault } from '../../../src/main/vault/vault';
import { listDir, makeTempDir, removeTempDir, sha256File } from '../../helpers/temp';
import { keyOf, openWithKey, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';
import { corruptPage, expectSameTables, middlePage } from './harness';

let dir: string;
let vault: Vault;
let key: KeyMaterial;
let backup: string;

beforeAll(async () => {
  dir = makeTempDir('restore');
  vault = await Vault.create(join(dir, 'main.mentorvault'), PASSPHRASE);
  fillDemoVault(vault.db, { mentees: 5, seed: 23 });
  key = keyOf(vault);
  backup = join(dir, 'good.mentorvault');
  await startBackup(vault, { destination: backup }).done;
});

afterAll(() => {
  vault.close();
  removeTempDir(dir);
});

/** Runs `work` and asserts that nothing in the folder appeared, vanished or changed. */
async function expectNothingChanges(work: () => Promise<unknown>): Promise<void> {
  const names = listDir(dir);
  const hashes = names.map((n) => sha256File(join(dir, n)));
  await work();
  expect(listDir(dir)).toEqual(names);
  expect(names.map((n) => sha256File(join(dir, n)))).toEqual(hashes);
}

describe('restore', () => {
  it('restores a backup into a new file that opens with the backup passphrase and matches table by table', async () => {
    const target = join(dir, 'restored.mentorvault');
    const prepared = await prepareRestore(backup, PASSPHRASE, dir);
    expect(prepared.rowsRead).toBeGreaterThan(5);
    expect(promoteToNewFile(prepared, target)).toBe(target);
    expect(existsSync(prepared.temp)).toBe(false);

    const restored = openWithKey(target, key);
    try {
      expectSameTables(restored.db, vault.db);
    } finally {
      restored.close();
    }
  });

  it('never overwrites an existing file and leaves no hidden copy behind', async () => {
    const taken = join(dir, 'taken.mentorvault');
    writeFileSync(taken, 'someone else');
    await expectNothingChanges(async () => {
      const prepared = await prepareRestore(backup, PASSPHRASE, dir);
      expect(existsSync(prepared.temp)).toBe(true);
      expect(() => promoteToNewFile(prepared, taken)).toThrow(expect.objectContaining({ code: 'VAULT_EXISTS' }));
    });
  });

  it.each(['second', 'middle', 'last'] as const)('refuses a backup with a corrupted %s page, and nothing changes', async (which) => {
    const corrupted = join(dir, `corrupted-${which}.mentorvault`);
    copyFileSync(backup, corrupted);
    const pages = statSync(corrupted).size / 4096;
    corruptPage(corrupted, which === 'second' ? 1 : which === 'middle' ? middlePage(corrupted) : pages - 1);
    await expectNothingChanges(async () => {
      await expect(prepareRestore(corrupted, PASSPHRASE, dir)).rejects.toMatchObject({ code: 'CORRUPT_VAULT' });
    });
  });

  it('refuses a backup whose escalation timeline was altered behind the app, naming the chain', async () => {
    expect(vault.db.prepare('SELECT count(*) FROM escalation_entries').pluck().get()).toBeGreaterThan(0);
    const tampered = join(dir, 'tampered.mentorvault');
    copyFileSync(backup, tampered);
    const db = openSqlite(tampered);
    try {
      applyKey(db, key);
      // What an attacker with the key could do: bypass the append-only trigger and edit an entry.
      db.exec('DROP TRIGGER escalation_entries_no_update');
      db.exec("UPDATE escalation_entries SET outcome = outcome || ' (edited)' WHERE id = (SELECT min(id) FROM escalation_entries)");
    } finally {
      db.close();
    }
    await expectNothingChanges(async () => {
      await expect(prepareRestore(tampered, PASSPHRASE, dir)).rejects.toMatchObject({
        code: 'CORRUPT_VAULT',
        message: expect.stringContaining('escalation-chain'),
      });
    });
  });

  it('refuses a wrong passphrase and a file that is not a vault, and nothing changes', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'This is a plain text file, not a backup of anything at all.\n'.repeat(100));
    await expectNothingChanges(async () => {
      await expect(prepareRestore(backup, OTHER_PASSPHRASE, dir)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
      await expect(prepareRestore(text, PASSPHRASE, dir)).rejects.toMatchObject({ code: 'NOT_A_VAULT' });
      await expect(prepareRestore(join(dir, 'missing.mentorvault'), PASSPHRASE, dir)).rejects.toMatchObject({ code: 'VAULT_NOT_FOUND' });
    });
  });

  it('brings a backup from an older schema up to date on the hidden copy, leaving no migration copy behind', async () => {
    const old = join(dir, 'schema-1.mentorvault');
    const salt = randomBytes(16);
    const oldKey = new KeyMaterial(await deriveKey(PASSPHRASE, salt, newestKdf()), salt, newestKdf());
    const db = createSqlite(old);
    try {
      applyKey(db, oldKey);
      configure(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db, { backupPath: undefined, migrations: MIGRATIONS.slice(0, 1) });
      db.prepare("INSERT INTO vault_meta (key, value) VALUES ('kdf_version', '1')").run();
      db.prepare("INSERT INTO mentees (name, status, created_at, updated_at) VALUES ('From Schema One', 'active', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')").run();
    } finally {
      db.close();
    }
    const target = join(dir, 'upgraded.mentorvault');
    const prepared = await prepareRestore(old, PASSPHRASE, dir);
    expect(prepared.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    promoteToNewFile(prepared, target);
    expect(listDir(dir).filter((n) => n.includes('before-migration') || n.includes('.restore-'))).toEqual([]);
    const upgraded = openWithKey(target, oldKey);
    try {
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(upgraded.db.prepare('SELECT name FROM mentees').pluck().all()).toEqual(['From Schema One']);
    } finally {
      upgraded.close();
    }
  });

  it('refuses a backup from a newer app, and nothing changes', async () => {
    const newer = join(dir, 'newer.mentorvault');
    copyFileSync(backup, newer);
    const db = openSqlite(newer);
    try {
      applyKey(db, key);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    } finally {
      db.close();
    }
    await expectNothingChanges(async () => {
      await expect(prepareRestore(newer, PASSPHRASE, dir)).rejects.toMatchObject({ code: 'VAULT_TOO_NEW' });
    });
  });

  it('replacing keeps the previous file aside under a timestamped name and puts the backup in place', async () => {
    const current = join(dir, 'current.mentorvault');
    copyFileSync(vault.path, current);
    const live = openWithKey(current, key);
    live.db
      .prepare("INSERT INTO mentees (name, status, created_at, updated_at) VALUES ('Only In Current', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
      .run();
    live.close();
    const before = sha256File(current);

    const prepared = await prepareRestore(backup, PASSPHRASE, dir);
    const aside = promoteReplacing(prepared, current);

    expect(aside).toMatch(/current\.mentorvault\.before-restore-\d{4}-\d{2}-\d{2}T/);
    expect(sha256File(aside)).toBe(before);
    expect(sha256File(current)).toBe(sha256File(backup));
    const restored = openWithKey(current, key);
    try {
      expect(restored.db.prepare("SELECT count(*) FROM mentees WHERE name = 'Only In Current'").pluck().get()).toBe(0);
    } finally {
      restored.close();
    }
  });
});
