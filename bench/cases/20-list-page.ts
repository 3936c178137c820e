import { listMentees } from '../../src/main/features/mentees/store';
import { listMenteesInput } from '../../src/shared/mentees/schema';
import type { BenchCase } from '../lib/types';

/** The mentees list as the screen asks for it: 100 rows by name from the middle of 10k. */
const TOTAL = 10_000;

export const cases: BenchCase[] = [
  {
    name: `mentees list page (100 of ${TOTAL / 1000}k, by name, mid offset)`,
    iterations: 200,
    warmup: 5,
    twin: true,
    setup(_env, t) {
      const have = t.db.prepare('SELECT count(*) FROM mentees WHERE archived_at IS NULL').pluck().get() as number;
      const insert = t.db.prepare(
        "INSERT INTO mentees (name, role, team, status, created_at, updated_at) VALUES (?, 'Engineer', 'Platform', 'active', '2024-01-01', '2024-01-01')",
      );
      t.db.transaction(() => {
        for (let i = have; i < TOTAL; i++) insert.run(`List Mentee ${String((i * 7919) % TOTAL).padStart(5, '0')}`);
      })();
    },
    run(_env, t) {
      const page = listMentees(t.db, listMenteesInput.parse({ offset: TOTAL / 2, limit: 100 }));
      if (page.rows.length !== 100) throw new Error('list page came back short');
    },
  },
];
