import { describe, expect, it } from 'vitest';
import { createMentee } from '../../../src/main/features/mentees/store';
import { createReplica } from '../../../src/main/features/sync/replica/replica';
import { migrate } from '../../../src/main/vault/migrate';
import { MIGRATIONS } from '../../../src/main/vault/migrations';
import { createSqlite } from '../../../src/main/vault/sqlite';
import { enableSync } from '../../../src/main/vault/sync-capture/enable';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { menteeProfile } from '../../../src/shared/mentees/schema';

const captureTriggers = (db: ReturnType<typeof createSqlite>) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%' ORDER BY name").pluck().all() as string[];

/** The migration bringing cheaper change capture replaces the triggers of a vault that syncs, and adds none to one that does not. */
describe('the migration to one capture note per changed row', () => {
  it('replaces a syncing vault’s per-column triggers; what they queued is still sent, and later changes travel', () => {
    const db = createSqlite(':memory:');
    try {
      migrate(db, { backupPath: undefined, migrations: MIGRATIONS.filter((m) => m.version < 17) });
      enableSync(db);
      // The mentees' triggers as the schema before wrote them: one outbox row per column, on insert too.
      db.exec(`DROP TRIGGER "sync_capture_mentees_update";
        CREATE TRIGGER "sync_capture_mentees_insert" AFTER INSERT ON "mentees" WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
          INSERT OR REPLACE INTO sync_rows (dataset, local_id, uid) VALUES ('mentees', NEW.rowid, lower(hex(randomblob(16))));
          INSERT INTO sync_outbox (dataset, row_uid, "column", value, written_ms)
            SELECT 'mentees', r.uid, 'name', NEW.name, 0 FROM sync_rows r WHERE r.dataset = 'mentees' AND r.local_id = NEW.rowid;
        END;
        CREATE TRIGGER "sync_capture_mentees_update" AFTER UPDATE ON "mentees" BEGIN SELECT 1; END;`);
      const early = createMentee(db, menteeProfile.parse({ name: 'Queued Before', status: 'active' }));
      expect(verifyDatabase(db).problems.filter((p) => p.check === 'triggers')).not.toEqual([]);

      migrate(db, { backupPath: undefined });
      expect(verifyDatabase(db).problems.filter((p) => p.check === 'triggers')).toEqual([]);
      expect(captureTriggers(db)).not.toContain('sync_capture_mentees_insert');

      db.prepare("UPDATE mentees SET team = 'Moved on' WHERE id = ?").run(early.id);
      const sent = createReplica(db).pending().filter((m) => m.dataset === 'mentees');
      expect(sent.map((m) => `${m.column}=${String(m.value)}`)).toEqual(expect.arrayContaining(['name=Queued Before', 'team=Moved on']));
    } finally {
      db.close();
    }
  });

  it('a vault that never synced gets the capture tables but no triggers', () => {
    const db = createSqlite(':memory:');
    try {
      migrate(db, { backupPath: undefined });
      expect(captureTriggers(db)).toEqual([]);
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('sync_changes', 'sync_scanned')").pluck().get()).toBe(2);
    } finally {
      db.close();
    }
  });
});
