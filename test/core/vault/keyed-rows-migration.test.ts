import { describe, expect, it } from 'vitest';
import { createMentee } from '../../../src/main/features/mentees/store';
import { createNote } from '../../../src/main/features/notes/store';
import { createReplica } from '../../../src/main/features/sync/replica/replica';
import { migrate } from '../../../src/main/vault/migrate';
import { MIGRATIONS } from '../../../src/main/vault/migrations';
import { createSqlite } from '../../../src/main/vault/sqlite';
import { enableSync } from '../../../src/main/vault/sync-capture/enable';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { noteFields } from '../../../src/shared/notes/schema';

const keyedTriggers = (db: ReturnType<typeof createSqlite>) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_note_tags_%' ORDER BY name").pluck().all() as string[];

/** The migration that makes tables keyed without a rowid sync. */
describe('the migration to syncing rows keyed without a rowid', () => {
  it('gives a syncing vault their triggers, and its tags already there travel once', () => {
    const db = createSqlite(':memory:');
    try {
      migrate(db, { backupPath: undefined, migrations: MIGRATIONS.filter((m) => m.version < 19) });
      enableSync(db);
      // As a vault that synced before: no capture for note tags, no key in the capture notes.
      for (const kind of ['insert', 'update', 'delete']) db.exec(`DROP TRIGGER IF EXISTS "sync_capture_note_tags_${kind}"`);
      db.exec('DELETE FROM sync_changes; ALTER TABLE sync_changes DROP COLUMN key');
      const mentee = createMentee(db, menteeProfile.parse({ name: 'Tagged Before', status: 'active' }));
      createNote(db, noteFields.parse({ menteeId: mentee.id, title: 'Before the update', body: 'Tagged.', tags: ['career'] }));
      expect(keyedTriggers(db)).toEqual([]);
      // Exchange forms travelled before; a note of one waits to be sent.
      db.exec(`CREATE TRIGGER "sync_capture_exchange_forms_insert" AFTER INSERT ON exchange_forms BEGIN SELECT 1; END;
        INSERT INTO sync_changes (dataset, local_id, columns, written_ms) VALUES ('exchange_forms', 1, -1, 0);`);

      migrate(db, { backupPath: undefined });
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'sync_capture_exchange_forms_%'").all()).toEqual([]);
      expect(db.prepare("SELECT count(*) FROM sync_changes WHERE dataset = 'exchange_forms'").pluck().get()).toBe(0);
      expect(keyedTriggers(db)).toEqual(['sync_capture_note_tags_delete', 'sync_capture_note_tags_insert', 'sync_capture_note_tags_update']);
      expect(verifyDatabase(db).problems.filter((p) => p.check === 'triggers')).toEqual([]);
      const replica = createReplica(db);
      const sent = replica.pending();
      const noteUid = sent.find((m) => m.dataset === 'notes')!.row;
      const tag = sent.filter((m) => m.dataset === 'note_tags');
      expect(tag.map((m) => `${m.column}=${String(m.value)}`).sort()).toEqual([`note_id=${noteUid}`, 'tag=career']);
      expect(tag[0]!.row).toBe(JSON.stringify(['career', noteUid]));
      replica.markSent(sent[sent.length - 1]!.timestamp);
      expect(replica.pending()).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('a vault that never synced gets the key column but no triggers', () => {
    const db = createSqlite(':memory:');
    try {
      migrate(db, { backupPath: undefined });
      expect(keyedTriggers(db)).toEqual([]);
      expect(db.prepare("SELECT 1 FROM pragma_table_info('sync_changes') WHERE name = 'key'").get()).toBeDefined();
    } finally {
      db.close();
    }
  });
});
