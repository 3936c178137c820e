import type { SyncedColumn, SyncedTable } from './tables';

/**
 * Change capture in SQL, so every writer (the app, the CLI, tests, the bench) records its
 * changes without calling anything the app registers. A row's changes go to `sync_outbox`
 * as (table, row uid, column, value, wall-clock ms); a reference travels as the uid of the
 * row it points at. Nothing is captured while remote changes are applied (`sync_applying`).
 */

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
const lit = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Milliseconds since the epoch, from SQLite's own clock (constant within a statement). */
export const NOW_MS_SQL = "CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)";

export const NEW_UID_SQL = 'lower(hex(randomblob(16)))';

const NOT_APPLYING = 'NOT EXISTS (SELECT 1 FROM sync_applying)';

/** The uid of the row `localId` of `dataset`, as a scalar subquery. */
export const uidOfSql = (dataset: string, localId: string) =>
  `(SELECT uid FROM sync_rows WHERE dataset = ${lit(dataset)} AND local_id = ${localId})`;

/** A column's value as it travels: its own value, or the uid of the row it references. */
export function travellingValueSql(column: SyncedColumn, row: string): string {
  const ref = `${row}.${q(column.name)}`;
  return column.parent ? uidOfSql(column.parent, ref) : ref;
}

/**
 * A new row's uid: made of its natural key, or its parent's when the row's key is its
 * parent (one charter per mentee), or else random.
 */
export function rowUidSql(table: SyncedTable, row: string): string {
  if (table.naturalKey) {
    const parts = table.naturalKey.map((name) => travellingValueSql(table.columns.find((c) => c.name === name)!, row));
    return `json_array(${parts.join(', ')})`;
  }
  if (!table.keyParent) return NEW_UID_SQL;
  const keyColumn = table.columns.find((c) => c.parent === table.keyParent)!;
  return uidOfSql(table.keyParent, `${row}.${q(keyColumn.name)}`);
}

function columnsSelect(table: SyncedTable, row: string, onlyChanged: boolean): string {
  return table.columns
    .map((c) => {
      const changed = onlyChanged ? ` WHERE NEW.${q(c.name)} IS NOT OLD.${q(c.name)}` : '';
      return `SELECT ${lit(c.name)} AS name, ${travellingValueSql(c, row)} AS value${changed}`;
    })
    .join(' UNION ALL ');
}

function outboxInsert(table: SyncedTable, row: string, onlyChanged: boolean): string {
  return `INSERT INTO sync_outbox (dataset, row_uid, "column", value, written_ms)
    SELECT ${lit(table.name)}, r.uid, c.name, c.value, ${NOW_MS_SQL}
    FROM sync_rows r, (${columnsSelect(table, row, onlyChanged)}) c
    WHERE r.dataset = ${lit(table.name)} AND r.local_id = ${row}.rowid`;
}

/**
 * A value replaced before it was ever stamped never travels, and is not kept: what the
 * mentor deleted or overwrote must not stay in the file (secure delete).
 */
function dropSupersededSql(table: string, uid: string): string {
  return `DELETE FROM sync_outbox WHERE timestamp IS NULL AND dataset = ${lit(table)} AND row_uid = ${uid}
      AND EXISTS (SELECT 1 FROM sync_outbox n WHERE n.dataset = sync_outbox.dataset AND n.row_uid = sync_outbox.row_uid
        AND n."column" = sync_outbox."column" AND n.seq > sync_outbox.seq)`;
}

/** The message column that carries the local ids a hash chain was computed with where its row was written. */
export const CHAIN_IDS_COLUMN = '_chain';

/**
 * Hash-chained records hash their local ids, which differ on every other computer; the ids
 * they were hashed with travel beside them, so `verify` can recompute the chain anywhere.
 */
const CHAIN_IDS: Readonly<Record<string, (row: string) => string>> = {
  escalations: (row) => `json_object('id', ${row}.id, 'menteeId', ${row}.mentee_id)`,
  escalation_entries: (row) =>
    `json_object('id', ${row}.id, 'escalationId', ${row}.escalation_id, 'correctsEntryId', ${row}.corrects_entry_id)`,
};

function chainIdsInsert(table: string, row: string): string {
  const ids = CHAIN_IDS[table];
  if (!ids) return '';
  return `INSERT INTO sync_outbox (dataset, row_uid, "column", value, written_ms)
    SELECT ${lit(table)}, r.uid, '${CHAIN_IDS_COLUMN}', ${ids(row)}, ${NOW_MS_SQL}
    FROM sync_rows r WHERE r.dataset = ${lit(table)} AND r.local_id = ${row}.rowid;`;
}

/** The capture triggers of one synced table (the migration that adds sync creates them). */
export function captureTriggersSql(table: SyncedTable): string {
  const t = table.name;
  const insert = `
    CREATE TRIGGER ${q(`sync_capture_${t}_insert`)} AFTER INSERT ON ${q(t)} WHEN ${NOT_APPLYING} BEGIN
      INSERT OR REPLACE INTO sync_rows (dataset, local_id, uid) VALUES (${lit(t)}, NEW.rowid, ${rowUidSql(table, 'NEW')});
      ${outboxInsert(table, 'NEW', false)};
      ${chainIdsInsert(t, 'NEW')}
    END;`;
  const update = table.insertOnly
    ? ''
    : `
    CREATE TRIGGER ${q(`sync_capture_${t}_update`)} AFTER UPDATE ON ${q(t)} WHEN ${NOT_APPLYING} BEGIN
      ${outboxInsert(table, 'NEW', true)};
      ${dropSupersededSql(t, uidOfSql(t, 'NEW.rowid'))};
    END;`;
  // The mapping goes with the row even while applying: SQLite may give its local id to a later row.
  const remove = `
    CREATE TRIGGER ${q(`sync_capture_${t}_delete`)} AFTER DELETE ON ${q(t)} BEGIN
      DELETE FROM sync_outbox WHERE timestamp IS NULL AND dataset = ${lit(t)} AND row_uid = ${uidOfSql(t, 'OLD.rowid')};
      INSERT INTO sync_outbox (dataset, row_uid, "column", value, written_ms)
        SELECT ${lit(t)}, uid, '${DELETED_COLUMN}', 1, ${NOW_MS_SQL} FROM sync_rows
        WHERE dataset = ${lit(t)} AND local_id = OLD.rowid AND ${NOT_APPLYING};
      DELETE FROM sync_rows WHERE dataset = ${lit(t)} AND local_id = OLD.rowid;
    END;`;
  return insert + update + remove;
}

/** The message column that says a row was deleted (value 1); a tombstone. */
export const DELETED_COLUMN = '_deleted';

/** Queues every column of the rows already in a table (they have their uids), for the first sync. */
export function queueExistingRowsSql(table: SyncedTable): string {
  const t = table.name;
  const chain = CHAIN_IDS[t];
  const values = table.columns.map((c) => ({ name: c.name, value: travellingValueSql(c, 'NEW') }));
  if (chain) values.push({ name: CHAIN_IDS_COLUMN, value: chain('NEW') });
  return values
    .map(
      (c) => `INSERT INTO sync_outbox (dataset, row_uid, "column", value, written_ms)
      SELECT ${lit(t)}, r.uid, ${lit(c.name)}, ${c.value}, ${NOW_MS_SQL}
      FROM ${q(t)} NEW JOIN sync_rows r ON r.dataset = ${lit(t)} AND r.local_id = NEW.rowid ORDER BY NEW.rowid;`,
    )
    .join('\n');
}
