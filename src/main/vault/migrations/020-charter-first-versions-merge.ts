import type { Migration } from './migration';

/**
 * An agreed charter version is frozen against edits here, but while another computer's
 * changes are applied (`sync_applying`) it takes what they carry: its number and reason
 * when a first version begun on two computers at once becomes a later version
 * (`replica/charter-numbers.ts`), and the rest of its agreement when a round carried only
 * part of it (the status in one segment, who agreed in the next), which before waited for
 * good. An edit made to the draft on another computer while it was agreed here arrives
 * too and wins or loses by the clock like any field, the text it replaced kept as a revision.
 */
export const charterFirstVersionsMerge: Migration = {
  version: 20,
  name: 'sync: an agreed charter version takes the changes applied from another computer',
  up(db) {
    db.exec(`
      DROP TRIGGER charter_versions_agreed_frozen;
      CREATE TRIGGER charter_versions_agreed_frozen BEFORE UPDATE ON charter_versions
      WHEN OLD.status = 'agreed' AND NOT EXISTS (SELECT 1 FROM sync_applying)
      BEGIN SELECT RAISE(ABORT, 'an agreed charter version is frozen; start a new version'); END;
    `);
  },
};
