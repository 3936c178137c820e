import type { SyncedColumn, SyncedTable } from './tables';

/**
 * Change capture in SQL, so every writer (the app, the CLI, tests, the bench) records its
 * changes without calling anything the app registers. A trigger notes only which row
 * changed, which columns (a bit mask) and when, in `sync_changes`; the messages are built
 * from the rows when pending changes are collected (collect.ts). A new row needs no
 * trigger at all: collection finds the rows that have no uid yet. Nothing is captured
 * while remote changes are applied (`sync_applying`).
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
  if (column.parentByKind) {
    const { column: by, tables } = column.parentByKind;
    return `CASE ${row}.${q(by)} ${Object.entries(tables)
      .map(([kind, table]) => `WHEN ${lit(kind)} THEN ${uidOfSql(table, ref)}`)
      .join(' ')} END`;
  }
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

/** What a new row of a hash-chained table carries in `_chain`, or null. */
export function chainIdsSql(table: string, row: string): string | null {
  return CHAIN_IDS[table]?.(row) ?? null;
}

/** The bit of a column in a capture mask: one per column, the last shared by any beyond 62. */
export const columnBit = (index: number): bigint => 1n << BigInt(Math.min(index, 62));

/** The columns an update changed, as a bit mask (one comparison each, no subquery). */
function changedMaskSql(table: SyncedTable): string {
  return table.columns.map((c, i) => `((NEW.${q(c.name)} IS NOT OLD.${q(c.name)}) << ${Math.min(i, 62)})`).join(' | ');
}

/**
 * A row that others could write at the same time (a row named by its parent or by a key
 * the mentor chose), or an append-only record ordered by its clock, needs the time it was
 * inserted; any other new row has a random uid no other computer knows before it is sent,
 * so the time it is collected orders it just as well, and its insert costs nothing.
 */
export function needsInsertTime(table: SyncedTable): boolean {
  return table.insertOnly || table.naturalKey !== null || table.keyParent !== null;
}

/**
 * An append-only record travels as it was inserted: triggers move an escalation record's
 * state on each computer afterwards. Its columns are kept as written (local ids, turned
 * into uids when collected), since its parent may have no uid yet.
 */
const insertedSql = (table: SyncedTable) =>
  table.insertOnly ? `json_object(${table.columns.map((c) => `${lit(c.name)}, NEW.${q(c.name)}`).join(', ')})` : 'NULL';

/** The capture triggers of one synced table (enabling sync, or a migration, creates them). */
export function captureTriggersSql(table: SyncedTable): string {
  if (table.withoutRowid) return keyedCaptureTriggersSql(table);
  const t = table.name;
  const insert = needsInsertTime(table)
    ? `
    CREATE TRIGGER ${q(`sync_capture_${t}_insert`)} AFTER INSERT ON ${q(t)} WHEN ${NOT_APPLYING} BEGIN
      INSERT INTO sync_changes (dataset, local_id, columns, inserted, written_ms) VALUES (${lit(t)}, NEW.rowid, -1, ${insertedSql(table)}, ${NOW_MS_SQL});
    END;`
    : '';
  const update = table.insertOnly
    ? ''
    : `
    CREATE TRIGGER ${q(`sync_capture_${t}_update`)} AFTER UPDATE ON ${q(t)} WHEN ${NOT_APPLYING} BEGIN
      INSERT INTO sync_changes (dataset, local_id, columns, written_ms)
        SELECT ${lit(t)}, NEW.rowid, mask, ${NOW_MS_SQL} FROM (SELECT ${changedMaskSql(table)} AS mask) WHERE mask <> 0;
    END;`;
  // The mapping goes with the row even while applying: SQLite may give its local id to a
  // later row, which collection then finds as new (the scan mark moves back below it).
  // A value queued by enabling sync and not yet stamped leaves with the row (secure delete).
  const remove = `
    CREATE TRIGGER ${q(`sync_capture_${t}_delete`)} AFTER DELETE ON ${q(t)} BEGIN
      DELETE FROM sync_outbox WHERE timestamp IS NULL AND dataset = ${lit(t)} AND row_uid = ${uidOfSql(t, 'OLD.rowid')};
      INSERT INTO sync_changes (dataset, local_id, columns, uid, written_ms)
        SELECT ${lit(t)}, OLD.rowid, NULL, uid, ${NOW_MS_SQL} FROM sync_rows
        WHERE dataset = ${lit(t)} AND local_id = OLD.rowid AND ${NOT_APPLYING};
      DELETE FROM sync_rows WHERE dataset = ${lit(t)} AND local_id = OLD.rowid;
      UPDATE sync_scanned SET rowid_seen = OLD.rowid - 1 WHERE dataset = ${lit(t)} AND rowid_seen >= OLD.rowid;
    END;`;
  return insert + update + remove;
}

/** A keyed row's key as it is here (local ids), noted for collection to read the row by. */
export const keySql = (table: SyncedTable, row: string) => `json_array(${table.naturalKey!.map((name) => `${row}.${q(name)}`).join(', ')})`;

/**
 * A row keyed without a rowid has no uid to look for: every insert is noted with its key
 * (its parents may have no uid before collection), and sends every column, so a link
 * removed and made again comes back on the other computers. A delete notes the uid made of
 * its key's uids, if that row ever travelled (it has cells). An update of a key column is
 * the old row removed and a new one made.
 */
function keyedCaptureTriggersSql(table: SyncedTable): string {
  const t = table.name;
  const keyChanged = table.naturalKey!.map((name) => `NEW.${q(name)} IS NOT OLD.${q(name)}`).join(' OR ');
  const removed = (row: string, when: string) => `
      INSERT INTO sync_changes (dataset, local_id, columns, uid, written_ms)
        SELECT ${lit(t)}, 0, NULL, gone.uid, ${NOW_MS_SQL} FROM (SELECT ${rowUidSql(table, row)} AS uid) gone
        WHERE ${when} EXISTS (SELECT 1 FROM sync_cells WHERE dataset = ${lit(t)} AND row_uid = gone.uid);`;
  const update = table.insertOnly
    ? ''
    : `
    CREATE TRIGGER ${q(`sync_capture_${t}_update`)} AFTER UPDATE ON ${q(t)} WHEN ${NOT_APPLYING} BEGIN${removed('OLD', `(${keyChanged}) AND`)}
      INSERT INTO sync_changes (dataset, local_id, columns, key, written_ms)
        SELECT ${lit(t)}, 0, CASE WHEN ${keyChanged} THEN -1 ELSE mask END, ${keySql(table, 'NEW')}, ${NOW_MS_SQL}
        FROM (SELECT ${changedMaskSql(table)} AS mask) WHERE mask <> 0;
    END;`;
  return `
    CREATE TRIGGER ${q(`sync_capture_${t}_insert`)} AFTER INSERT ON ${q(t)} WHEN ${NOT_APPLYING} BEGIN
      INSERT INTO sync_changes (dataset, local_id, columns, key, written_ms) VALUES (${lit(t)}, 0, -1, ${keySql(table, 'NEW')}, ${NOW_MS_SQL});
    END;${update}
    CREATE TRIGGER ${q(`sync_capture_${t}_delete`)} AFTER DELETE ON ${q(t)} BEGIN
      DELETE FROM sync_outbox WHERE timestamp IS NULL AND dataset = ${lit(t)} AND row_uid = ${rowUidSql(table, 'OLD')};${removed('OLD', `${NOT_APPLYING} AND`)}
    END;`;
}

/** Where collection looks for new rows: above the highest rowid it has seen, per table. */
export function markScannedSql(table: SyncedTable): string {
  return `INSERT INTO sync_scanned (dataset, rowid_seen) VALUES (${lit(table.name)}, (SELECT coalesce(max(rowid), 0) FROM ${q(table.name)}))
    ON CONFLICT (dataset) DO UPDATE SET rowid_seen = excluded.rowid_seen WHERE rowid_seen <> excluded.rowid_seen`;
}

/**
 * The capture's own tables: the changed rows since the last collection, and per table the
 * highest rowid collection has looked at. Made by the migration that brought them, and by
 * enabling sync in a vault of an older schema (tests that migrate step by step).
 */
export const CAPTURE_TABLES_SQL = `
  CREATE TABLE IF NOT EXISTS sync_changes (
    seq INTEGER PRIMARY KEY,
    dataset TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    columns INTEGER,
    uid TEXT,
    inserted TEXT,
    written_ms INTEGER NOT NULL,
    key TEXT
  ) STRICT;
  CREATE TABLE IF NOT EXISTS sync_scanned (
    dataset TEXT PRIMARY KEY,
    rowid_seen INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
`;

/** The message column that says a row was deleted (value 1); a tombstone. */
export const DELETED_COLUMN = '_deleted';

/**
 * An append-only record's columns that later records move (an escalation record's state,
 * moved by its entries' triggers on each computer), as its insert wrote them: a record
 * already in the vault when sync starts travels as it began, and its entries move it again
 * where it lands. Sent as they are now, the insert would be refused there for good.
 */
const AS_INSERTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  escalations: { status: "'open'", severity: 'NEW.initial_severity', need_to_know: 'NEW.initial_need_to_know', entry_count: '0', head_hash: 'NEW.genesis_hash' },
};

/**
 * One statement per column queuing that column of one row (named by its uid, the second
 * parameter; the first is the time it counts as written) as it is now, for a row sent again
 * whole: one the mentor kept when another computer's batch would have deleted it.
 */
export function queueRowSql(table: SyncedTable): string[] {
  const t = table.name;
  if (table.withoutRowid) {
    // Named by its key: the row whose key's uids make this uid.
    return table.columns.map(
      (c) => `INSERT INTO sync_outbox (dataset, row_uid, "column", value, written_ms)
        SELECT ${lit(t)}, ${rowUidSql(table, 'NEW')}, ${lit(c.name)}, ${travellingValueSql(c, 'NEW')}, ?
        FROM ${q(t)} NEW WHERE ${rowUidSql(table, 'NEW')} = ?`,
    );
  }
  // A written-once row (a goal's history) lands only whole and as it was inserted, as on the first sync.
  return sentValues(table).map(
    (c) => `INSERT INTO sync_outbox (dataset, row_uid, "column", value, written_ms)
      SELECT ${lit(t)}, r.uid, ${lit(c.name)}, ${c.value}, ?
      FROM ${q(t)} NEW JOIN sync_rows r ON r.dataset = ${lit(t)} AND r.local_id = NEW.rowid WHERE r.uid = ?`,
  );
}

/**
 * Queues every row of a table keyed without a rowid whole, named by its key's uids, when
 * sync is enabled: then every other row has its uid already (`enableSync`), so the rows need
 * not wait for collection to name them, which for a lifetime's tags and ratings meant two
 * million changes built one by one. A row whose parent has no uid is left out, as
 * collection leaves it.
 */
export function queueKeyedRowsSql(table: SyncedTable): string {
  const t = table.name;
  const columns = table.columns;
  // Each row read, and its uid made, once (MATERIALIZED), then sent a message per column.
  return `WITH k AS MATERIALIZED (
      SELECT ${rowUidSql(table, 'NEW')} AS uid, ${columns.map((c, i) => `${travellingValueSql(c, 'NEW')} AS v${i}`).join(', ')} FROM ${q(t)} NEW)
    INSERT INTO sync_outbox (dataset, row_uid, "column", value, written_ms)
    SELECT ${lit(t)}, k.uid, c.column2, CASE c.column1 ${columns.map((_c, i) => `WHEN ${i} THEN k.v${i}`).join(' ')} END, ${NOW_MS_SQL}
    FROM k CROSS JOIN (VALUES ${columns.map((c, i) => `(${i}, ${lit(c.name)})`).join(', ')}) AS c
    WHERE NOT EXISTS (SELECT 1 FROM json_each(k.uid) WHERE type = 'null');`;
}

/** What a row already in the vault sends of itself: every column (an append-only record's as it began) and its chain ids. */
function sentValues(table: SyncedTable): { name: string; value: string }[] {
  const t = table.name;
  const chain = CHAIN_IDS[t];
  const values = table.columns.map((c) => ({ name: c.name, value: AS_INSERTED[t]?.[c.name] ?? travellingValueSql(c, 'NEW') }));
  if (chain) values.push({ name: CHAIN_IDS_COLUMN, value: chain('NEW') });
  return values;
}

/** Queues every column of the rows already in a table (they have their uids), for the first sync. */
export function queueExistingRowsSql(table: SyncedTable): string {
  const t = table.name;
  // A keyed row's uid is made of its parents' uids, which rows made since the last collection
  // do not have yet: it is noted as inserted, and collection sends it whole.
  if (table.withoutRowid) {
    return `INSERT INTO sync_changes (dataset, local_id, columns, key, written_ms) SELECT ${lit(t)}, 0, -1, ${keySql(table, 'NEW')}, ${NOW_MS_SQL} FROM ${q(t)} NEW;`;
  }
  // One pass over the table, a message per column of each row in turn (a row's cells together).
  const values = sentValues(table);
  return `INSERT INTO sync_outbox (dataset, row_uid, "column", value, written_ms)
    SELECT ${lit(t)}, r.uid, c.column2, CASE c.column1 ${values.map((v, i) => `WHEN ${i} THEN ${v.value}`).join(' ')} END, ${NOW_MS_SQL}
    FROM ${q(t)} NEW JOIN sync_rows r ON r.dataset = ${lit(t)} AND r.local_id = NEW.rowid
    CROSS JOIN (VALUES ${values.map((v, i) => `(${i}, ${lit(v.name)})`).join(', ')}) AS c
    ORDER BY NEW.rowid, c.column1;`;
}
