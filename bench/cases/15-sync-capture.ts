import type { BenchCase, Target } from '../lib/types';

/**
 * What change capture costs on the write path: the bulk mentee insert of 10-bulk-insert,
 * on the vault, once with the mentees' capture triggers set aside (untimed) and once
 * with them. Target: the second row within 1.10x of the first.
 */
const ROWS = 10_000;
let saved: string[] = [];
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
    name: `insert ${ROWS / 1000}k mentees, without change capture`,
    iterations: 7,
    twin: false,
    setup(env) {
      const db = env.encrypted.db;
      before.set('without', db.prepare('SELECT coalesce(max(id), 0) FROM mentees').pluck().get() as number);
      saved = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'mentees' AND name LIKE 'sync_capture_%'").pluck().all() as string[];
      for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'mentees' AND name LIKE 'sync_capture_%'").pluck().all() as string[]) {
        db.exec(`DROP TRIGGER "${name}"`);
      }
    },
    run: (env) => insertMentees(env.encrypted),
    reset: (env) => reset(env.encrypted, 'without'),
    teardown(env) {
      for (const sql of saved) env.encrypted.db.exec(sql);
    },
  },
  {
    name: `insert ${ROWS / 1000}k mentees, with change capture`,
    iterations: 7,
    twin: false,
    target: '<= 1.10x the row above',
    setup: (env) => void before.set('with', env.encrypted.db.prepare('SELECT coalesce(max(id), 0) FROM mentees').pluck().get() as number),
    run: (env) => insertMentees(env.encrypted),
    reset: (env) => reset(env.encrypted, 'with'),
  },
];
