import { join } from 'node:path';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import type { Db } from '../../../src/main/vault/sqlite';
import type { Vault } from '../../../src/main/vault/vault';
import { buildJsonExport } from '../../../src/main/features/data-export/export-json';
import { parentIn, syncedTables } from '../../../src/main/vault/sync-capture/tables';
import { enableSync } from '../../../src/main/vault/sync-capture/enable';
import { copyVault, createTestVault, openWithKey } from '../../helpers/vault';
import { createReplica } from '../../../src/main/features/sync/replica/replica';
import type { SyncMessage } from '../../../src/shared/sync/message';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

/**
 * Real vaults for the sync tests: one is created (one KDF run), and each device is a byte
 * copy of it given its own device id, as a second computer that joined empty would be.
 */
export async function vaultTemplate(dir: string): Promise<{ path: string; key: KeyMaterial }> {
  return createTestVault(join(dir, 'template.mentorvault'));
}

export function openDevices(dir: string, template: { path: string; key: KeyMaterial }, names: string[]): Vault[] {
  return names.map((name, i) => {
    const vault = openWithKey(copyVault(template.path, join(dir, `${name}.mentorvault`)), template.key);
    vault.db.prepare("UPDATE sync_state SET value = ? WHERE key = 'device_id'").run(`${(i + 1).toString(16).toUpperCase()}`.padStart(16, 'D'));
    enableSync(vault.db);
    return vault;
  });
}

/**
 * The JSON export of everything, with each device's own local ids replaced by the rows'
 * uids (the same row has a different integer id on each computer) and the export's time
 * left out: what must be identical on every device once all have all changes.
 */
export function comparableExport(db: Db): Record<string, unknown[]> {
  const doc = buildJsonExport(db, { scope: { kind: 'all' }, includeConfidential: true });
  const synced = new Map(syncedTables(db).map((t) => [t.name, t]));
  const uidOf = db.prepare('SELECT uid FROM sync_rows WHERE dataset = ? AND local_id = ?').pluck();
  const out: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(doc.tables)) {
    const table = synced.get(name);
    if (!table) continue;
    // A table keyed without a rowid has no integer id of its own: its key is its parents' ids.
    const keyColumn = table.withoutRowid
      ? undefined
      : (db.prepare("SELECT name FROM pragma_table_info(?) WHERE pk = 1 AND type = 'INTEGER'").pluck().get(name) as string | undefined);
    out[name] = rows
      .map((row) => {
        const copy: Record<string, unknown> = { ...row };
        if (keyColumn) copy[keyColumn] = uidOf.get(table.keyParent ?? name, Number(row[keyColumn]));
        for (const column of table.columns) {
          const parent = parentIn(column, (other) => row[other]);
          if (parent && copy[column.name] !== null && column.name !== keyColumn) copy[column.name] = uidOf.get(parent, Number(row[column.name]));
        }
        return copy;
      })
      // Each row's text made once, not twice in every comparison of the sort.
      .map((row) => [JSON.stringify(row), row] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, row]) => row);
  }
  return out;
}

/**
 * Replicas of copies of one vault, for the property tests: what each copy held is marked
 * sent (it is the same everywhere), and `flush(d)` moves device d's pending changes into
 * `sent[d]`, to be delivered in whatever order a scenario picks.
 */
export function exchange(vaults: Vault[]): { replicas: ReturnType<typeof createReplica>[]; sent: SyncMessage[][]; flush(d: number): void } {
  const replicas = vaults.map((v) => createReplica(v.db, { holdDeletionShare: 1 }));
  const sent: SyncMessage[][] = vaults.map(() => []);
  const flush = (d: number) => {
    const out = replicas[d]!.pending();
    if (out.length > 0) replicas[d]!.markSent(out[out.length - 1]!.timestamp);
    sent[d]!.push(...out);
  };
  for (const r of replicas) {
    const before = r.pending();
    if (before.length > 0) r.markSent(before[before.length - 1]!.timestamp);
  }
  return { replicas, sent, flush };
}

/**
 * Two computers holding copies of one vault (`openDevices` under names made unique per call,
 * what each held marked sent), to close after the test; `send(from)` delivers what `from`
 * has not sent yet to the other.
 */
export function twoComputers(dir: string, template: { path: string; key: KeyMaterial }) {
  const names = [`pair${++pairs}-a`, `pair${pairs}-b`];
  const vaults = openDevices(dir, template, names);
  const ex = exchange(vaults);
  const send = (from: 0 | 1) => {
    ex.flush(from);
    return ex.replicas[1 - from]!.apply(ex.sent[from]!.splice(0));
  };
  return { a: vaults[0]!.db, b: vaults[1]!.db, vaults, send, replicas: ex.replicas };
}
let pairs = 0;

/**
 * A test file's pairs of computers on one demo vault: the vault is made once (one KDF run)
 * and each pair closed after its test. Returns what makes a pair.
 */
export function demoPairs(name: string, seed: number): () => ReturnType<typeof twoComputers> {
  let dir = '';
  let template: { path: string; key: KeyMaterial } | undefined;
  let open: Vault[] = [];
  beforeAll(async () => {
    dir = makeTempDir(name);
    template = await createTestVault(join(dir, 'template.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 2, seed }) });
  });
  afterAll(() => removeTempDir(dir));
  afterEach(() => {
    for (const v of open) v.close();
    open = [];
  });
  return () => {
    const pair = twoComputers(dir, template!);
    open = pair.vaults;
    return pair;
  };
}
