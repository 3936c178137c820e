import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigStore } from '../../src/main/app/config';
import { IdleLock } from '../../src/main/app/idle-lock';
import { VaultSession } from '../../src/main/app/session';
import { handlers } from '../../src/main/ipc/handlers';
import { createRouter } from '../../src/main/ipc/router';
import { METHOD_NAMES } from '../../src/shared/contract';
import { TestPlatform } from '../bridge/test-platform';

/** Methods about choosing, creating and unlocking a vault, which must work while locked. */
const ALLOWED_WHILE_LOCKED = new Set([
  'vault.status',
  'vault.unlock',
  'vault.create',
  'vault.createDemo',
  'vault.switch',
  'vault.chooseLocation',
  'vault.recent',
  'vault.selectRecent',
  'vault.forgetRecent',
  'vault.move',
  'vault.openCopy',
  'vault.lock',
  'settings.get',
  'settings.update',
  'app.activity',
]);

const PASSPHRASE = 'lantern orchard quietly 42 rivers';
let dir: string;
let session: VaultSession;
let dispatch: ReturnType<typeof createRouter>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-lock-'));
  session = new VaultSession(new ConfigStore(undefined), {
    defaultVaultPath: join(dir, 'vault.mentorvault'),
    demoVaultPath: join(dir, 'demo.mentorvault'),
  });
  dispatch = createRouter(handlers, { session, platform: new TestPlatform(dir) });
  await session.create(PASSPHRASE, 'default');
});

afterAll(() => {
  session.lock('quit');
  rmSync(dir, { recursive: true, force: true });
});

describe('lock', () => {
  it('closes the database handle and answers VAULT_LOCKED to every data method', async () => {
    const created = await dispatch('mentees.create', { name: 'Locked Test' });
    expect(created.ok).toBe(true);
    const db = session.db;
    expect(db.open).toBe(true);

    await expect(dispatch('vault.lock', {})).resolves.toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(db.open).toBe(false);

    const locked = METHOD_NAMES.filter((m) => !ALLOWED_WHILE_LOCKED.has(m));
    expect(locked.length).toBeGreaterThan(5);
    for (const method of locked) {
      const result = await dispatch(method, {});
      expect(result, method).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    }
    console.log(`lock: ${locked.length} data methods answered VAULT_LOCKED after lock`);

    await expect(dispatch('vault.unlock', { passphrase: PASSPHRASE })).resolves.toMatchObject({ ok: true, value: { state: 'unlocked' } });
    const list = await dispatch('mentees.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('a refused create changes nothing: the open vault stays unlocked', async () => {
    if (!session.isUnlocked) await session.unlock(PASSPHRASE);
    const locks: string[] = [];
    const off = session.onLock((reason) => locks.push(reason));
    try {
      await expect(dispatch('vault.create', { passphrase: 'password1', location: 'default' })).resolves.toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
      // The default path holds the open vault already.
      await expect(dispatch('vault.create', { passphrase: 'amber falcon drifts 93 valleys', location: 'default' })).resolves.toMatchObject({ ok: false, error: { code: 'VAULT_EXISTS' } });
      expect(locks).toEqual([]);
      expect(session.isUnlocked).toBe(true);
      await expect(dispatch('mentees.list', {})).resolves.toMatchObject({ ok: true });
    } finally {
      off();
    }
  });

  it('locks after the idle time set, and activity postpones it', () => {
    vi.useFakeTimers();
    try {
      let minutes = 10;
      const reasons: string[] = [];
      const off = session.onLock((reason) => reasons.push(reason));
      const idle = new IdleLock(() => minutes, () => session.lock('idle'));
      expect(session.isUnlocked).toBe(true);
      idle.touch();
      vi.advanceTimersByTime(9 * 60_000);
      idle.touch(); // activity restarts the count
      vi.advanceTimersByTime(9 * 60_000);
      expect(session.isUnlocked).toBe(true);
      vi.advanceTimersByTime(60_000 + 1);
      expect(session.isUnlocked).toBe(false);
      expect(reasons).toEqual(['idle']);
      minutes = 1;
      idle.touch();
      vi.advanceTimersByTime(60_001);
      expect(reasons).toEqual(['idle']); // already locked: no second event
      idle.stop();
      off();
    } finally {
      vi.useRealTimers();
    }
  });

  it('locks during an unattended meeting: autosaves, reads and prefetches are not activity, input is', async () => {
    if (!session.isUnlocked) await session.unlock(PASSPHRASE);
    const mentee = await dispatch('mentees.create', { name: 'Idle Meeting' });
    if (!mentee.ok) throw new Error('mentee not created');
    const menteeId = (mentee.value as { id: number }).id;
    const meeting = await dispatch('meetings.create', { menteeId, kind: 'formal-review', date: '2030-03-04', time: '10:00', timeZone: 'UTC' });
    if (!meeting.ok) throw new Error('meeting not created');
    const meetingId = (meeting.value as { id: number }).id;
    const started = await dispatch('meetings.start', { id: meetingId });
    expect(started.ok).toBe(true);

    // The router as the shell wires it: a person's activity restarts a one-minute idle lock.
    const idle = new IdleLock(() => 1, () => session.lock('idle'));
    const watched = createRouter(handlers, { session, platform: new TestPlatform(dir) }, { onActivity: () => idle.touch() });
    const reasons: string[] = [];
    const off = session.onLock((reason) => reasons.push(reason));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await expect(watched('app.activity', {})).resolves.toEqual({ ok: true, value: null });
      // Meeting mode left open: progress saved every 5 s, a draft saved, the page refreshing.
      let saves = 0;
      for (let second = 5; second <= 55; second += 5) {
        vi.advanceTimersByTime(5_000);
        const saved = await watched('meetings.saveProgress', { meetingId, currentItemId: null, elapsedSeconds: second, items: [] });
        expect(saved.ok, `save at ${second} s`).toBe(true);
        await watched('meetings.saveDraft', { meetingId, field: 'notes', text: `draft at ${second} s` });
        await watched('meetings.get', { id: meetingId });
        saves += 1;
      }
      expect(session.isUnlocked).toBe(true);
      vi.advanceTimersByTime(5_001);
      expect(session.isUnlocked).toBe(false);
      expect(reasons).toEqual(['idle']);
      console.log(`lock: idle lock fired after ${saves} autosaves in one idle minute`);

      // A person's input postpones it; unlocking starts the count again.
      await expect(watched('vault.unlock', { passphrase: PASSPHRASE })).resolves.toMatchObject({ ok: true, value: { state: 'unlocked' } });
      vi.advanceTimersByTime(50_000);
      await watched('app.activity', {});
      vi.advanceTimersByTime(50_000);
      expect(session.isUnlocked).toBe(true);
      await watched('meetings.saveProgress', { meetingId, currentItemId: null, elapsedSeconds: 70, items: [] });
      vi.advanceTimersByTime(10_001);
      expect(session.isUnlocked).toBe(false);
      expect(reasons).toEqual(['idle', 'idle']);
    } finally {
      vi.useRealTimers();
      idle.stop();
      off();
    }
  });
});
