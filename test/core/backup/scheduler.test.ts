import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupScheduler } from '../../../src/main/features/backup/scheduler';
import { automaticBackupName, listAutomaticBackups, rotateBackups } from '../../../src/main/features/backup/rotation';
import { describeSchedule, readSchedule, writeSchedule, writeScheduleState } from '../../../src/main/features/backup/schedule';
import { VaultError } from '../../../src/main/vault/vault-error';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { keyOf, openWithKey, PASSPHRASE } from '../../helpers/vault';
import { expectSameTables, testApp, type TestApp } from './harness';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let dir: string;
let app: TestApp;
let key: KeyMaterial;

beforeAll(async () => {
  dir = makeTempDir('backup-schedule');
  app = testApp(dir);
  await app.session.create(PASSPHRASE, 'default');
  key = keyOf(app.session.current);
});

afterAll(() => {
  app.session.lock('quit');
  removeTempDir(dir);
});

function freshFolder(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  return folder;
}

/** Stands in for the real backup: writes a small file where the backup would go. */
function fakeBackups() {
  const written: string[] = [];
  let failWith: VaultError | undefined;
  return {
    written,
    failNext(err: VaultError) {
      failWith = err;
    },
    backup: async (_session: unknown, path: string) => {
      if (failWith) {
        const err = failWith;
        failWith = undefined;
        throw err;
      }
      writeFileSync(path, 'backup');
      written.push(basename(path));
    },
  };
}

describe('rotation', () => {
  it('keeps the newest N of this vault’s automatic backups and touches nothing else', () => {
    const folder = freshFolder('rotation');
    const mine = Array.from({ length: 10 }, (_, i) => automaticBackupName('0badcafe', new Date(Date.UTC(2026, 0, 1 + i, 3))));
    const others = [
      automaticBackupName('12345678', new Date(Date.UTC(2026, 0, 1))),
      'mentor-backup-2026-01-01.mentorvault',
      'mentor-vault-backup-0badcafe-20260101T030000Z.mentorvault.txt',
      'holiday.jpg',
    ];
    for (const name of [...mine, ...others]) writeFileSync(join(folder, name), 'x');
    mkdirSync(join(folder, automaticBackupName('0badcafe', new Date(Date.UTC(2025, 0, 1)))));

    const deleted = rotateBackups(folder, '0badcafe', 7);

    expect(deleted.sort()).toEqual(mine.slice(0, 3).sort());
    expect(listAutomaticBackups(folder, '0badcafe').map((p) => basename(p))).toEqual(mine.slice(3).reverse());
    for (const name of others) expect(existsSync(join(folder, name)), name).toBe(true);
  });

  it('names automatic backups with the vault’s tag and the UTC time', () => {
    expect(automaticBackupName('0badcafe', new Date(Date.UTC(2026, 2, 4, 5, 6, 7, 890)))).toBe('mentor-vault-backup-0badcafe-20260304T050607Z.mentorvault');
  });
});

describe('scheduler (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    writeSchedule(app.session.db, { frequency: 'off', folder: null });
    writeScheduleState(app.session.db, { lastBackupAt: null, lastBackupFile: null, lastAttemptAt: null, lastError: null });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('does nothing while the schedule is off', async () => {
    const fake = fakeBackups();
    const scheduler = new BackupScheduler(app.session, { checkEveryMs: HOUR, backup: fake.backup });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(10 * DAY);
    scheduler.stop();
    expect(fake.written).toEqual([]);
  });

  it('daily: a backup at the first check, the next one a day later, keeping the newest N', async () => {
    const folder = freshFolder('daily');
    writeSchedule(app.session.db, { frequency: 'daily', keep: 3, folder });
    const fake = fakeBackups();
    const scheduler = new BackupScheduler(app.session, { checkEveryMs: 60_000, backup: fake.backup });
    scheduler.start();

    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.written).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(23 * HOUR);
    expect(fake.written).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(fake.written).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5 * DAY);
    scheduler.stop();

    expect(fake.written).toHaveLength(7);
    const tag = readSchedule(app.session.db).tag!;
    expect(fake.written.every((name) => name.startsWith(`mentor-vault-backup-${tag}-`))).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(fake.written.slice(-3).sort());
    expect(describeSchedule(app.session.db)).toMatchObject({ lastBackupFile: fake.written.at(-1), lastError: null });
  });

  it('weekly: one backup a week', async () => {
    const folder = freshFolder('weekly');
    writeSchedule(app.session.db, { frequency: 'weekly', keep: 7, folder });
    const fake = fakeBackups();
    const scheduler = new BackupScheduler(app.session, { checkEveryMs: 5 * 60_000, backup: fake.backup });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(6 * DAY);
    expect(fake.written).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(15 * DAY);
    scheduler.stop();
    expect(fake.written).toHaveLength(3);
  });

  it('records a failure (code and message only) and tries again an hour later, not at every check', async () => {
    const folder = freshFolder('failing');
    writeSchedule(app.session.db, { frequency: 'daily', keep: 7, folder });
    const fake = fakeBackups();
    fake.failNext(new VaultError('DISK_FULL', 'The disk is full; no backup was written.'));
    const scheduler = new BackupScheduler(app.session, { checkEveryMs: 60_000, backup: fake.backup });
    scheduler.start();

    await vi.advanceTimersByTimeAsync(60_000);
    expect(describeSchedule(app.session.db)).toMatchObject({ lastBackupAt: null, lastError: 'DISK_FULL: The disk is full; no backup was written.' });
    await vi.advanceTimersByTimeAsync(50 * 60_000);
    expect(fake.written).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    scheduler.stop();
    expect(fake.written).toHaveLength(1);
    expect(describeSchedule(app.session.db).lastError).toBeNull();
  });

  it('records a missing folder as an error', async () => {
    writeSchedule(app.session.db, { frequency: 'daily', keep: 7, folder: join(dir, 'gone') });
    const fake = fakeBackups();
    const scheduler = new BackupScheduler(app.session, { backup: fake.backup });
    expect(await scheduler.tick()).toBe('failed');
    expect(describeSchedule(app.session.db).lastError).toMatch(/^PATH_NOT_WRITABLE:/);
    expect(fake.written).toEqual([]);
  });
});

describe('scheduler (a real automatic backup)', () => {
  it('writes a checked backup with the vault’s key into the folder and records it', async () => {
    const folder = freshFolder('real');
    writeSchedule(app.session.db, { frequency: 'daily', keep: 2, folder });
    writeScheduleState(app.session.db, { lastBackupAt: null, lastAttemptAt: null, lastError: null });
    app.session.db
      .prepare("INSERT INTO mentees (name, status, created_at, updated_at) VALUES ('Scheduled', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
      .run();
    const scheduler = new BackupScheduler(app.session);

    expect(await scheduler.tick(new Date('2026-04-01T08:00:00Z'))).toBe('done');
    expect(await scheduler.tick(new Date('2026-04-01T12:00:00Z'))).toBe('not-due');

    const [file] = listAutomaticBackups(folder, readSchedule(app.session.db).tag!);
    expect(basename(file!)).toMatch(/-20260401T080000Z\.mentorvault$/);
    const copy = openWithKey(file!, key);
    try {
      expect(copy.db.prepare("SELECT count(*) FROM mentees WHERE name = 'Scheduled'").pluck().get()).toBe(1);
      // The state written after the backup is the only difference.
      copy.db.prepare("DELETE FROM settings WHERE key = 'backup.state'").run();
      app.session.db.prepare("DELETE FROM settings WHERE key = 'backup.state'").run();
      expectSameTables(copy.db, app.session.db);
    } finally {
      copy.close();
    }
  });

  it('skips while the vault is locked', async () => {
    const scheduler = new BackupScheduler(app.session);
    app.session.lock('user');
    try {
      expect(await scheduler.tick()).toBe('locked');
    } finally {
      await app.session.unlock(PASSPHRASE);
    }
  });
});
