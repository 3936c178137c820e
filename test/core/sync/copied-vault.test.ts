import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../../src/main/features/escalations/verify-check';
import { createMentee } from '../../../src/main/features/mentees/store';
import { createNote } from '../../../src/main/features/notes/store';
import { startSync, syncNow } from '../../../src/main/features/sync/service';
import { verifyDatabase } from '../../../src/main/vault/verify';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import type { Vault } from '../../../src/main/vault/vault';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { noteFields } from '../../../src/shared/notes/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey, PASSPHRASE } from '../../helpers/vault';
import { comparableExport } from './replicas';

/**
 * The vault file copied to a second computer (the way many people move a file), or an older
 * backup of it restored, carries its sync identity along. Two vaults writing as one would pass
 * each other's changes over as their own; instead the one that finds a newer segment of "its
 * own" in the folder takes a new identity, and both converge.
 */
let dir: string;
let folder: string;
const open: Vault[] = [];
const note = (db: Vault['db'], body: string) => {
  const menteeId = db.prepare('SELECT id FROM mentees ORDER BY id LIMIT 1').pluck().get() as number;
  createNote(db, noteFields.parse({ menteeId, title: body, body }));
};
const identity = (v: Vault) => v.db.prepare("SELECT key, value FROM sync_state WHERE key IN ('device_id', 'folder_device_id') ORDER BY key").all();
const titles = (v: Vault) => v.db.prepare('SELECT title FROM notes ORDER BY title').pluck().all();

beforeEach(() => {
  dir = makeTempDir('sync-copied');
  folder = join(dir, 'Dropbox');
  mkdirSync(folder);
});
afterEach(() => {
  for (const v of open.splice(0)) v.close();
  removeTempDir(dir);
});

async function vaultWithMentee(): Promise<{ path: string; key: KeyMaterial }> {
  return createTestVault(join(dir, 'laptop.mentorvault'), { fill: (db) => void createMentee(db, menteeProfile.parse({ name: 'Ada Lovelace', status: 'active', strengths: [], careerAims: [] })) });
}

describe('a vault file copied to another computer', () => {
  it('copied before it ever synced: each takes its own identity when sync starts, and both converge', async () => {
    const made = await vaultWithMentee();
    copyFileSync(made.path, join(dir, 'desktop.mentorvault'));
    const laptop = openWithKey(made.path, made.key);
    const desktop = openWithKey(join(dir, 'desktop.mentorvault'), made.key);
    open.push(laptop, desktop);
    await startSync(laptop.db, folder, PASSPHRASE);
    await startSync(desktop.db, folder, PASSPHRASE);
    expect(identity(desktop)).not.toEqual(identity(laptop));

    note(laptop.db, 'Written on the laptop');
    note(desktop.db, 'Written on the desktop');
    syncNow(laptop.db);
    syncNow(desktop.db);
    syncNow(laptop.db);
    expect(titles(laptop)).toEqual(['Written on the desktop', 'Written on the laptop']);
    expect(comparableExport(desktop.db)).toEqual(comparableExport(laptop.db));
    expect(verifyDatabase(desktop.db).problems).toEqual([]);
  });

  it('copied while it syncs: the copy that writes second takes a new identity, says so, and nothing is lost', async () => {
    const made = await vaultWithMentee();
    const laptop = openWithKey(made.path, made.key);
    open.push(laptop);
    await startSync(laptop.db, folder, PASSPHRASE);
    note(laptop.db, 'Before the copy');
    syncNow(laptop.db);
    laptop.db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(made.path, join(dir, 'desktop.mentorvault'));
    const desktop = openWithKey(join(dir, 'desktop.mentorvault'), made.key);
    open.push(desktop);
    expect(identity(desktop)).toEqual(identity(laptop));

    // Both write as one device before either reads the other.
    note(laptop.db, 'Laptop after the copy');
    expect(syncNow(laptop.db).renewedIdentity).toBe(false);
    note(desktop.db, 'Desktop after the copy');
    const desktopRound = await startSync(desktop.db, folder, PASSPHRASE);
    expect(desktopRound.renewedIdentity).toBe(true);
    expect(identity(desktop)).not.toEqual(identity(laptop));

    syncNow(laptop.db);
    syncNow(desktop.db);
    const expected = ['Before the copy', 'Desktop after the copy', 'Laptop after the copy'];
    expect(titles(laptop)).toEqual(expected);
    expect(titles(desktop)).toEqual(expected);
    expect(comparableExport(desktop.db)).toEqual(comparableExport(laptop.db));
    // The laptop goes on in the folder they shared; the desktop writes in a new one of its own.
    expect(readdirSync(folder).filter((n) => /^[0-9a-f]{32}$/.test(n))).toHaveLength(2);
    for (const v of [laptop, desktop]) expect(verifyDatabase(v.db).problems).toEqual([]);
  });

  it('an older backup restored over a syncing vault gets its own later changes back from the folder', async () => {
    const made = await vaultWithMentee();
    const laptop = openWithKey(made.path, made.key);
    await startSync(laptop.db, folder, PASSPHRASE);
    note(laptop.db, 'Kept in the backup');
    syncNow(laptop.db);
    laptop.db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(made.path, join(dir, 'backup.mentorvault'));
    note(laptop.db, 'Written after the backup');
    syncNow(laptop.db);
    laptop.close();

    const restored = openWithKey(join(dir, 'backup.mentorvault'), made.key);
    open.push(restored);
    expect(titles(restored)).toEqual(['Kept in the backup']);
    expect((await startSync(restored.db, folder, PASSPHRASE)).renewedIdentity).toBe(true);
    expect(titles(restored)).toEqual(['Kept in the backup', 'Written after the backup']);
    expect(verifyDatabase(restored.db).problems).toEqual([]);
  });
});
