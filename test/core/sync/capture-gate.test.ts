import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import type { Db } from '../../../src/main/vault/sqlite';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { createReplica } from '../../../src/main/features/sync/replica/replica';
import { enableSync, isSyncEnabled } from '../../../src/main/vault/sync-capture/enable';
import { createMentee, updateMentee } from '../../../src/main/features/mentees/store';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { copyVault, openWithKey } from '../../helpers/vault';
import { vaultTemplate } from './replicas';

let dir: string;
let template: { path: string; key: KeyMaterial };

beforeAll(async () => {
  dir = makeTempDir('sync-gate');
  template = await vaultTemplate(dir);
});
afterAll(() => removeTempDir(dir));

const profile = (name: string) => menteeProfile.parse({ name, status: 'active' });
const count = (db: Db, sql: string) => db.prepare(sql).pluck().get() as number;

describe('change capture is off until sync is enabled for the vault', () => {
  it('a vault that never syncs has no capture triggers and queues nothing', () => {
    const vault = openWithKey(copyVault(template.path, `${dir}/plain.mentorvault`), template.key);
    try {
      expect(isSyncEnabled(vault.db)).toBe(false);
      expect(count(vault.db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'")).toBe(0);
      const mentee = createMentee(vault.db, profile('Ada Quill'));
      updateMentee(vault.db, mentee.id, profile('Ada Quill-Barrow'));
      expect(count(vault.db, 'SELECT count(*) FROM sync_outbox')).toBe(0);
      expect(count(vault.db, 'SELECT count(*) FROM sync_rows')).toBe(0);
      expect(verifyDatabase(vault.db).problems.filter((p) => p.check === 'triggers')).toEqual([]);
    } finally {
      vault.close();
    }
  });

  it('enabling snapshots the rows already there, then captures later writes, and verify accepts its triggers', () => {
    const vault = openWithKey(copyVault(template.path, `${dir}/enabled.mentorvault`), template.key);
    try {
      const before = createMentee(vault.db, profile('Bea Lantern'));
      enableSync(vault.db);
      enableSync(vault.db); // idempotent: no second snapshot, no duplicate triggers
      expect(isSyncEnabled(vault.db)).toBe(true);
      expect(count(vault.db, `SELECT count(*) FROM sync_rows WHERE dataset = 'mentees' AND local_id = ${before.id}`)).toBe(1);
      const queued = count(vault.db, 'SELECT count(*) FROM sync_outbox');
      expect(queued).toBeGreaterThan(0);
      createMentee(vault.db, profile('Cas Orchard'));
      // Capture only notes the write; its messages are made when changes are collected.
      expect(createReplica(vault.db).pending().length).toBeGreaterThan(queued);
      expect(verifyDatabase(vault.db).problems.filter((p) => p.check === 'triggers')).toEqual([]);
    } finally {
      vault.close();
    }
  });
});
