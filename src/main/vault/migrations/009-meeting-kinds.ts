import type { Migration } from './migration';
import { rebuildTable } from './rebuild-table';

/** The kinds as migration 004 froze them in CHECK lists; from here on they are rows. */
const KINDS = ['formal-review', 'informal-touchpoint', 'pilot-review', 'focused-session', 'async-exercise'];
const KIND_CHECK = /CHECK \((kind|slot_kind|converted_from) IN \('formal-review','informal-touchpoint','pilot-review','focused-session','async-exercise'\)\)/g;

function kindsByForeignKey(createSql: string): string {
  const changed = createSql.replace(KIND_CHECK, 'REFERENCES meeting_kinds(kind)');
  if (changed.includes("'formal-review'")) throw new Error('A list of meeting kinds is left in a table definition.');
  return changed;
}

/**
 * Meeting kinds become data: a meeting_kinds table that meetings (kind, slot_kind,
 * converted_from) and agenda templates reference by foreign key, instead of a CHECK list
 * in each. Adding a kind is then an INSERT, not another rebuild of the meetings table.
 * The two tables are rebuilt once, by SQLite's procedure, from their current definitions.
 */
export const meetingKinds: Migration = {
  version: 9,
  name: 'meeting kinds: a table the meetings and agenda templates reference, instead of CHECK lists',
  foreignKeysOff: true,
  up(db) {
    db.exec(`CREATE TABLE meeting_kinds (
      kind TEXT PRIMARY KEY CHECK (kind <> '' AND length(kind) <= 40)
    ) STRICT`);
    const insert = db.prepare('INSERT INTO meeting_kinds (kind) VALUES (?)');
    for (const kind of KINDS) insert.run(kind);
    rebuildTable(db, 'agenda_template_items', kindsByForeignKey);
    rebuildTable(db, 'meetings', kindsByForeignKey);
  },
};
