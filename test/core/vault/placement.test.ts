import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../src/main/app/config';
import { VaultSession } from '../../../src/main/app/session';
import { handlers } from '../../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../../src/main/ipc/router';
import { conflictedCopiesOf, syncedFolderOf } from '../../../src/main/vault/placement';
import type { VaultStatus } from '../../../src/shared/vault/schema';
import { TestPlatform } from '../../bridge/test-platform';
import { routerCalls } from '../../helpers/router-calls';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { PASSPHRASE } from '../../helpers/vault';

/** A live vault in a folder that a file-sync service copies is found, said, and moved out whole. */
let dir: string;
beforeAll(() => {
  dir = makeTempDir('placement');
});
afterAll(() => removeTempDir(dir));

function folder(...parts: string[]): string {
  const path = join(dir, ...parts);
  mkdirSync(path, { recursive: true });
  return path;
}

describe('which sync service holds a vault', () => {
  it('knows the services by their root folders and marker files', () => {
    const cases: [string, string, string][] = [
      [folder('a', 'Dropbox', 'mentoring'), 'Dropbox', join(dir, 'a', 'Dropbox')],
      [folder('b', 'Dropbox (Acme)', 'x'), 'Dropbox', join(dir, 'b', 'Dropbox (Acme)')],
      [folder('c', 'OneDrive - Acme Ltd', 'Documents'), 'OneDrive', join(dir, 'c', 'OneDrive - Acme Ltd')],
      [folder('d', 'Library', 'Mobile Documents', 'com~apple~CloudDocs', 'Work'), 'iCloud Drive', join(dir, 'd', 'Library', 'Mobile Documents', 'com~apple~CloudDocs')],
      [folder('e', 'Library', 'CloudStorage', 'GoogleDrive-jo@example.org', 'My Drive'), 'Google Drive', join(dir, 'e', 'Library', 'CloudStorage', 'GoogleDrive-jo@example.org')],
    ];
    for (const [where, service, root] of cases) expect(syncedFolderOf(join(where, 'mentor.mentorvault'), {})).toEqual({ service, folder: root });
    // Syncthing and a renamed Dropbox are known by the marker their root holds.
    const shared = folder('f', 'shared');
    mkdirSync(join(shared, '.stfolder'));
    expect(syncedFolderOf(join(folder('f', 'shared', 'deep', 'er'), 'v.mentorvault'), {})).toEqual({ service: 'Syncthing', folder: shared });
    const renamed = folder('g', 'Work files');
    writeFileSync(join(renamed, '.dropbox'), '{}');
    expect(syncedFolderOf(join(renamed, 'v.mentorvault'), {})?.service).toBe('Dropbox');
  });

  it("reads OneDrive's folders from Windows' variables, and leaves other folders alone", () => {
    const business = folder('h', 'Work Sync');
    expect(syncedFolderOf(join(business, 'v.mentorvault'), { OneDriveCommercial: business })).toEqual({ service: 'OneDrive', folder: business });
    expect(syncedFolderOf(join(folder('i', 'Documents', 'Dropboxes'), 'v.mentorvault'), { OneDrive: join(dir, 'h') })).toBeNull();
    expect(syncedFolderOf(join(folder('i', 'Documents'), 'v.mentorvault'), {})).toBeNull();
  });
});

describe("a sync service's conflicted copies of a vault", () => {
  it('are found beside it by the names each service gives them, and nothing else is', () => {
    const here = folder('copies', 'Dropbox');
    const names = [
      'mentor.mentorvault',
      "mentor (Jordan's conflicted copy 2026-12-01).mentorvault",
      'mentor.sync-conflict-20261201-101500-7ZQ4XKA.mentorvault',
      'mentor (1).mentorvault',
      'mentor 2.mentorvault',
      'mentor-DESKTOP-4F2K9.mentorvault',
      'mentor-notes.txt',
      'mentoring.mentorvault',
      'mentor-vault-backup-daily-20261201T101500Z.mentorvault',
      'other (conflicted copy 2026-12-01).mentorvault',
    ];
    for (const name of names) writeFileSync(join(here, name), 'x');
    const found = conflictedCopiesOf(join(here, 'mentor.mentorvault'), true).map((p) => p.slice(here.length + 1));
    expect(found).toEqual([
      'mentor (1).mentorvault',
      "mentor (Jordan's conflicted copy 2026-12-01).mentorvault",
      'mentor 2.mentorvault',
      'mentor-DESKTOP-4F2K9.mentorvault',
      'mentor.sync-conflict-20261201-101500-7ZQ4XKA.mentorvault',
    ]);
    // Outside a synced folder, only the unmistakable names count: "mentor 2" may be the mentor's own file.
    expect(conflictedCopiesOf(join(here, 'mentor.mentorvault'), false).map((p) => p.slice(here.length + 1))).toEqual([
      "mentor (Jordan's conflicted copy 2026-12-01).mentorvault",
      'mentor.sync-conflict-20261201-101500-7ZQ4XKA.mentorvault',
    ]);
  });
});

describe('moving the vault out of a synced folder', () => {
  let session: VaultSession;
  let dispatch: Dispatch;
  let platform: TestPlatform;
  const inDropbox = () => join(dir, 'move', 'Dropbox', 'mentor.mentorvault');
  const own = () => join(dir, 'move', 'app', 'vault', 'mentor.mentorvault');
  const call = <T>(method: string, input: unknown) => routerCalls(dispatch).call(method as never, input as never) as Promise<T>;
  const fail = (method: string, input: unknown) => routerCalls(dispatch).fail(method as never, input as never);

  beforeAll(async () => {
    folder('move', 'Dropbox');
    platform = new TestPlatform(join(dir, 'move'));
    session = new VaultSession(new ConfigStore(join(dir, 'move', 'config.json')), { defaultVaultPath: own(), demoVaultPath: join(dir, 'move', 'demo.mentorvault') });
    dispatch = createRouter(handlers, { session, platform });
    platform.nextSavePath = inDropbox();
    await call('vault.chooseLocation', {});
    await call('vault.create', { passphrase: PASSPHRASE, location: 'chosen' });
    await call('mentees.create', { name: 'Ada Lovelace', status: 'active' });
  });
  afterAll(() => session.lock('quit'));

  it('says where it is, and refuses to move an open vault', async () => {
    const status = await call<VaultStatus>('vault.status', {});
    expect(status.placement).toEqual({ syncedFolder: { service: 'Dropbox', folder: join(dir, 'move', 'Dropbox') }, conflictedCopies: [] });
    expect(await fail('vault.move', { to: 'default' })).toMatchObject({ code: 'CONFLICT', message: 'Lock the vault first: an open vault is never moved.' });
    expect(await fail('vault.move', { to: 'elsewhere' })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('moves it whole to the app folder: the same bytes, unlocked there, remembered there, gone from the synced folder', async () => {
    await call('vault.lock', {});
    const before = readFileSync(inDropbox());
    const moved = await call<VaultStatus>('vault.move', { to: 'default' });
    expect(moved).toMatchObject({ state: 'locked', path: own(), placement: { syncedFolder: null, conflictedCopies: [] } });
    expect(readFileSync(own()).equals(before)).toBe(true);
    expect(existsSync(inDropbox())).toBe(false);
    expect(existsSync(`${own()}.moving`)).toBe(false);
    await call('vault.unlock', { passphrase: PASSPHRASE });
    expect((await call<{ rows: { name: string }[] }>('mentees.list', {})).rows.map((m) => m.name)).toEqual(['Ada Lovelace']);
    expect(await call('vault.recent', {})).toEqual([{ path: own(), missing: false, current: true }]);
  });

  it('never overwrites a file that is already there, and leaves the vault where it was', async () => {
    await call('vault.lock', {});
    platform.nextSavePath = join(dir, 'move', 'taken.mentorvault');
    writeFileSync(platform.nextSavePath, 'somebody else');
    await call('vault.chooseLocation', {});
    expect(await fail('vault.move', { to: 'chosen' })).toMatchObject({ code: 'VAULT_EXISTS' });
    expect(readFileSync(join(dir, 'move', 'taken.mentorvault'), 'utf8')).toBe('somebody else');
    expect((await call<VaultStatus>('vault.status', {})).path).toBe(own());
    await call('vault.unlock', { passphrase: PASSPHRASE });
  });
});

describe('opening a conflicted copy', () => {
  it('makes a copy found beside the vault the one to unlock, and no other file', async () => {
    const here = folder('open', 'Dropbox');
    const platform = new TestPlatform(here);
    const session = new VaultSession(new ConfigStore(join(dir, 'open', 'config.json')), { defaultVaultPath: join(here, 'mentor.mentorvault'), demoVaultPath: join(dir, 'open', 'demo.mentorvault') });
    const dispatch = createRouter(handlers, { session, platform });
    const { call, fail } = routerCalls(dispatch);
    await call('vault.create', { passphrase: PASSPHRASE, location: 'default' });
    await call('vault.lock', {});
    const copy = join(here, "mentor (Sam's conflicted copy 2026-12-02).mentorvault");
    writeFileSync(copy, readFileSync(join(here, 'mentor.mentorvault')));
    expect((await call('vault.status', {})).placement?.conflictedCopies).toEqual([copy]);
    expect(await fail('vault.openCopy', { path: join(dir, 'placement-elsewhere.mentorvault') })).toMatchObject({ code: 'NOT_FOUND' });
    // Merging takes only a found copy, and an unlocked vault.
    expect(await fail('vault.mergeCopy', { path: copy, passphrase: PASSPHRASE })).toMatchObject({ code: 'VAULT_LOCKED' });
    await call('vault.unlock', { passphrase: PASSPHRASE });
    expect(await fail('vault.mergeCopy', { path: join(dir, 'placement-elsewhere.mentorvault'), passphrase: PASSPHRASE })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fail('vault.mergeCopy', { path: copy, passphrase: '' })).toMatchObject({ code: 'INVALID_INPUT' });
    await call('vault.lock', {});
    expect(await call('vault.openCopy', { path: copy })).toMatchObject({ state: 'locked', path: copy });
    await call('vault.unlock', { passphrase: PASSPHRASE });
    expect((await call('vault.recent', {}))[0]).toEqual({ path: copy, missing: false, current: true });
    session.lock('quit');
  });
});
