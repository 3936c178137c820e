import type { Migration } from './migration';

/**
 * Two computers agreeing new versions of one charter before they sync both claim the next
 * number. Both versions are kept, and every computer numbers a charter's versions in the
 * order they were written (their clocks): the one written later moves up a number, even once
 * agreed. An agreed version stays frozen in everything else, and its number moves only while
 * another computer's changes are applied (`sync_applying`), never by an edit here.
 */
export const charterVersionsMerge: Migration = {
  version: 18,
  name: 'sync: charter versions agreed on two computers at once both keep a number',
  up(db) {
    const columns = (db.prepare("SELECT name FROM pragma_table_xinfo('charter_versions') WHERE hidden = 0 AND name <> 'version'").pluck().all() as string[]).map(
      (c) => `NEW."${c}" IS OLD."${c}"`,
    );
    db.exec(`
      DROP TRIGGER charter_versions_agreed_frozen;
      CREATE TRIGGER charter_versions_agreed_frozen BEFORE UPDATE ON charter_versions
      WHEN OLD.status = 'agreed' AND NOT (EXISTS (SELECT 1 FROM sync_applying) AND ${columns.join(' AND ')})
      BEGIN SELECT RAISE(ABORT, 'an agreed charter version is frozen; start a new version'); END;
    `);
  },
};
