import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAutomaticBackups } from '../../../src/main/features/backup/rotation';
import { readSchedule } from '../../../src/main/features/backup/schedule';
import { BackupScheduler } from '../../../src/main/features/backup/scheduler';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { PASSPHRASE } from '../../helpers/vault';
import { testApp, type TestApp } from './harness';

/** A vault created in the app backs itself up from the start: daily, the last 7 kept, beside the vault. */
let dir: string;
let app: TestApp;

beforeAll(() => {
  dir = makeTempDir('backup-default');
  app = testApp(dir);
});

afterAll(() => {
  app.session.lock('quit');
  removeTempDir(dir);
});

describe('automatic backups of a new vault', () => {
  it('are on after vault.create: daily, keep 7, in a folder beside the vault, and the first one is due at once', async () => {
    await app.call('vault.create', { passphrase: PASSPHRASE, location: 'default' });
    const folder = join(dir, 'vault', 'backups');
    const schedule = await app.call('backup.getSchedule', {});
    expect(schedule).toMatchObject({ frequency: 'daily', keep: 7, folder, lastBackupAt: null, lastError: null });
    expect(schedule.nextDueAt).not.toBeNull();
    expect(statSync(folder).isDirectory()).toBe(true);

    const now = new Date(Date.parse(schedule.nextDueAt!) + 1000);
    expect(await new BackupScheduler(app.session).tick(now)).toBe('done');
    expect(listAutomaticBackups(folder, readSchedule(app.session.db).tag!)).toHaveLength(1);
  });

  it('can be turned off, and stay off after the vault is locked and unlocked', async () => {
    expect(await app.call('backup.setSchedule', { frequency: 'off' })).toMatchObject({ frequency: 'off', nextDueAt: null });
    await app.call('vault.lock', {});
    await app.call('vault.unlock', { passphrase: PASSPHRASE });
    expect(await app.call('backup.getSchedule', {})).toMatchObject({ frequency: 'off', nextDueAt: null });
    expect(await new BackupScheduler(app.session).tick(new Date(Date.now() + 2 * 24 * 3600 * 1000))).toBe('off');
  });

  it('are not turned on for the demo vault of invented data', async () => {
    await app.call('vault.createDemo', {});
    expect(await app.call('backup.getSchedule', {})).toMatchObject({ frequency: 'off', folder: null });
    expect(existsSync(join(dir, 'demo', 'backups'))).toBe(false);
  });
});
