import type { Db } from '../../vault/sqlite';
import { isSyncEnabled } from '../../vault/sync-capture/enable';
import { syncedTables } from '../../vault/sync-capture/tables';
import { listDevices, listFiles } from './journal/folder';

/**
 * What a new vault holds before the mentor writes anything: the catalogue seeded by the
 * migrations (competencies, meeting kinds, the rubric and its agenda) and the forms' key,
 * made by the app. A vault with nothing else is still fresh.
 */
const MADE_BY_THE_APP: ReadonlySet<string> = new Set(['competencies', 'meeting_kinds', 'rubric_templates', 'rubric_dimensions', 'agenda_template_items', 'exchange_form_key']);

function holdsOnlyTheSeed(db: Db): boolean {
  return syncedTables(db).every((t) => MADE_BY_THE_APP.has(t.name) || db.prepare(`SELECT 1 FROM "${t.name}" LIMIT 1`).get() === undefined);
}

function othersWrote(folder: string, self: string | undefined): boolean {
  return listDevices(folder).some((d) => d !== self && (listFiles(folder, d, 'segment').length > 0 || listFiles(folder, d, 'snapshot').length > 0));
}

/**
 * A fresh vault joining a folder that other computers already write to takes its catalogue
 * from the folder: kept here as well, every joining computer would add a second copy of the
 * seeded rows to all the others. Only before sync was ever turned on for this vault, and only
 * while the mentor has written nothing; returns whether the seed was cleared.
 */
export function clearSeedBeforeJoining(db: Db, folder: string, self: string | undefined): boolean {
  if (isSyncEnabled(db) || !othersWrote(folder, self) || !holdsOnlyTheSeed(db)) return false;
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    for (const table of syncedTables(db)) db.prepare(`DELETE FROM "${table.name}"`).run();
  })();
  return true;
}
