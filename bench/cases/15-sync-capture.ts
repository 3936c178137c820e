import { enableSync } from '../../src/main/vault/sync-capture/enable';
import type { BenchCase, Target } from '../lib/types';

/**
 * What change capture costs on the write path: the bulk mentee insert of 10-bulk-insert,
 * once on a vault that never synced (capture is not installed) and once after sync was
 * enabled for it. The first is the cost every vault pays; the second only a syncing one.
 */
const ROWS = 10_000;
const before = new Map<string, number>();

function insertMentees(t: Target): void {
  const insert = t.db.prepare(
    'INSERT INTO mentees (name, role, team, start_date, status, aspirations, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  t.db.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      insert.run(`Bench Mentee ${i}`, 'Engineer', `Team ${i % 40}`, '2024-01-15', 'active', 'grow into a lead', '2024-01-15T09:00:00.000Z', '2024-01-15T09:00:00.000Z');
    }
  })();
}

/** Removes the timed rows and what capturing them queued, untimed. */
function reset(t: Target, key: string): void {
  t.db.prepare('DELETE FROM mentees WHERE id > ?').run(before.get(key));
  t.db.prepare('DELETE FROM sync_outbox WHERE timestamp IS NULL').run();
}

export const cases: BenchCase[] = [
  {
    name: `insert ${ROWS / 1000}k mentees, vault that never synced (no capture)`,
    iterations: 7,
    twin: false,
    setup: (env) => void before.set('without', env.encrypted.db.prepare('SELECT coalesce(max(id), 0) FROM mentees').pluck().get() as number),
    run: (env) => insertMentees(env.encrypted),
    reset: (env) => reset(env.encrypted, 'without'),
  },
  {
    name: `insert ${ROWS / 1000}k mentees, sync enabled (capture on)`,
    iterations: 7,
    twin: false,
    setup(env) {
      const db = env.encrypted.db;
      before.set('with', db.prepare('SELECT coalesce(max(id), 0) FROM mentees').pluck().get() as number);
      enableSync(db);
    },
    run: (env) => insertMentees(env.encrypted),
    reset: (env) => reset(env.encrypted, 'with'),
    // The cases after this one write to a vault that does not sync, as most vaults.
    teardown(env) {
      const db = env.encrypted.db;
      for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'").pluck().all() as string[]) {
        db.exec(`DROP TRIGGER "${name}"`);
      }
      db.exec("DELETE FROM sync_outbox; DELETE FROM sync_rows; DELETE FROM sync_state WHERE key = 'enabled'");
    },
  },
];
