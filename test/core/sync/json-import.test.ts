import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import '../../../src/main/features/escalations/verify-check';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { buildJsonExport } from '../../../src/main/features/data-export/export-json';
import { serializeExport } from '../../../src/main/features/data-export/file';
import { importJsonText } from '../../../src/main/features/data-export/import-json';
import { confirmHeld, heldDeletions } from '../../../src/main/features/sync/held';
import { startSync, syncNow } from '../../../src/main/features/sync/service';
import type { Vault } from '../../../src/main/vault/vault';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { copyVault, createTestVault, openWithKey, PASSPHRASE } from '../../helpers/vault';
import { comparableExport } from './replicas';

/**
 * A JSON export imported into a vault that syncs (a mentor moving to the app's sync from an
 * older vault) sets the triggers aside, so nothing of it was captured: the imported rows
 * must still reach the other computer, once, and the lists the import replaced with the
 * file's must go there too, without doubling the entries both hold.
 */
let dir: string;
const open: Vault[] = [];

beforeEach(() => {
  dir = makeTempDir('sync-json-import');
});
afterEach(() => {
  for (const v of open.splice(0)) v.close();
  removeTempDir(dir);
});

it('what a JSON import brought reaches the other computer, and the lists it replaced are the same there', async () => {
  const source = await createTestVault(join(dir, 'old.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 3, seed: 11 }) });
  const old = openWithKey(source.path, source.key);
  open.push(old);
  // The old vault's own list of competencies differs from the one a new vault starts with.
  old.db.prepare("UPDATE competencies SET name = name || ' (ours)' WHERE id = (SELECT min(id) FROM competencies)").run();
  const text = serializeExport(buildJsonExport(old.db, { scope: { kind: 'all' }, includeConfidential: true }));

  const empty = await createTestVault(join(dir, 'empty.mentorvault'));
  const laptop = openWithKey(copyVault(empty.path, join(dir, 'laptop.mentorvault')), empty.key);
  const desktop = openWithKey(copyVault(empty.path, join(dir, 'desktop.mentorvault')), empty.key);
  open.push(laptop, desktop);
  const folder = join(dir, 'Dropbox');
  mkdirSync(folder);
  await startSync(laptop.db, folder, PASSPHRASE);
  await startSync(desktop.db, folder, PASSPHRASE);

  importJsonText(laptop.db, text);
  expect(syncNow(laptop.db).sent).toBeGreaterThan(0);
  // The lists the import replaced are deleted there too: enough of the desktop's rows that
  // the fail-safe holds the batch, and the mentor, who made the import, confirms it.
  const held = syncNow(desktop.db).heldDeletions;
  expect(held).toBeGreaterThan(0);
  expect(heldDeletions(desktop.db)?.kinds.map((k) => k.record)).not.toContain('mentee');
  confirmHeld(desktop.db);
  syncNow(laptop.db);

  const names = (v: Vault, sql: string) => v.db.prepare(sql).pluck().all();
  expect(names(desktop, 'SELECT name FROM mentees ORDER BY name')).toEqual(names(old, 'SELECT name FROM mentees ORDER BY name'));
  expect(names(desktop, 'SELECT name FROM competencies ORDER BY name')).toEqual(names(old, 'SELECT name FROM competencies ORDER BY name'));
  const count = (v: Vault, table: string) => v.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  for (const table of ['notes', 'note_tags', 'goals', 'milestones', 'meetings', 'escalation_entries', 'decisions']) expect(count(desktop, table), table).toBe(count(old, table));
  expect(comparableExport(desktop.db)).toEqual(comparableExport(laptop.db));
  for (const v of [laptop, desktop]) {
    expect(v.db.prepare('SELECT count(*) FROM sync_waiting').pluck().get()).toBe(0);
    expect(verifyDatabase(v.db).problems).toEqual([]);
  }
});
