import type { Db } from '../vault/sqlite';
import { fillMentees } from './mentees';
import { DemoRandom } from './random';

export interface DemoOptions {
  mentees: number;
  seed?: number;
}

/**
 * Fills a new vault with invented, varied data across every table, for trying the app
 * (the first screen's demo vault) and for benchmarks (the CLI's `demo`). Each domain
 * adds its own filler here.
 */
export function fillDemoVault(db: Db, options: DemoOptions): void {
  const rand = new DemoRandom(options.seed ?? 1);
  db.transaction(() => {
    fillMentees(db, rand, options.mentees);
  })();
}
