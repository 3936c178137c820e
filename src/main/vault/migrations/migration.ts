import type { Db } from '../sqlite';

/** A forward-only schema step. `up` runs inside a transaction with user_version bumped after it. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
  /**
   * Runs with foreign keys off (a table rebuild: dropping the old table must not delete
   * its children); every foreign key is checked before the step commits.
   */
  foreignKeysOff?: boolean;
}
