import { describe, expect, it } from 'vitest';
import { getMentee, updateMentee } from '../../../src/main/features/mentees/store';
import { migrate } from '../../../src/main/vault/migrate';
import { MIGRATIONS } from '../../../src/main/vault/migrations';
import { createSqlite } from '../../../src/main/vault/sqlite';
import { createReplica } from '../../../src/main/features/sync/replica/replica';
import { enableSync } from '../../../src/main/vault/sync-capture/enable';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { menteeProfile } from '../../../src/shared/mentees/schema';

/** The mentee's language for documents arrives in a vault that already syncs: its capture triggers carry the new column. */
describe('the migration adding a mentee’s language for documents', () => {
  it('rewrites the mentees’ capture triggers of a syncing vault, so verify accepts them and a change of language travels', () => {
    const db = createSqlite(':memory:');
    try {
      migrate(db, { backupPath: undefined, migrations: MIGRATIONS.filter((m) => m.version < 15) });
      enableSync(db);
      // Written as the schema before it stood (the store of today writes the new column).
      const ada = { id: Number(db.prepare("INSERT INTO mentees (name, status, created_at, updated_at) VALUES ('Ada Quill', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')").run().lastInsertRowid) };
      migrate(db, { backupPath: undefined });
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
      expect(verifyDatabase(db).problems.filter((p) => p.check === 'triggers')).toEqual([]);
      expect(getMentee(db, ada.id).documentLocale).toBeNull();

      db.prepare('DELETE FROM sync_outbox').run();
      updateMentee(db, ada.id, menteeProfile.parse({ name: 'Ada Quill', status: 'active', documentLocale: 'de' }));
      const queued = createReplica(db)
        .pending()
        .filter((m) => m.dataset === 'mentees' && m.column === 'document_locale')
        .map((m) => m.value);
      expect(queued).toEqual(['de']);
    } finally {
      db.close();
    }
  });
});
