import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../src/main/app/config';
import { VaultSession } from '../../../src/main/app/session';
import { handlers } from '../../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../../src/main/ipc/router';
import { TestPlatform } from '../../bridge/test-platform';
import { routerCalls, type RouterCalls } from '../../helpers/router-calls';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { PASSPHRASE } from '../../helpers/vault';

/** The unlock screen's recent vaults: kept in the app's config (paths only), chosen, forgotten, missing ones said. */
let dir: string;
let platform: TestPlatform;
let dispatch: Dispatch;
let session: VaultSession;
const configFile = () => join(dir, 'config.json');

// Through whichever router the newest session has.
const call: RouterCalls['call'] = (method, input) => routerCalls(dispatch).call(method, input);

function newSession(): void {
  session?.lock('quit');
  session = new VaultSession(new ConfigStore(configFile()), {
    defaultVaultPath: join(dir, 'vault', 'mentor.mentorvault'),
    demoVaultPath: join(dir, 'demo', 'demo.mentorvault'),
  });
  dispatch = createRouter(handlers, { session, platform });
}

beforeAll(() => {
  dir = makeTempDir('recent-vaults');
  platform = new TestPlatform(dir);
  newSession();
});

afterAll(() => {
  session.lock('quit');
  removeTempDir(dir);
});

const mainPath = () => join(dir, 'vault', 'mentor.mentorvault');
const otherPath = () => join(dir, 'other.mentorvault');

describe('recent vaults', () => {
  it('lists the vaults created and unlocked here, newest first, never the demo', async () => {
    expect(await call('vault.recent', {})).toEqual([]);
    await call('vault.create', { passphrase: PASSPHRASE, location: 'default' });
    platform.nextSavePath = otherPath();
    await call('vault.chooseLocation', {});
    await call('vault.create', { passphrase: PASSPHRASE, location: 'chosen' });
    await call('vault.createDemo', {});
    expect(await call('vault.recent', {})).toEqual([
      { path: otherPath(), missing: false, current: false },
      { path: mainPath(), missing: false, current: false },
    ]);
  });

  it('makes a listed vault the one to unlock, and puts it first once unlocked', async () => {
    expect(await call('vault.selectRecent', { path: mainPath() })).toMatchObject({ state: 'locked', path: mainPath(), isDemo: false });
    expect((await call('vault.recent', {}) as { current: boolean }[]).map((r) => r.current)).toEqual([false, true]);
    expect(await call('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked', path: mainPath() });
    expect((await call('vault.recent', {}) as { path: string }[]).map((r) => r.path)).toEqual([mainPath(), otherPath()]);
  });

  it('keeps only paths in the config file, and the list across restarts', () => {
    const config = JSON.parse(readFileSync(configFile(), 'utf8')) as { recentVaults: string[] };
    expect(config.recentVaults).toEqual([mainPath(), otherPath()]);
    expect(readFileSync(configFile(), 'utf8')).not.toContain(PASSPHRASE);
    newSession();
    expect(session.recentVaults().map((r) => r.path)).toEqual([mainPath(), otherPath()]);
  });

  it('says a missing file is missing, and refuses to select it or a path not in the list', async () => {
    renameSync(otherPath(), `${otherPath()}.moved`);
    expect(await call('vault.recent', {})).toContainEqual({ path: otherPath(), missing: true, current: false });
    expect(await dispatch('vault.selectRecent', { path: otherPath() })).toMatchObject({ ok: false, error: { code: 'VAULT_NOT_FOUND', message: expect.stringMatching(/missing/) } });
    expect(await dispatch('vault.selectRecent', { path: join(dir, 'elsewhere.mentorvault') })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch('vault.selectRecent', { path: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: ['path'] }] } });
    expect(await dispatch('vault.forgetRecent', { path: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: ['path'], message: 'Choose a vault from the list' }] } });
    // The refusals changed nothing.
    expect(session.status()).toMatchObject({ path: mainPath() });
  });

  it('forgets a vault without touching its file, and keeps the last five', async () => {
    expect(await call('vault.forgetRecent', { path: otherPath() })).toEqual([{ path: mainPath(), missing: false, current: true }]);
    const config = new ConfigStore(configFile());
    for (let i = 0; i < 7; i++) config.lastVaultPath = join(dir, `v${i}.mentorvault`);
    expect(config.recentVaults).toEqual([6, 5, 4, 3, 2].map((i) => join(dir, `v${i}.mentorvault`)));
  });
});
