import type { Db } from '../../../vault/sqlite';
import { sql } from '../../../vault/statements';

export type Cell = { column: string; value: string | number | null; timestamp: string };

/**
 * A row's merged cells, and whether it exists by them: it does when it has a cell newer than
 * its tombstone, if it has one (an edit after a delete brings it back). `tombstoned`: deleted
 * for good as far as the cells go, which a row never heard of is not.
 */
export function rowCells(db: Db, dataset: string, uid: string): { cells: Cell[]; alive: boolean; tombstoned: boolean } {
  const cells = sql(db, 'SELECT "column", value, timestamp FROM sync_cells WHERE dataset = ? AND row_uid = ?').all(dataset, uid) as Cell[];
  const tombstone = sql(db, 'SELECT timestamp FROM sync_tombstones WHERE dataset = ? AND row_uid = ?').pluck().get(dataset, uid) as string | undefined;
  const newest = cells.reduce((max, c) => (c.timestamp > max ? c.timestamp : max), '');
  const alive = cells.length > 0 && (tombstone === undefined || newest > tombstone);
  return { cells, alive, tombstoned: tombstone !== undefined && !alive };
}
