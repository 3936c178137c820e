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
  'vault.lock',
  'settings.get',
  'settings.update',
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
});
