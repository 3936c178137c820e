import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../src/main/app/config';
import { VaultSession } from '../../../src/main/app/session';
import { handlers } from '../../../src/main/ipc/handlers';
import { createRouter } from '../../../src/main/ipc/router';
import { TestPlatform } from '../../bridge/test-platform';
import { routerCalls, type RouterCalls } from '../../helpers/router-calls';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { PASSPHRASE } from '../../helpers/vault';

let dir: string;
let session: VaultSession;
let calls: RouterCalls;

beforeAll(async () => {
  dir = makeTempDir('sync-bridge');
  const platform = new TestPlatform(dir);
  session = new VaultSession(new ConfigStore(join(dir, 'config.json')), { defaultVaultPath: join(dir, 'mentor.mentorvault'), demoVaultPath: join(dir, 'demo.mentorvault') });
  calls = routerCalls(createRouter(handlers, { session, platform }));
  await calls.call('vault.create', { passphrase: PASSPHRASE, location: 'default' });
});
afterAll(() => {
  session.lock('quit');
  removeTempDir(dir);
});

describe('sync at the bridge', () => {
  it('refuses a relative folder and a missing one in words, and starts with a real one', async () => {
    const relative = await calls.fail('sync.start', { folder: 'Dropbox/mentoring', passphrase: PASSPHRASE });
    expect(relative.message).toMatch(/full path, not a relative one/);
    const missing = await calls.fail('sync.start', { folder: join(dir, 'nowhere'), passphrase: PASSPHRASE });
    expect(missing.message).toMatch(/sync folder does not exist/);
    expect((await calls.call('sync.status', {})).folder).toBeNull();

    const folder = makeTempDir('sync-bridge-folder');
    try {
      await calls.call('mentees.create', { name: 'Ada Lovelace', status: 'active' });
      expect((await calls.call('sync.start', { folder, passphrase: PASSPHRASE })).sent).toBeGreaterThan(0);
      expect((await calls.call('sync.now', {})).sent).toBe(0);
      const status = await calls.call('sync.status', {});
      expect(status.folder).toBe(folder);
      expect(status.pendingChanges).toBe(0);
    } finally {
      removeTempDir(folder);
    }
  });
});

describe('kept revisions at the bridge', () => {
  it('refuses an id that is not a whole positive number, or extra fields, next to the id, before anything is read', async () => {
    for (const method of ['sync.restoreRevision', 'sync.dismissRevision'] as const) {
      for (const input of [{}, { id: 'seven' }, { id: -1 }, { id: 2.5 }]) {
        const refused = await calls.fail(method, input as never);
        expect(refused.code).toBe('INVALID_INPUT');
        expect(refused.issues).toEqual([{ path: ['id'], message: 'Choose a kept revision from the list' }]);
      }
      expect((await calls.fail(method, { id: 1, dataset: 'notes' } as never)).code).toBe('INVALID_INPUT');
      // A well-formed id the vault does not hold is a refusal with its own code, not a crash.
      expect((await calls.fail(method, { id: 999 })).code).toBe('NOT_FOUND');
    }
    expect(await calls.call('sync.revisions', {})).toEqual([]);
  });
});
