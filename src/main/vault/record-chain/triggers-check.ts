import { migrate } from '../migrate';
import { createSqlite, type Db } from '../sqlite';
import { enableSync, isSyncEnabled } from '../sync-capture/enable';
import type { VerifyProblem } from '../verify';

interface TriggerRow {
  name: string;
  tbl_name: string;
  sql: string;
}

const expected = new Map<boolean, Map<string, TriggerRow>>();

/**
 * The triggers every vault of this schema has, exactly as its migrations wrote them: the
 * migrations run once on an empty in-memory database (a few milliseconds), so the list
 * can never drift from the schema.
 */
function expectedTriggers(syncing: boolean): Map<string, TriggerRow> {
  const known = expected.get(syncing);
  if (known) return known;
  const db = createSqlite(':memory:');
  try {
    migrate(db, { backupPath: undefined });
    // A vault that syncs also has the change-capture triggers enabling sync installed.
    if (syncing) enableSync(db);
    const triggers = new Map(triggersOf(db).map((t) => [t.name, t]));
    expected.set(syncing, triggers);
    return triggers;
  } finally {
    db.close();
  }
}

function triggersOf(db: Db): TriggerRow[] {
  return db.prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as TriggerRow[];
}

/**
 * The append-only rules live in triggers, and whoever holds the key can drop or rewrite
 * them: every trigger must exist with its exact definition, and no other may be present.
 * A vault of an older schema is checked once it is migrated (it always is, on open).
 */
export function triggersCheck(db: Db): VerifyProblem[] {
  const want = expectedTriggers(isSyncEnabled(db));
  const found = new Map(triggersOf(db).map((t) => [t.name, t]));
  const problems: VerifyProblem[] = [];
  const problem = (message: string) => problems.push({ check: 'triggers', message });
  for (const [name, trigger] of want) {
    const have = found.get(name);
    if (!have) problem(`trigger ${name} (on ${trigger.tbl_name}) is missing.`);
    else if (have.sql !== trigger.sql || have.tbl_name !== trigger.tbl_name) problem(`trigger ${name} differs from its definition.`);
  }
  for (const name of found.keys()) if (!want.has(name)) problem(`trigger ${name} is not part of the vault's schema.`);
  return problems;
}
