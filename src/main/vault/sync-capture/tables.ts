import type { Db } from '../sqlite';

/**
 * Which tables travel between devices, and how, read from the live schema so the capture
 * triggers, the migration that creates them and the merge all agree.
 */

/**
 * Stay on this computer: the vault's own metadata and record chain (each vault links the
 * records it holds, in the order they arrived), per-device settings (backup folder, the
 * mentor profile's local copy), a meeting's quick-capture drafts (typed on one computer,
 * in one meeting), and the register of exchange forms sent out (a form's items and its MAC
 * name this computer's local ids, so it is imported where it was made). Full-text indexes
 * and the sync bookkeeping itself are derived or local.
 */
export const LOCAL_TABLES: ReadonlySet<string> = new Set(['vault_meta', 'record_links', 'settings', 'meeting_drafts', 'exchange_forms']);

/**
 * Written once, never edited: only their insertion travels. An escalation record's state
 * columns are moved by its entries' triggers on each computer, so they are not sent.
 */
export const INSERT_ONLY: ReadonlySet<string> = new Set([
  'escalations',
  'escalation_entries',
  'decisions',
  'goal_history',
  'assessments',
  'assessment_ratings',
]);

/** Columns that hold another row's local id without a declared foreign key. */
const SOFT_REFERENCES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  notes: { meeting_id: 'meetings' },
  goal_history: { milestone_id: 'milestones' },
  // Where review meeting mode stands; the agenda item names the meeting in turn.
  meetings: { current_item_id: 'meeting_agenda_items' },
};

/** A reference whose table another column of the row names: a decision's link to what it changed, by kind. */
export interface KindReference {
  column: string;
  tables: Readonly<Record<string, string>>;
}

const KIND_REFERENCES: Readonly<Record<string, Readonly<Record<string, KindReference>>>> = {
  decisions: {
    entity_id: {
      column: 'entity_kind',
      tables: { goal: 'goals', milestone: 'milestones', 'charter-version': 'charter_versions', resource: 'resources', decision: 'decisions' },
    },
  },
};

/** The table a column points at in this row (`valueOf` reads the row's other columns), or null. */
export function parentIn(column: Pick<SyncedColumn, 'parent' | 'parentByKind'>, valueOf: (name: string) => unknown): string | null {
  if (column.parent) return column.parent;
  if (!column.parentByKind) return null;
  const kind = valueOf(column.parentByKind.column);
  return typeof kind === 'string' ? (column.parentByKind.tables[kind] ?? null) : null;
}

/** Free text is what the mentor typed: its losing value is kept as a revision. */
const NOT_FREE_TEXT = /(^|_)(at|on|date|status|kind|severity|category|format|frequency|area|payment|entity|field|hash|rank|locale)$/;

export interface SyncedColumn {
  name: string;
  /** The table this column points at (its value travels as that row's uid), or null. */
  parent: string | null;
  /** A reference to a table named by another column (`parentIn`); its value travels as a uid too. */
  parentByKind: KindReference | null;
  freeText: boolean;
  /** NOT NULL without a default: a row cannot be inserted without it. */
  required: boolean;
  /** The reference is ON DELETE CASCADE: the row goes when the row it points at goes. */
  goesWithParent: boolean;
}

export interface SyncedTable {
  name: string;
  /** Every written column but the local integer id (generated columns are never written). */
  columns: SyncedColumn[];
  /** A rowid key that is itself a reference (a charter is its mentee's): its uid is the parent's. */
  keyParent: string | null;
  /** A key the mentor chose (a meeting kind's name): the uid is made of it, so the same key added on two computers is one row. */
  naturalKey: string[] | null;
  insertOnly: boolean;
  /**
   * Keyed without a rowid (a note's tag, a meeting's hours): the row is named by its key
   * alone, its uid made of the key's uids (`naturalKey`), and it has no row in `sync_rows`.
   */
  withoutRowid: boolean;
}

export function isSyncedTableName(name: string): boolean {
  return !LOCAL_TABLES.has(name) && !name.startsWith('sync_');
}

/** The synced tables, parents before children. */
export function syncedTables(db: Db): SyncedTable[] {
  const withoutRowid = new Set(
    db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND wr = 1").pluck().all() as string[],
  );
  const all = readTables(db);
  // A reference to a row's integer key names a local id, which differs between devices; one
  // to a key the mentor chose (a meeting kind's name) is the same everywhere and travels as is.
  const rowidKeyOf = new Map(
    all.flatMap((t) => (!withoutRowid.has(t.name) && t.key.length === 1 && t.columns.some((c) => c.name === t.key[0] && c.type === 'INTEGER') ? [[t.name, t.key[0]!]] : [])),
  );
  return all
    .filter((t) => isSyncedTableName(t.name))
    .map((t) => {
      const keyed = withoutRowid.has(t.name);
      const parentOf = new Map<string, string>();
      const cascades = new Set<string>();
      for (const fk of t.foreignKeys) {
        if (fk.from.length === 1 && fk.to[0] === rowidKeyOf.get(fk.parent)) parentOf.set(fk.from[0]!, fk.parent);
        if (fk.from.length === 1 && fk.onDelete === 'CASCADE') cascades.add(fk.from[0]!);
      }
      for (const [column, parent] of Object.entries(SOFT_REFERENCES[t.name] ?? {})) parentOf.set(column, parent);
      const rowidKey = !keyed && t.key.length === 1 && t.columns.find((c) => c.name === t.key[0] && c.type === 'INTEGER');
      const keyParent = rowidKey ? (parentOf.get(rowidKey.name) ?? null) : null;
      const columns = t.columns
        .filter((c) => !(rowidKey && c.name === rowidKey.name && keyParent === null))
        .map((c) => ({
          name: c.name,
          parent: parentOf.get(c.name) ?? null,
          parentByKind: KIND_REFERENCES[t.name]?.[c.name] ?? null,
          freeText: c.type === 'TEXT' && !parentOf.has(c.name) && !NOT_FREE_TEXT.test(c.name),
          required: c.notNull && !c.hasDefault,
          goesWithParent: cascades.has(c.name),
        }));
      const naturalKey = !rowidKey && t.key[0] !== 'rowid' ? t.key : null;
      return { name: t.name, columns, keyParent, naturalKey, insertOnly: INSERT_ONLY.has(t.name), withoutRowid: keyed };
    });
}

interface RawTable {
  name: string;
  columns: { name: string; type: string; notNull: boolean; hasDefault: boolean }[];
  key: string[];
  foreignKeys: { parent: string; from: string[]; to: string[]; onDelete: string }[];
}

/** The vault's ordinary tables from SQLite's pragmas, parents before children. */
function readTables(db: Db): RawTable[] {
  const list = db.prepare("SELECT name, type FROM pragma_table_list WHERE schema = 'main'").all() as { name: string; type: string }[];
  const virtual = list.filter((t) => t.type === 'virtual').map((t) => t.name);
  const tables = list
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_') && !virtual.some((v) => t.name.startsWith(`${v}_`)))
    .map((t) => describe(db, t.name));
  return parentsFirst(tables);
}

function describe(db: Db, name: string): RawTable {
  const raw = db.prepare('SELECT name, type, "notnull" AS required, dflt_value AS dflt, pk, hidden FROM pragma_table_xinfo(?)').all(name) as {
    name: string;
    type: string;
    required: number;
    dflt: string | null;
    pk: number;
    hidden: number;
  }[];
  // Generated columns (hidden 2 and 3) are computed, never written.
  const written = raw.filter((c) => c.hidden === 0);
  const key = written.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  const fks = new Map<number, { parent: string; from: string[]; to: string[]; onDelete: string }>();
  for (const fk of db
    .prepare('SELECT id, "table" AS parent, "from" AS fromCol, "to" AS toCol, on_delete AS onDelete FROM pragma_foreign_key_list(?) ORDER BY id, seq')
    .all(name) as {
    id: number;
    parent: string;
    fromCol: string;
    toCol: string | null;
    onDelete: string;
  }[]) {
    const entry = fks.get(fk.id) ?? { parent: fk.parent, from: [], to: [], onDelete: fk.onDelete.toUpperCase() };
    entry.from.push(fk.fromCol);
    if (fk.toCol !== null) entry.to.push(fk.toCol);
    fks.set(fk.id, entry);
  }
  const foreignKeys = [...fks.values()].map((fk) =>
    fk.to.length === fk.from.length ? fk : { ...fk, to: db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').pluck().all(fk.parent) as string[] },
  );
  return {
    name,
    columns: written.map((c) => ({ name: c.name, type: c.type.toUpperCase(), notNull: c.required === 1, hasDefault: c.dflt !== null })),
    key: key.length > 0 ? key : ['rowid'],
    foreignKeys,
  };
}

/** Kahn's order by name; a cycle (milestones and evidence) is broken where it holds up the fewest rows. */
function parentsFirst(tables: RawTable[]): RawTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  // References without a declared key order too (a note after its meeting), or a row of the
  // first table waits a pass for its parent on every computer that applies it. Not the one
  // pointing back at its own child's table (a meeting's current agenda item): that is a cycle.
  const undeclared = (t: RawTable) => [
    ...Object.entries(SOFT_REFERENCES[t.name] ?? {})
      .filter(([, parent]) => !byName.get(parent)?.foreignKeys.some((fk) => fk.parent === t.name))
      .map(([, parent]) => parent),
    ...Object.values(KIND_REFERENCES[t.name] ?? {}).flatMap((ref) => Object.values(ref.tables)),
  ];
  const parents = new Map(
    tables.map((t) => [t.name, new Set([...t.foreignKeys.map((fk) => fk.parent), ...undeclared(t)].filter((p) => p !== t.name && byName.has(p)))]),
  );
  const ordered: RawTable[] = [];
  const remaining = new Set([...byName.keys()].sort());
  while (remaining.size > 0) {
    const unplaced = (name: string) => [...parents.get(name)!].filter((p) => remaining.has(p)).length;
    const ready = [...remaining].filter((name) => unplaced(name) === 0);
    // A cycle is broken at the table waiting for the fewest others and awaited by the most.
    const awaited = (name: string) => [...remaining].filter((other) => parents.get(other)!.has(name)).length;
    const rank = (name: string) => unplaced(name) * 1000 - awaited(name);
    const fewest = () => [...remaining].reduce((best, name) => (rank(name) < rank(best) ? name : best));
    for (const name of ready.length > 0 ? ready : [fewest()]) {
      ordered.push(byName.get(name)!);
      remaining.delete(name);
    }
  }
  return ordered;
}
