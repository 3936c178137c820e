import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { backupServiceFor } from '../../../src/main/features/backup/service';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import type { BackupProgress } from '../../../src/shared/backup/schema';
import { listDir, makeTempDir, removeTempDir, sha256File } from '../../helpers/temp';
import { keyOf, openWithKey, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';
import { corruptPage, expectSameTables, middlePage, testApp, type TestApp } from './harness';

let dir: string;
let app: TestApp;
let key: KeyMaterial;
let backup: string;

beforeAll(async () => {
  dir = makeTempDir('backup-bridge');
  app = testApp(dir);
  await app.session.create(PASSPHRASE, 'default');
  fillDemoVault(app.session.db, { mentees: 4, seed: 31 });
  key = keyOf(app.session.current);
});

afterAll(() => {
  app.session.lock('quit');
  removeTempDir(dir);
});

async function finished(jobId: string): Promise<BackupProgress> {
  for (;;) {
    const progress = await app.call('backup.progress', { jobId });
    if (progress.state !== 'running') return progress;
    await new Promise((r) => setTimeout(r, 10));
  }
}

const vaultPath = () => app.session.current.path;
const menteeNames = () => (app.session.db.prepare('SELECT name FROM mentees ORDER BY name').pluck().all() as string[]).join('|');

describe('backup over the bridge', () => {
  it('backup.create asks where to save, runs as a job, and backup.progress reports it to the end', async () => {
    backup = join(dir, 'bridge.mentorvault');
    app.platform.nextSavePath = backup;
    expect(await app.call('backup.getSchedule', {})).toMatchObject({ lastBackupAt: null, lastBackupFile: null });
    const started = await app.call('backup.create', {});
    expect(started?.jobId).toMatch(/^[0-9a-f]{16}$/);

    const progress = await finished(started!.jobId);
    expect(progress).toMatchObject({ state: 'done', phase: 'finished', fraction: 1, error: null, result: { path: backup, separatePassphrase: false } });
    // A backup made by hand is the last backup as soon as it is reported done.
    const schedule = await app.call('backup.getSchedule', {});
    expect(schedule.lastBackupFile).toBe('bridge.mentorvault');
    expect(schedule.lastBackupAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const copy = openWithKey(backup, key);
    try {
      expectSameTables(copy.db, app.session.db, true);
    } finally {
      copy.close();
    }
  });

  it('answers null when the save dialog is cancelled, and refuses bad input naming the field', async () => {
    const before = listDir(dir);
    app.platform.cancelNextDialog = true;
    expect(await app.call('backup.create', {})).toBeNull();
    expect(await app.fail('backup.create', { separatePassphrase: 12 })).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['separatePassphrase'] }] });
    expect(await app.fail('backup.create', { destination: '/tmp/x' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await app.fail('backup.progress', { jobId: 'nope' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await app.fail('backup.progress', { jobId: '0123456789abcdef' })).toMatchObject({ code: 'NOT_FOUND' });
    app.platform.nextSavePath = join(dir, 'weak.mentorvault');
    expect(await app.fail('backup.create', { separatePassphrase: 'password1' })).toMatchObject({ code: 'WEAK_PASSPHRASE' });
    expect(listDir(dir)).toEqual(before);
  });

  it('stops a running backup when the vault locks, leaving no file', async () => {
    const before = listDir(dir);
    app.platform.nextSavePath = join(dir, 'interrupted.mentorvault');
    const started = await app.call('backup.create', { separatePassphrase: OTHER_PASSPHRASE });
    app.session.lock('idle');
    const service = backupServiceFor(app.session);
    await expect(app.fail('backup.progress', { jobId: started!.jobId })).resolves.toMatchObject({ code: 'VAULT_LOCKED' });
    for (let i = 0; i < 500 && service.busy; i++) await new Promise((r) => setTimeout(r, 10));
    expect(service.progress(started!.jobId)).toMatchObject({ state: 'failed', error: { code: 'CANCELLED' } });
    expect(listDir(dir)).toEqual(before);
    await app.session.unlock(PASSPHRASE);
  });

  it('backup.verify checks a chosen backup without changing anything', async () => {
    const before = listDir(dir);
    app.platform.nextOpenPath = backup;
    const check = await app.call('backup.verify', { passphrase: PASSPHRASE });
    expect(check).toMatchObject({ path: backup, checks: ['passphrase', 'integrity', 'every row read', 'hash chains'] });
    expect(check!.rowsRead).toBeGreaterThan(4);
    app.platform.nextOpenPath = backup;
    expect(await app.fail('backup.verify', { passphrase: OTHER_PASSPHRASE })).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await app.call('backup.verify', { passphrase: PASSPHRASE })).toBeNull(); // no file chosen
    expect(listDir(dir)).toEqual(before);
  });
});

describe('restore over the bridge', () => {
  it('refuses to replace without the typed confirmation, naming the field', async () => {
    app.platform.nextOpenPath = backup;
    const error = await app.fail('backup.restore', { mode: 'replace', passphrase: PASSPHRASE });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['confirm'] }] });
    expect(await app.fail('backup.restore', { mode: 'replace', passphrase: PASSPHRASE, confirm: 'yes' })).toMatchObject({ code: 'INVALID_INPUT' });
    app.platform.nextOpenPath = undefined;
  });

  it('refuses a corrupted backup: the open vault stays byte-identical, open and unchanged', async () => {
    const corrupted = join(dir, 'corrupted.mentorvault');
    copyFileSync(backup, corrupted);
    corruptPage(corrupted, middlePage(corrupted));
    const hash = sha256File(vaultPath());
    const names = menteeNames();
    const vaultFolder = listDir(join(dir, 'vault'));

    app.platform.nextOpenPath = corrupted;
    expect(await app.fail('backup.restore', { mode: 'replace', passphrase: PASSPHRASE, confirm: 'REPLACE' })).toMatchObject({ code: 'CORRUPT_VAULT' });

    expect(sha256File(vaultPath())).toBe(hash);
    expect(listDir(join(dir, 'vault'))).toEqual(vaultFolder);
    expect(app.session.isUnlocked).toBe(true);
    expect(menteeNames()).toBe(names);
  });

  it('refuses the open vault itself as the backup to restore', async () => {
    app.platform.nextOpenPath = vaultPath();
    expect(await app.fail('backup.restore', { mode: 'replace', passphrase: PASSPHRASE, confirm: 'REPLACE' })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('restores into a new file chosen in a save dialog, never over an existing one', async () => {
    const target = join(dir, 'restored-copy.mentorvault');
    app.platform.nextOpenPath = backup;
    app.platform.nextSavePath = target;
    const result = await app.call('backup.restore', { mode: 'new-file', passphrase: PASSPHRASE });
    expect(result).toMatchObject({ mode: 'new-file', path: target, keptAsidePath: null });
    const restored = openWithKey(target, key);
    try {
      expectSameTables(restored.db, app.session.db, true);
    } finally {
      restored.close();
    }
    const hash = sha256File(target);
    app.platform.nextOpenPath = backup;
    app.platform.nextSavePath = target;
    expect(await app.fail('backup.restore', { mode: 'new-file', passphrase: PASSPHRASE })).toMatchObject({ code: 'VAULT_EXISTS' });
    expect(sha256File(target)).toBe(hash);
  });

  it('replaces the open vault after confirmation: the old file is kept aside and the session reopens the restored one', async () => {
    app.session.db
      .prepare("INSERT INTO mentees (name, status, created_at, updated_at) VALUES ('Added After Backup', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
      .run();
    const path = vaultPath();
    const before = sha256File(path);

    app.platform.nextOpenPath = backup;
    const result = await app.call('backup.restore', { mode: 'replace', passphrase: PASSPHRASE, confirm: 'REPLACE' });

    expect(result).toMatchObject({ mode: 'replace', path, status: { state: 'unlocked', path } });
    expect(existsSync(result!.keptAsidePath!)).toBe(true);
    expect(sha256File(result!.keptAsidePath!)).toBe(before);
    expect(app.session.isUnlocked).toBe(true);
    expect(menteeNames()).not.toContain('Added After Backup');
    const aside = openWithKey(result!.keptAsidePath!, key);
    try {
      expect((aside.db.prepare('SELECT name FROM mentees').pluck().all() as string[]).includes('Added After Backup')).toBe(true);
    } finally {
      aside.close();
    }
  });
});

describe('automatic backup settings over the bridge', () => {
  it('turning a schedule on asks for a folder; a cancelled chooser changes nothing; keep is checked', async () => {
    expect(await app.call('backup.getSchedule', {})).toMatchObject({ frequency: 'off', keep: 7, folder: null, nextDueAt: null });

    app.platform.cancelNextDialog = true;
    expect(await app.call('backup.setSchedule', { frequency: 'daily' })).toBeNull();
    expect(await app.call('backup.getSchedule', {})).toMatchObject({ frequency: 'off', folder: null });

    const folder = join(dir, 'auto');
    mkdirSync(folder);
    app.platform.nextFolderPath = folder;
    const schedule = await app.call('backup.setSchedule', { frequency: 'weekly', keep: 3 });
    expect(schedule).toMatchObject({ frequency: 'weekly', keep: 3, folder, lastBackupAt: null });
    expect(schedule!.nextDueAt).not.toBeNull();

    // Changing the frequency keeps the folder without asking again.
    expect(await app.call('backup.setSchedule', { frequency: 'daily', keep: 5 })).toMatchObject({ frequency: 'daily', keep: 5, folder });
    expect(await app.fail('backup.setSchedule', { frequency: 'daily', keep: 0 })).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['keep'] }] });
    expect(await app.fail('backup.setSchedule', { frequency: 'hourly' })).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['frequency'] }] });
    expect(await app.call('backup.setSchedule', { frequency: 'off' })).toMatchObject({ frequency: 'off', folder, nextDueAt: null });
  });

  it('keeps the schedule after the mentor profile and the paper size were read (they share its settings statement)', async () => {
    // The charter screen reads the mentor, the PDF dialogs the paper size, before the schedule is set.
    await app.call('mentor.get', {});
    await app.call('documents.getSettings', {});
    const folder = join(dir, 'auto-after-reads');
    mkdirSync(folder);
    app.platform.nextFolderPath = folder;
    await app.call('backup.setSchedule', { frequency: 'weekly', keep: 4, chooseFolder: true });
    expect(await app.call('backup.getSchedule', {})).toMatchObject({ frequency: 'weekly', keep: 4, folder });
    expect(await app.call('mentor.get', {})).toBeDefined();
  });
});
