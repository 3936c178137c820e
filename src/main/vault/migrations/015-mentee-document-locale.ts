import { captureTriggersSql } from '../sync-capture/capture-sql';
import { isSyncEnabled } from '../sync-capture/enable';
import { syncedTables } from '../sync-capture/tables';
import type { Migration } from './migration';

/**
 * The language a mentee's documents (charter, progress report) are typeset in; NULL: the
 * language of the app. The check is on the shape of a language tag, not a list, so a new
 * language needs no table rebuild (the bridge's schema holds the list). A vault that syncs
 * writes its mentees' capture triggers again, so they carry the new column.
 */
export const menteeDocumentLocale: Migration = {
  version: 15,
  name: 'mentee document locale: the language of the charter and report handed to a mentee',
  up(db) {
    db.exec(`
      ALTER TABLE mentees ADD COLUMN document_locale TEXT
        CHECK (document_locale IS NULL OR (length(document_locale) BETWEEN 2 AND 10 AND document_locale GLOB '[a-z][a-z]*'));
    `);
    if (!isSyncEnabled(db)) return;
    const mentees = syncedTables(db).find((table) => table.name === 'mentees')!;
    for (const kind of ['insert', 'update', 'delete']) db.exec(`DROP TRIGGER IF EXISTS "sync_capture_mentees_${kind}"`);
    db.exec(captureTriggersSql(mentees));
  },
};
