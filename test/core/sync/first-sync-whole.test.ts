import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
import '../../../src/main/features/escalations/verify-check';
import { startSync, syncNow } from '../../../src/main/features/sync/service';
import { verifyDatabase } from '../../../src/main/vault/verify';
import type { Vault } from '../../../src/main/vault/vault';
import { copyVault, createTestVault, openWithKey, PASSPHRASE } from '../../helpers/vault';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { comparableExport } from './replicas';

/**
 * A vault that has been in use for a while turns sync on and a new computer joins: every
 * record arrives, with every link between records. The demo fills every table, including the
 * ones whose rows point at tables listed after them (an action item's meeting), references
 * without a declared key (a note's meeting, a goal-history row's milestone) and escalation
 * records whose entries moved their state before sync began.
 */
let dir: string;
let laptop: Vault;
let desktop: Vault;
beforeAll(async () => {
  dir = makeTempDir('sync-first-whole');
  const made = await createTestVault(join(dir, 'template.mentorvault'), {
    fill: (db) => {
      fillDemoVault(db, { mentees: 6, seed: 7 });
      // Notes written in a meeting: a link without a declared key.
      db.prepare('UPDATE notes SET meeting_id = (SELECT m.id FROM meetings m WHERE m.mentee_id = notes.mentee_id ORDER BY m.id LIMIT 1) WHERE id % 3 = 0').run();
      // The demo records no recalibration at a meeting: link a few goal-history rows to one.
      db.prepare(
        `INSERT INTO meeting_recalibrations (meeting_id, history_id)
         SELECT (SELECT m.id FROM meetings m WHERE m.mentee_id = g.mentee_id ORDER BY m.id LIMIT 1), h.id
         FROM goal_history h JOIN goals g ON g.id = h.goal_id ORDER BY h.id LIMIT 4`,
      ).run();
    },
  });
  const empty = await createTestVault(join(dir, 'empty.mentorvault'));
  laptop = openWithKey(made.path, made.key);
  desktop = openWithKey(copyVault(empty.path, join(dir, 'desktop.mentorvault')), empty.key);
  const folder = join(dir, 'iCloud Drive');
  mkdirSync(folder);
  await startSync(laptop.db, folder, PASSPHRASE);
  await startSync(desktop.db, folder, PASSPHRASE);
});
afterAll(() => {
  laptop?.close();
  desktop?.close();
  removeTempDir(dir);
});

it('the joining computer holds every record and link the first one had, and nothing waits', () => {
  const count = (v: Vault, table: string) => v.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  for (const table of ['action_items', 'escalations', 'escalation_entries', 'goal_history', 'notes']) {
    expect(count(laptop, table), table).toBeGreaterThan(0);
  }
  // Rows keyed without a rowid (named by their key's uids) arrive too.
  for (const table of ['note_tags', 'assessment_ratings', 'self_assessment_ratings', 'meeting_hours', 'meeting_decisions', 'meeting_recalibrations', 'action_item_carries']) {
    expect(count(laptop, table), table).toBeGreaterThan(0);
    expect(count(desktop, table), table).toBe(count(laptop, table));
  }
  expect(laptop.db.prepare('SELECT count(*) FROM notes WHERE meeting_id IS NOT NULL').pluck().get()).toBeGreaterThan(0);
  expect(laptop.db.prepare("SELECT count(*) FROM escalations WHERE entry_count > 0").pluck().get()).toBeGreaterThan(0);

  expect(desktop.db.prepare('SELECT dataset, count(*) AS n FROM sync_waiting GROUP BY dataset').all()).toEqual([]);
  expect(comparableExport(desktop.db)).toEqual(comparableExport(laptop.db));
  expect(verifyDatabase(desktop.db).problems).toEqual([]);

  // And a round after it moves nothing back.
  syncNow(desktop.db);
  expect(syncNow(laptop.db).applied).toBe(0);
  expect(comparableExport(desktop.db)).toEqual(comparableExport(laptop.db));
});
