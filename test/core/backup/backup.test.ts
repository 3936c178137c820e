import { copyFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { keyForFile, startFileCheck } from '../../../src/main/features/backup/check';
import { startBackup } from '../../../src/main/features/backup/create';
import { readHead } from '../../../src/main/vault/fs-durable';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/vault/migrations';
import { Vault } from '../../../src/main/vault/vault';
import { listDir, makeTempDir, removeTempDir, sha256File } from '../../helpers/temp';
import { keyOf, openWithKey, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';
import { corruptPage, expectSameTables, middlePage } from './harness';

let dir: string;
let vault: Vault;
let key: KeyMaterial;

beforeAll(async () => {
  dir = makeTempDir('backup');
  vault = await Vault.create(join(dir, 'main.mentorvault'), PASSPHRASE);
  fillDemoVault(vault.db, { mentees: 6, seed: 11 });
  key = keyOf(vault);
});

afterAll(() => {
  vault.close();
  removeTempDir(dir);
});

const mentees = (db: Vault['db']) => db.prepare('SELECT count(*) FROM mentees').pluck().get() as number;

describe('encrypted backup', () => {
  it('copies the open vault under its own key: the copy opens and matches table by table, and the vault stays usable', async () => {
    const destination = join(dir, 'same-key.mentorvault');
    const run = startBackup(vault, { destination });
    // The copy runs in a worker: the vault answers meanwhile.
    expect(mentees(vault.db)).toBe(6);
    const result = await run.done;

    expect(result).toMatchObject({ path: destination, separatePassphrase: false, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(result.pagesChecked).toBe(result.bytes / 4096);
    expect(run.snapshot()).toMatchObject({ phase: 'finished', fraction: 1 });
    expect(readHead(destination, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(readHead(destination, 16).equals(key.salt)).toBe(true);

    const copy = openWithKey(destination, key);
    try {
      expectSameTables(copy.db, vault.db);
    } finally {
      copy.close();
    }

    // Still open and writable; what is written now is not in the backup.
    vault.db
      .prepare("INSERT INTO mentees (name, status, created_at, updated_at) VALUES ('After Backup', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
      .run();
    expect(mentees(vault.db)).toBe(7);
    const again = openWithKey(destination, key);
    try {
      expect(mentees(again.db)).toBe(6);
    } finally {
      again.close();
    }
  });

  it('writes a backup under a separate passphrase: the vault passphrase does not open it, its own does, and the data match', async () => {
    const destination = join(dir, 'own-passphrase.mentorvault');
    const result = await startBackup(vault, { destination, separatePassphrase: OTHER_PASSPHRASE }).done;
    expect(result.separatePassphrase).toBe(true);

    await expect(keyForFile(destination, PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const own = await keyForFile(destination, OTHER_PASSPHRASE);
    const copy = Vault.openWithKey(destination, own);
    try {
      expectSameTables(copy.db, vault.db);
    } finally {
      copy.close();
    }
  });

  it('refuses a weak backup passphrase, the open vault as destination, and an existing file, writing nothing', () => {
    const existing = join(dir, 'existing.mentorvault');
    writeFileSync(existing, 'not a backup, and must stay as it is');
    const before = listDir(dir);
    const vaultHash = sha256File(vault.path);
    const existingHash = sha256File(existing);

    expect(() => startBackup(vault, { destination: join(dir, 'weak.mentorvault'), separatePassphrase: 'password1' })).toThrow(
      expect.objectContaining({ code: 'WEAK_PASSPHRASE' }),
    );
    expect(() => startBackup(vault, { destination: vault.path, overwrite: true })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => startBackup(vault, { destination: existing })).toThrow(expect.objectContaining({ code: 'VAULT_EXISTS' }));
    expect(() => startBackup(vault, { destination: join(dir, 'no-such-folder', 'b.mentorvault') })).toThrow(
      expect.objectContaining({ code: 'PATH_NOT_WRITABLE' }),
    );

    expect(listDir(dir)).toEqual(before);
    expect(sha256File(vault.path)).toBe(vaultHash);
    expect(sha256File(existing)).toBe(existingHash);
  });

  it('replaces a file the save dialog confirmed, only with a backup that passed its check', async () => {
    const destination = join(dir, 'confirmed.mentorvault');
    writeFileSync(destination, 'an older file the mentor chose to replace');
    await startBackup(vault, { destination, overwrite: true }).done;
    const copy = openWithKey(destination, key);
    try {
      expectSameTables(copy.db, vault.db);
    } finally {
      copy.close();
    }
  });

  it("refuses a copy with any damaged page at the depth a backup checks (every page read, not every row)", async () => {
    const written = join(dir, 'to-damage.mentorvault');
    await startBackup(vault, { destination: written }).done;
    await expect(startFileCheck(written, key, 'pages').done).resolves.toMatchObject({ pagesChecked: statSync(written).size / 4096 });
    const last = statSync(written).size / 4096 - 1;
    for (const page of [1, middlePage(written), last]) {
      const damaged = join(dir, `damaged-${page}.mentorvault`);
      copyFileSync(written, damaged);
      corruptPage(damaged, page);
      await expect(startFileCheck(damaged, key, 'pages').done, `page ${page} of ${last + 1}`).rejects.toMatchObject({ code: 'CORRUPT_VAULT' });
    }
  });

  it('leaves no file behind when the backup is stopped', async () => {
    const before = listDir(dir);
    const run = startBackup(vault, { destination: join(dir, 'stopped.mentorvault') });
    run.cancel();
    await expect(run.done).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(listDir(dir)).toEqual(before);
    expect(existsSync(join(dir, 'stopped.mentorvault'))).toBe(false);
  });
});
