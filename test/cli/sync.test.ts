import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMentee, deleteMentee } from '../../src/main/features/mentees/store';
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

  it('says when another computer’s deletions are held, and keeps or applies them on request', async () => {
    const laptop = join(dir, 'held-laptop.mentorvault');
    const desktop = join(dir, 'held-desktop.mentorvault');
    const folder = join(dir, 'HeldSync');
    expect((await runCli(['create', laptop], { passphrase: PASSPHRASE })).code).toBe(0);
    const names = Array.from({ length: 20 }, (_v, i) => `Mentee ${i + 10}`);
    const vault = await Vault.unlock(laptop, PASSPHRASE);
    for (const name of names) createMentee(vault.db, menteeProfile.parse({ name, status: 'active', strengths: [], careerAims: [] }));
    vault.close();
    expect((await runCli(['sync', laptop, '--folder', folder], { passphrase: PASSPHRASE })).code).toBe(0);
    expect((await runCli(['sync', desktop, '--folder', folder], { passphrase: PASSPHRASE })).code).toBe(0);
    const other = await Vault.unlock(desktop, PASSPHRASE);
    for (const row of other.db.prepare('SELECT id, name FROM mentees ORDER BY name LIMIT 15').all() as { id: number; name: string }[]) deleteMentee(other.db, row.id, row.name);
    other.close();
    expect((await runCli(['sync', desktop, '--folder', folder], { passphrase: PASSPHRASE })).code).toBe(0);

    const held = await runCli(['sync', laptop, '--folder', folder], { passphrase: PASSPHRASE });
    expect(held.code, held.stderr).toBe(0);
    expect(held.stdout).toMatch(/^held: 15 records another computer deleted at once\. Run again with --confirm-deletions .* or --keep-deleted /m);
    // Named by the start of the desktop's folder id, the name of its folder in the sync folder.
    const again = await Vault.unlock(desktop, PASSPHRASE);
    const desktopId = again.db.prepare("SELECT value FROM sync_state WHERE key = 'folder_device_id'").pluck().get() as string;
    again.close();
    expect(held.stdout).toMatch(new RegExp(`^deleted on computer ${desktopId.slice(0, 8)}$`, 'm'));
    expect((await runCli(['sync-status', laptop], { passphrase: PASSPHRASE })).stdout).toContain('held: 15 records');
    const both = await runCli(['sync', laptop, '--folder', folder, '--confirm-deletions', '--keep-deleted'], { passphrase: PASSPHRASE });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');

    const kept = await runCli(['sync', laptop, '--folder', folder, '--keep-deleted'], { passphrase: PASSPHRASE });
    expect(kept.stdout).toMatch(/^kept on every computer: 15 records \(sent again\)$/m);
    expect((await runCli(['sync', desktop, '--folder', folder], { passphrase: PASSPHRASE })).code).toBe(0);
    expect(await exportOf(desktop)).toEqual(await exportOf(laptop));
    expect(JSON.stringify(await exportOf(desktop))).toContain('Mentee 10');
    expect((await runCli(['sync', laptop, '--folder', folder, '--confirm-deletions'], { passphrase: PASSPHRASE })).stdout).toContain('no deletions were held');
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
