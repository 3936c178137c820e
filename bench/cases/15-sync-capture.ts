import { createNote } from '../../src/main/features/notes/store';
import { createReplica } from '../../src/main/features/sync/replica/replica';
import { enableSync } from '../../src/main/vault/sync-capture/enable';
import type { Db } from '../../src/main/vault/sqlite';
import { noteFields } from '../../src/shared/notes/schema';
import type { BenchCase, BenchEnv } from '../lib/types';

/**
 * What change capture costs: the bulk inserts of 10-bulk-insert on a vault that syncs,
 * with its capture triggers set aside and in place, and the ratio of the two against the
 * product's target (a vault that never synced has no triggers: it pays the "off" row);
 * then where the cost went, collecting
 * pending changes (`pending()`, which builds the messages from the rows and stamps them)
 * after 1,000 edits and after the 10k inserts. All on the vault (encrypted), not the twin.
 */
const ROWS = 10_000;
const EDITS = 1_000;
const TARGET = '<= 1.10x';
const mark = new Map<string, number>();
const edited: number[] = [];
const maxId = (db: Db, table: string) => db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;

function insertMentees(db: Db): void {
  const insert = db.prepare(
    'INSERT INTO mentees (name, role, team, start_date, status, aspirations, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      insert.run(`Bench Mentee ${i}`, 'Engineer', `Team ${i % 40}`, '2024-01-15', 'active', 'grow into a lead', '2024-01-15T09:00:00.000Z', '2024-01-15T09:00:00.000Z');
    }
  })();
}

const WORDS = 'goal feedback review roadmap stakeholder growth sprint demo design mentor career plan skill reflection promotion'.split(' ');
const sentence = (i: number, n: number) => Array.from({ length: n }, (_v, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');

function insertNotes(db: Db): void {
  const menteeIds = db.prepare('SELECT id FROM mentees ORDER BY id LIMIT 50').pluck().all() as number[];
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      const note = noteFields.parse({
        menteeId: menteeIds[i % menteeIds.length],
        title: sentence(i, 4),
        body: `${sentence(i, 60)}\n\n${sentence(i + 1, 40)}`,
        tags: [WORDS[i % WORDS.length]!],
      });
      createNote(db, note, '2024-02-01T10:00:00.000Z');
    }
  })();
}

/** Removes the timed rows, and sends (untimed) whatever collecting them queued. */
function reset(db: Db, table: 'mentees' | 'notes', key: string): void {
  db.prepare(`DELETE FROM ${table} WHERE id > ?`).run(mark.get(key));
  drain(db);
}

function drain(db: Db): void {
  if (db.prepare("SELECT 1 FROM sync_state WHERE key = 'enabled'").get() === undefined) return;
  const replica = createReplica(db);
  const sent = replica.pending();
  if (sent.length > 0) replica.markSent(sent[sent.length - 1]!.timestamp);
}

/**
 * Enables sync once, untimed, as after its first round: the rows already there have their
 * uids and count as sent (stamping the whole demo vault's first sync is not what is measured).
 */
function syncing(env: BenchEnv): Db {
  const db = env.encrypted.db;
  enableSync(db);
  db.exec('DELETE FROM sync_outbox');
  return db;
}

/**
 * With and without capture in turns, so the load of a shared machine falls on both alike:
 * each run of a "capture off" row times the insert with the vault's capture triggers set
 * aside, then (order alternating) with them in place; its "capture on" row reports the
 * second. The vault is the same syncing vault either way, rows and uids included.
 */
const withCapture = new Map<string, number[]>();
let captureSql: string[] = [];

function setCapture(db: Db, on: boolean): void {
  const installed = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'").pluck().all() as string[];
  if (!on) for (const name of installed) db.exec(`DROP TRIGGER "${name}"`);
  else if (installed.length === 0) for (const sql of captureSql) db.exec(sql);
}

function pair(key: 'mentees' | 'notes', insert: (db: Db) => void): Pick<BenchCase, 'setup' | 'run'> {
  return {
    setup(env) {
      const db = syncing(env);
      captureSql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'").pluck().all() as string[];
      mark.set(key, maxId(db, key));
      withCapture.set(key, []);
    },
    run(env, _t, i) {
      const db = env.encrypted.db;
      const times = new Map<boolean, number>();
      for (const on of i % 2 ? [true, false] : [false, true]) {
        setCapture(db, on);
        const start = performance.now();
        insert(db);
        times.set(on, performance.now() - start);
        reset(db, key, key);
      }
      setCapture(db, true);
      withCapture.get(key)!.push(times.get(true)!);
      return times.get(false)!;
    },
  };
}

const OFF_MENTEES = `insert ${ROWS / 1000}k mentees, capture off`;
const OFF_NOTES = `insert ${ROWS / 1000}k notes (store, tags, FTS), capture off`;
const reported = (key: string) => (_env: BenchEnv, _t: unknown, i: number) => withCapture.get(key)![i]!;

export const cases: BenchCase[] = [
  { name: OFF_MENTEES, iterations: 9, twin: false, ...pair('mentees', insertMentees) },
  {
    name: `insert ${ROWS / 1000}k mentees, capture on (ratio: on / off)`,
    iterations: 9,
    twin: false,
    target: TARGET,
    ratioTo: OFF_MENTEES,
    run: reported('mentees'),
  },
  { name: OFF_NOTES, iterations: 9, twin: false, ...pair('notes', insertNotes) },
  {
    name: `insert ${ROWS / 1000}k notes, capture on (ratio: on / off)`,
    iterations: 9,
    twin: false,
    target: TARGET,
    ratioTo: OFF_NOTES,
    run: reported('notes'),
  },
  {
    name: `collect pending changes (pending()) after ${EDITS.toLocaleString('en')} edits of one column`,
    iterations: 9,
    twin: false,
    unit: 'ms',
    setup(env) {
      const db = env.encrypted.db;
      const insert = db.prepare("INSERT INTO mentees (name, status, created_at, updated_at) VALUES (?, 'active', '2024-01-15T09:00:00.000Z', '2024-01-15T09:00:00.000Z')");
      edited.push(...db.transaction(() => Array.from({ length: EDITS }, (_v, i) => Number(insert.run(`Edited Mentee ${i}`).lastInsertRowid)))());
      drain(db);
    },
    run(env, _t, i) {
      const db = env.encrypted.db;
      const ids = edited;
      const edit = db.prepare('UPDATE mentees SET team = ? WHERE id = ?');
      db.transaction(() => ids.forEach((id) => edit.run(`Team ${i}-${id % 40}`, id)))();
      const start = performance.now();
      const messages = createReplica(db).pending();
      const ms = performance.now() - start;
      if (messages.length !== ids.length) throw new Error(`collected ${messages.length} changes for ${ids.length} edits`);
      return ms;
    },
    reset: (env) => drain(env.encrypted.db),
    teardown(env) {
      const db = env.encrypted.db;
      db.prepare(`DELETE FROM mentees WHERE id IN (${edited.map(() => '?').join(', ')})`).run(...edited);
      drain(db);
    },
  },
  {
    name: `collect pending changes (pending()) after inserting ${ROWS / 1000}k mentees`,
    iterations: 5,
    twin: false,
    unit: 'ms',
    run(env) {
      const db = env.encrypted.db;
      insertMentees(db);
      const start = performance.now();
      createReplica(db).pending();
      return performance.now() - start;
    },
    reset: (env) => reset(env.encrypted.db, 'mentees', 'mentees'),
    // The cases after this one write to a vault that does not sync, as most vaults.
    teardown(env) {
      const db = env.encrypted.db;
      for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'").pluck().all() as string[]) {
        db.exec(`DROP TRIGGER "${name}"`);
      }
      db.exec(
        "DELETE FROM sync_outbox; DELETE FROM sync_changes; DELETE FROM sync_scanned; DELETE FROM sync_rows; DELETE FROM sync_cells; DELETE FROM sync_tombstones; DELETE FROM sync_state WHERE key IN ('enabled', 'clock')",
      );
    },
  },
];
