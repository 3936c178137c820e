import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { keyForFile } from '../../../src/main/features/backup/check';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import { Vault } from '../../../src/main/vault/vault';
import { listDir, makeTempDir, removeTempDir, sha256File } from '../../helpers/temp';
import { createTestVault, openWithKey, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';
import { cli, corruptPage, expectSameTables, middlePage } from './harness';

let dir: string;
let source: { path: string; key: KeyMaterial };
const env = { MENTOR_VAULT_PASSPHRASE: PASSPHRASE };

beforeAll(async () => {
  dir = makeTempDir('backup-cli');
  source = await createTestVault(join(dir, 'demo.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 5, seed: 41 }) });
});

afterAll(() => removeTempDir(dir));

function expectSameAsSource(path: string, key: KeyMaterial): void {
  const a = openWithKey(path, key);
  const b = openWithKey(source.path, source.key);
  try {
    expectSameTables(a.db, b.db);
  } finally {
    a.close();
    b.close();
  }
}

describe('mentor-vault backup / restore', () => {
  it('backup VAULT DEST writes a checked copy; restore BACKUP NEWVAULT writes it back as a new vault', async () => {
    const dest = join(dir, 'b1.mentorvault');
    const backup = await cli(['backup', source.path, dest], env);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^backup written: .*b1\.mentorvault \(\d+ bytes, \d+ pages checked, the vault's passphrase\)/);
    expectSameAsSource(dest, source.key);

    const target = join(dir, 'restored.mentorvault');
    const restore = await cli(['restore', dest, target], env);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/^restored .*restored\.mentorvault/);
    expectSameAsSource(target, source.key);
  });

  it('backup --passphrase-env NAME makes a backup that only its own passphrase opens', async () => {
    const dest = join(dir, 'own.mentorvault');
    const result = await cli(['backup', source.path, dest, '--passphrase-env', 'BACKUP_PASS'], { ...env, BACKUP_PASS: OTHER_PASSPHRASE });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('its own passphrase');
    await expect(keyForFile(dest, PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const own = await keyForFile(dest, OTHER_PASSPHRASE);
    expectSameAsSource(dest, own);

    const target = join(dir, 'from-own.mentorvault');
    expect((await cli(['restore', dest, target], { MENTOR_VAULT_PASSPHRASE: OTHER_PASSPHRASE })).code).toBe(0);
    const restored = await Vault.unlock(target, OTHER_PASSPHRASE);
    restored.close();
  });

  it('refuses bad usage (exit 2) and existing destinations (exit 1), writing nothing', async () => {
    const taken = join(dir, 'taken.mentorvault');
    writeFileSync(taken, 'mine');
    const before = listDir(dir);
    const takenHash = sha256File(taken);

    const unset = await cli(['backup', source.path, join(dir, 'x.mentorvault'), '--passphrase-env', 'NOT_SET_ANYWHERE'], env);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('NOT_SET_ANYWHERE is not set');
    expect((await cli(['backup', source.path], env)).code).toBe(2);

    const exists = await cli(['backup', source.path, taken], env);
    expect(exists).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error: VAULT_EXISTS: /) });
    const overwrite = await cli(['restore', join(dir, 'b1.mentorvault'), taken], env);
    expect(overwrite).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error: VAULT_EXISTS: /) });

    expect(listDir(dir)).toEqual(before);
    expect(sha256File(taken)).toBe(takenHash);
  });

  it('restore refuses a corrupted backup and a wrong passphrase, and writes no vault', async () => {
    const corrupted = join(dir, 'corrupted.mentorvault');
    copyFileSync(join(dir, 'b1.mentorvault'), corrupted);
    corruptPage(corrupted, middlePage(corrupted));
    const before = listDir(dir);

    const bad = await cli(['restore', corrupted, join(dir, 'never.mentorvault')], env);
    expect(bad).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error: CORRUPT_VAULT: /) });
    const wrong = await cli(['restore', join(dir, 'b1.mentorvault'), join(dir, 'never.mentorvault')], { MENTOR_VAULT_PASSPHRASE: OTHER_PASSPHRASE });
    expect(wrong).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error: WRONG_PASSPHRASE: /) });

    expect(listDir(dir)).toEqual(before);
    expect(existsSync(join(dir, 'never.mentorvault'))).toBe(false);
  });
});
