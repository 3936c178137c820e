import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncRounds } from '../../../src/main/features/sync/auto-rounds';
import { openKeysFile } from '../../../src/main/features/sync/journal/keys';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { computer, type Computer } from './computer';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';

let dir: string;
let folder: string;
let laptop: Computer;
let desktop: Computer;

const count = (c: Computer, table: string) => c.session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

beforeAll(async () => {
  dir = makeTempDir('sync-settings');
  folder = join(dir, 'Dropbox');
  [laptop, desktop] = [await computer(dir, 'laptop'), await computer(dir, 'desktop')];
  mkdirSync(folder);
});
afterAll(() => {
  laptop.session.lock('quit');
  desktop.session.lock('quit');
  removeTempDir(dir);
});

// The scenarios build on each other, as the two computers would: start, join, rename, restart, change the passphrase.
describe('Settings > Sync through the bridge, on two real vaults', () => {
  it('chooses the folder in the dialog and saves nothing until sync starts', async () => {
    laptop.platform.nextFolderPath = folder;
    expect(await laptop.calls.call('sync.chooseFolder', {})).toEqual({ folder });
    laptop.platform.cancelNextDialog = true;
    expect(await laptop.calls.call('sync.chooseFolder', {})).toBeNull();
    expect((await laptop.calls.call('sync.status', {})).folder).toBeNull();
  });

  it('the first computer wraps the folder’s key only with the vault’s own passphrase, and writes only where it may', async () => {
    expect((await laptop.calls.fail('sync.start', { folder, passphrase: OTHER_PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    expect(existsSync(join(folder, 'keys.json'))).toBe(false);
    const readOnly = join(dir, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    try {
      // A root user may write anywhere: then the refusal cannot be seen here.
      if (process.getuid?.() !== 0) expect((await laptop.calls.fail('sync.start', { folder: readOnly, passphrase: PASSPHRASE })).code).toBe('PATH_NOT_WRITABLE');
    } finally {
      chmodSync(readOnly, 0o700);
    }
    expect((await laptop.calls.call('sync.status', {})).folder).toBeNull();
  });

  it('starts on the laptop; a fresh desktop joining leaves its seeded catalogue to the folder, as the CLI join does', async () => {
    await laptop.calls.call('mentees.create', { name: 'Ada Lovelace', status: 'active' });
    const seeded = count(laptop, 'competencies');
    expect(seeded).toBeGreaterThan(0);
    expect((await laptop.calls.call('sync.start', { folder, passphrase: PASSPHRASE })).sent).toBeGreaterThan(0);

    // A seed that differs from the laptop's (a vault made by another version of the app) would
    // otherwise travel as rows of its own.
    desktop.session.db.prepare("UPDATE competencies SET name = name || ' (older wording)' WHERE rowid = (SELECT min(rowid) FROM competencies)").run();
    const joined = await desktop.calls.call('sync.start', { folder, passphrase: PASSPHRASE });
    expect(joined.received).toBeGreaterThan(0);
    expect(joined.sent).toBe(0);
    // One copy of the catalogue, the laptop's, on both computers: not the desktop's as well.
    expect(count(desktop, 'competencies')).toBe(seeded);
    expect(count(desktop, 'mentees')).toBe(1);
    expect((await desktop.calls.call('sync.status', {})).pendingChanges).toBe(0);
    await laptop.calls.call('sync.now', {});
    expect(count(laptop, 'competencies')).toBe(seeded);
  });

  it('tells when each other computer was last read, and who has not been read yet', async () => {
    const desktopStatus = await desktop.calls.call('sync.status', {});
    expect(desktopStatus.unlocked).toBe(true);
    expect(desktopStatus.otherDevices).toHaveLength(1);
    const laptopOnDesktop = desktopStatus.otherDevices[0]!;
    expect(laptopOnDesktop.lastSeen).not.toBeNull();
    expect(Date.now() - Date.parse(laptopOnDesktop.lastSeen!)).toBeLessThan(60_000);

    // The desktop's first round only received, so it has written nothing to the folder yet:
    // the laptop knows of no other computer until it has.
    expect((await laptop.calls.call('sync.status', {})).otherDevices).toEqual([]);

    await desktop.calls.call('mentees.create', { name: 'Grace Hopper', status: 'active' });
    expect((await desktop.calls.call('sync.status', {})).pendingChanges).toBeGreaterThan(0);
    expect((await desktop.calls.call('sync.now', {})).sent).toBeGreaterThan(0);
    expect((await laptop.calls.call('sync.now', {})).applied).toBeGreaterThan(0);
    const after = await laptop.calls.call('sync.status', {});
    expect(after.otherDevices).toHaveLength(1);
    expect(after.otherDevices[0]!.id).not.toBe(laptopOnDesktop.id);
    expect(after.otherDevices[0]!.lastSeen).not.toBeNull();
    expect(after.lastSync?.received).toBeGreaterThan(0);
    expect(count(laptop, 'mentees')).toBe(2);
  });

  it('renames this computer within 1 to 60 characters, and the name stays out of the folder', async () => {
    expect((await laptop.calls.fail('sync.rename', { name: '   ' })).message).toMatch(/Give this computer a name/);
    expect((await laptop.calls.fail('sync.rename', { name: 'x'.repeat(61) })).message).toMatch(/at most 60 characters/);
    const renamed = await laptop.calls.call('sync.rename', { name: '  Study laptop Zeppelin  ' });
    expect(renamed.deviceName).toBe('Study laptop Zeppelin');
    expect((await laptop.calls.call('sync.status', {})).deviceName).toBe('Study laptop Zeppelin');
    await laptop.calls.call('sync.now', {});
    const clear = [...(readdirSync(folder, { recursive: true }) as string[]), readFileSync(join(folder, 'keys.json'), 'utf8')].join('\n');
    expect(clear).not.toContain('Zeppelin');
  });

  it('after a restart asks for the passphrase again, and a second start keeps what was synced', async () => {
    desktop.session.lock('user');
    await desktop.calls.call('vault.unlock', { passphrase: PASSPHRASE });
    const status = await desktop.calls.call('sync.status', {});
    expect(status.folder).toBe(folder);
    expect(status.unlocked).toBe(false);
    expect((await desktop.calls.fail('sync.now', {})).code).toBe('VAULT_LOCKED');
    // Rounds by themselves wait for the key too, and stop at a lock.
    const rounds = new SyncRounds(desktop.session);
    expect(rounds.tick()).toBe('paused');
    expect((await desktop.calls.fail('sync.start', { folder, passphrase: OTHER_PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    await desktop.calls.call('sync.start', { folder, passphrase: PASSPHRASE });
    expect((await desktop.calls.call('sync.status', {})).unlocked).toBe(true);
    const before = (await desktop.calls.call('sync.status', {})).lastSync!.at;
    await new Promise((done) => setTimeout(done, 5));
    expect(rounds.tick()).toBe('done');
    expect((await desktop.calls.call('sync.status', {})).lastSync!.at > before).toBe(true);
    // Not a fresh join: nothing was cleared, and nothing is sent twice.
    expect(count(desktop, 'mentees')).toBe(2);
    expect((await desktop.calls.call('sync.now', {})).sent).toBe(0);
  });

  it('a passphrase change rewraps the folder’s keys, or says why it could not', async () => {
    const changed = await laptop.calls.call('vault.changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE });
    expect(changed.syncKeys).toBe('rewrapped');
    await expect(openKeysFile(folder, PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect((await openKeysFile(folder, OTHER_PASSPHRASE)).dataKey).toHaveLength(32);
    // The same data key: the laptop's unwrapped key still syncs, and the desktop reads it.
    await laptop.calls.call('mentees.create', { name: 'Katherine Johnson', status: 'active' });
    expect((await laptop.calls.call('sync.now', {})).sent).toBeGreaterThan(0);
    expect((await desktop.calls.call('sync.now', {})).applied).toBeGreaterThan(0);

    // The desktop's vault still has the old passphrase; the folder opens with the new one.
    desktop.session.lock('user');
    await desktop.calls.call('vault.unlock', { passphrase: PASSPHRASE });
    expect((await desktop.calls.fail('sync.start', { folder, passphrase: PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    await desktop.calls.call('sync.start', { folder, passphrase: OTHER_PASSPHRASE });
    // Changing the desktop's vault to a third passphrase leaves the folder to the laptop's.
    const third = 'granite harbour sleeps 93 kites';
    expect((await desktop.calls.call('vault.changePassphrase', { current: PASSPHRASE, next: third })).syncKeys).toBe('otherPassphrase');
    expect((await openKeysFile(folder, OTHER_PASSPHRASE)).dataKey).toHaveLength(32);

    // A folder out of reach (the sync service's drive unmounted) is told, and the vault is re-keyed anyway.
    renameSync(folder, `${folder}-away`);
    try {
      expect((await laptop.calls.call('vault.changePassphrase', { current: OTHER_PASSPHRASE, next: third })).syncKeys).toBe('unreachable');
    } finally {
      renameSync(`${folder}-away`, folder);
    }
    laptop.session.lock('user');
    await laptop.calls.call('vault.unlock', { passphrase: third });
  });

  it('says nothing about sync when the vault does not sync', async () => {
    const other = await computer(dir, 'tablet');
    try {
      expect(new SyncRounds(other.session).tick()).toBe('off');
      expect((await other.calls.call('vault.changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE })).syncKeys).toBe('notSyncing');
      expect((await other.calls.fail('sync.rename', { name: 'Tablet' })).code).toBe('NOT_FOUND');
    } finally {
      other.session.lock('quit');
    }
    expect(new SyncRounds(other.session).tick()).toBe('locked');
  });
});
