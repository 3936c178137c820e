import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import type { Vault } from '../../../src/main/vault/vault';
import { createMentee, updateMentee } from '../../../src/main/features/mentees/store';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { createNote, getNote } from '../../../src/main/features/notes/store';
import { noteFields } from '../../../src/shared/notes/schema';
import { startSync, syncNow, syncStatus } from '../../../src/main/features/sync/service';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { comparableExport, openDevices, vaultTemplate } from './replicas';

let dir: string;
let template: { path: string; key: KeyMaterial };
let open: Vault[] = [];
let run = 0;

beforeAll(async () => {
  dir = makeTempDir('sync-service');
  template = await vaultTemplate(dir);
});
afterAll(() => removeTempDir(dir));
afterEach(() => {
  for (const v of open) v.close();
  open = [];
});

function devices(): [Vault, Vault, string] {
  run++;
  open = openDevices(dir, template, [`laptop${run}`, `desktop${run}`]);
  return [open[0]!, open[1]!, join(dir, `folder${run}`)];
}

const profile = (name: string) => menteeProfile.parse({ name, status: 'active', strengths: ['listens'], careerAims: [] });

/** Every file in the folder, recursively, as text. */
function folderText(folder: string): string {
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name)).toString('latin1'))
    .join('\n');
}

describe('the sync service', () => {
  it('a laptop starts, a desktop joins with the same passphrase, and an edit on each reaches the other', async () => {
    const [laptop, desktop, folder] = devices();
    const ada = createMentee(laptop.db, profile('Ada Lovelace'));
    // A tag travels as a value and inside its row's uid (made of its key): both encrypted.
    createNote(laptop.db, noteFields.parse({ menteeId: ada.id, title: 'Talk', body: 'Talked.', tags: ['reorganisation-worries'] }));
    const first = await startSync(laptop.db, folder, 'correct horse battery');
    expect(first.sent).toBeGreaterThan(0);

    const joined = await startSync(desktop.db, folder, 'correct horse battery');
    expect(joined.received).toBeGreaterThan(0);
    updateMentee(desktop.db, ada.id, profile('Ada King'));
    expect(syncNow(desktop.db).sent).toBeGreaterThan(0);
    expect(syncNow(laptop.db).received).toBeGreaterThan(0);
    syncNow(desktop.db);
    expect(comparableExport(desktop.db)).toEqual(comparableExport(laptop.db));
    expect(JSON.stringify(comparableExport(laptop.db))).toContain('Ada King');
    // A round takes a larger page cache and gives it back.
    for (const v of [laptop, desktop]) expect(v.db.pragma('cache_size', { simple: true })).toBe(-16_000);

    const status = syncStatus(laptop.db);
    expect(status.folder).toBe(folder);
    expect(status.deviceName).toBe(hostname());
    expect(status.otherDevices).toHaveLength(1);
    expect(status.pendingChanges).toBe(0);
    expect(status.lastSync?.received).toBeGreaterThan(0);
    // Neither a name typed in the vault nor the computer's name is readable in the folder. The
    // computer's name may be as short as two letters, which random ciphertext holds by chance:
    // it is looked for where text is in the clear: the file names, and the keys file's words
    // (its encoded salt, nonce and wrapped key are random bytes too, and are left out).
    expect(folderText(folder)).not.toContain('Ada Lovelace');
    expect(folderText(folder)).not.toContain('reorganisation-worries');
    const noteOnDesktop = desktop.db.prepare('SELECT id FROM notes').pluck().get() as number;
    expect(getNote(desktop.db, noteOnDesktop).tags).toEqual(['reorganisation-worries']);
    const keysWords = JSON.stringify(JSON.parse(readFileSync(join(folder, 'keys.json'), 'utf8')), (_key, value: unknown) =>
      typeof value === 'string' && /^[A-Za-z0-9+/=_-]{16,}$/.test(value) ? undefined : value,
    );
    // File names hold device ids and content hashes in hex, random as well: those parts are left out too.
    const names = (readdirSync(folder, { recursive: true }) as string[]).map((name) => name.split(/[\\/.-]/).filter((part) => !/^[0-9a-f]{8,}$/i.test(part)).join(' '));
    const clear = [...names, keysWords].join('\n');
    expect(clear).not.toContain(hostname());
  });

  it('refuses a wrong passphrase in words, and a round before the key is unwrapped', async () => {
    const [laptop, desktop, folder] = devices();
    expect(() => syncNow(laptop.db)).toThrow(/does not sync through a folder yet/);
    await startSync(laptop.db, folder, 'correct horse battery');
    await expect(startSync(desktop.db, folder, 'wrong passphrase')).rejects.toThrow(/passphrase does not open/);
    expect(syncStatus(desktop.db).folder).toBeNull();
  });
});
