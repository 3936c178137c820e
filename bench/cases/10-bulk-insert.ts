import { createNote } from '../../src/main/features/notes/store';
import { noteFields } from '../../src/shared/notes/schema';
import type { BenchCase, Target } from '../lib/types';

/**
 * Bulk inserts in one transaction; each timed run's rows are removed (untimed) after it.
 * Nine runs of the notes: with five, FTS merges landing in one run or another spread the
 * ratio from 0.9x to 1.3x between runs of the bench.
 */
const ROWS = 10_000;
const before = new Map<string, number>();
const maxId = (t: Target, table: string) => (t.db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number);

function removeSince(t: Target, table: 'mentees' | 'notes'): void {
  t.db.prepare(`DELETE FROM ${table} WHERE id > ?`).run(before.get(`${t.kind}:${table}`));
}

const WORDS = 'goal feedback review roadmap stakeholder growth sprint demo design mentor career plan skill reflection promotion'.split(' ');
const sentence = (i: number, n: number) => Array.from({ length: n }, (_v, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');

export const cases: BenchCase[] = [
  {
    name: `insert ${ROWS / 1000}k mentees, 1 transaction`,
    iterations: 7,
    twin: true,
    setup: (_env, t) => void before.set(`${t.kind}:mentees`, maxId(t, 'mentees')),
    run(_env, t) {
      // The store's own insert statement, without the profile lists.
      const insert = t.db.prepare(
        'INSERT INTO mentees (name, role, team, start_date, status, aspirations, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      t.db.transaction(() => {
        for (let i = 0; i < ROWS; i++) {
          insert.run(`Bench Mentee ${i}`, 'Engineer', `Team ${i % 40}`, '2024-01-15', 'active', sentence(i, 12), '2024-01-15T09:00:00.000Z', '2024-01-15T09:00:00.000Z');
        }
      })();
    },
    reset: (_env, t) => removeSince(t, 'mentees'),
  },
  {
    name: `insert ${ROWS / 1000}k notes (store, tags, FTS), 1 transaction`,
    iterations: 9,
    twin: true,
    setup: (_env, t) => void before.set(`${t.kind}:notes`, maxId(t, 'notes')),
    run(_env, t) {
      const menteeIds = t.db.prepare('SELECT id FROM mentees ORDER BY id LIMIT 50').pluck().all() as number[];
      t.db.transaction(() => {
        for (let i = 0; i < ROWS; i++) {
          const note = noteFields.parse({
            menteeId: menteeIds[i % menteeIds.length],
            title: sentence(i, 4),
            body: `${sentence(i, 60)}\n\n${sentence(i + 1, 40)}`,
            tags: [WORDS[i % WORDS.length]!],
          });
          createNote(t.db, note, '2024-02-01T10:00:00.000Z');
        }
      })();
    },
    reset: (_env, t) => removeSince(t, 'notes'),
  },
];
