import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMentee } from '../../../src/main/features/mentees/store';
import { createNote } from '../../../src/main/features/notes/store';
import { openKeysFile } from '../../../src/main/features/sync/journal/keys';
import { readNew } from '../../../src/main/features/sync/journal/read';
import { runSyncRound } from '../../../src/main/features/sync/journal/round';
import { createReplica } from '../../../src/main/features/sync/replica/replica';
import { startSync, syncNow } from '../../../src/main/features/sync/service';
import { cursorsOf, folderDeviceId, putState } from '../../../src/main/features/sync/state';
import type { Vault } from '../../../src/main/vault/vault';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { noteFields } from '../../../src/shared/notes/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey, PASSPHRASE } from '../../helpers/vault';

/**
 * The app stopped (killed, power lost) after a round renamed its segment into place and
 * before the vault recorded the send. The segment in the vault's own folder is newer than
 * the last one it recorded, as a copy's would be; the next round must know it for its own,
 * keep the vault's identity, and not send those changes again.
 */
let dir: string;
let folder: string;
let vault: Vault;

beforeEach(async () => {
  dir = makeTempDir('sync-cut-short');
  folder = join(dir, 'OneDrive');
  mkdirSync(folder);
  const made = await createTestVault(join(dir, 'laptop.mentorvault'), {
    fill: (db) => void createMentee(db, menteeProfile.parse({ name: 'Grace Hopper', status: 'active', strengths: [], careerAims: [] })),
  });
  vault = openWithKey(made.path, made.key);
});
afterEach(() => {
  vault.close();
  removeTempDir(dir);
});

describe('a round cut short after its segment was renamed into place', () => {
  it('keeps the identity and sends nothing twice at the next round', async () => {
    const db = vault.db;
    await startSync(db, folder, PASSPHRASE);
    const keys = await openKeysFile(folder, PASSPHRASE);
    const self = folderDeviceId(db);
    const menteeId = db.prepare('SELECT id FROM mentees LIMIT 1').pluck().get() as number;
    createNote(db, noteFields.parse({ menteeId, title: 'Cut short', body: 'Written just before the app stopped' }));

    // The service's round up to the rename: the segment named in the vault, written, then the stop.
    const replica = createReplica(db);
    const stopped = new Error('stopped after the rename');
    expect(() =>
      runSyncRound({
        replica: {
          deviceId: self,
          pending: () => replica.pending(),
          markSent: () => {
            throw stopped;
          },
          apply: (m) => replica.apply(m),
        },
        folder,
        keys,
        cursors: cursorsOf(db),
        writing: (name) => putState(db, 'writing_segment', name),
      }),
    ).toThrow(stopped);

    const next = syncNow(db);
    expect(next.renewedIdentity).toBe(false);
    expect(next.sent).toBe(0);
    expect(folderDeviceId(db)).toBe(self);
    expect(db.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0);

    const read = readNew(folder, keys, {}, { self: 'f'.repeat(32), now: new Date() });
    const stamps = read.messages.map((m) => m.timestamp);
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(read.messages.some((m) => m.value === 'Written just before the app stopped')).toBe(true);
  });
});
