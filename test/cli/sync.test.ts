import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMentee } from '../../src/main/features/mentees/store';
import { menteeProfile } from '../../src/shared/mentees/schema';
import { Vault } from '../../src/main/vault/vault';
import { comparableExport } from '../core/sync/replicas';
import { runCli } from '../helpers/cli';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../helpers/vault';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('cli-sync');
});
afterAll(() => removeTempDir(dir));

async function exportOf(path: string) {
  const vault = await Vault.unlock(path, PASSPHRASE);
  try {
    return comparableExport(vault.db);
  } finally {
    vault.close();
  }
}

describe('mentor-vault sync', () => {
  it('a laptop syncs, a desktop joins from the folder, and both hold the same plans', async () => {
    const laptop = join(dir, 'laptop.mentorvault');
    const desktop = join(dir, 'desktop.mentorvault');
    const folder = join(dir, 'Sync');
    expect((await runCli(['create', laptop], { passphrase: PASSPHRASE })).code).toBe(0);
    const vault = await Vault.unlock(laptop, PASSPHRASE);
    createMentee(vault.db, menteeProfile.parse({ name: 'Ada Lovelace', status: 'active', strengths: [], careerAims: [] }));
    vault.close();

    const sent = await runCli(['sync', laptop, '--folder', folder], { passphrase: PASSPHRASE });
    expect(sent.stderr).toBe('');
    expect(sent.stdout).toMatch(/^sent: [1-9]\d* changes$/m);

    const joined = await runCli(['sync', desktop, '--folder', folder], { passphrase: PASSPHRASE });
    expect(joined.stderr).toBe('');
    expect(joined.stdout).toContain('from the sync folder');
    expect(joined.stdout).toMatch(/^received: [1-9]\d* changes/m);
    expect((await runCli(['sync', laptop, '--folder', folder], { passphrase: PASSPHRASE })).code).toBe(0);

    const a = await exportOf(laptop);
    expect(JSON.stringify(a)).toContain('Ada Lovelace');
    expect(await exportOf(desktop)).toEqual(a);
    expect((await runCli(['verify', desktop], { passphrase: PASSPHRASE })).code).toBe(0);

    const status = await runCli(['sync-status', desktop], { passphrase: PASSPHRASE });
    expect(status.stdout).toContain(`folder: ${folder}`);
    expect(status.stdout).toContain('other devices: 1');
  });

  it('refuses a wrong passphrase and a folder that is not a sync folder, in words, and makes no vault', async () => {
    const folder = join(dir, 'Sync');
    const wrong = await runCli(['sync', join(dir, 'third.mentorvault'), '--folder', folder], { passphrase: OTHER_PASSPHRASE });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/passphrase does not open/);
    expect(existsSync(join(dir, 'third.mentorvault'))).toBe(false);

    const plain = join(dir, 'Photos');
    mkdirSync(plain);
    writeFileSync(join(plain, 'beach.jpg'), 'not a sync file');
    const refused = await runCli(['sync', join(dir, 'fourth.mentorvault'), '--folder', plain], { passphrase: PASSPHRASE });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/is not a sync folder/);
    expect(existsSync(join(dir, 'fourth.mentorvault'))).toBe(false);
  });
});
