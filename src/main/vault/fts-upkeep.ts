import type { Db } from './sqlite';

/**
 * Every FTS5 index in the vault. Each write adds a small segment; a prefix query reads
 * every segment, so an index of many unmerged segments makes search slow ("th" took four
 * times as long before a merge on a lifetime's vault).
 */
export const FTS_TABLES = ['search_fts', 'notes_fts'] as const;

/** Pages one step may write: a step stays a few milliseconds, so no call waits long behind it. */
export const PAGES_PER_STEP = 64;

/**
 * One bounded merge step over one index. A negative page count merges the level with the
 * most segments even below FTS5's usermerge threshold, so the index ends in few segments.
 * FTS5 reports work done by raising total_changes by 2 or more; less means nothing to merge.
 */
export function mergeStep(db: Db, table: (typeof FTS_TABLES)[number], pages = PAGES_PER_STEP): boolean {
  const before = totalChanges(db);
  db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ?)`).run(-pages);
  return totalChanges(db) - before >= 2;
}

/** Segments an index holds now (the b-trees a query must read). */
export function segmentCount(db: Db, table: (typeof FTS_TABLES)[number]): number {
  return (db.prepare(`SELECT count(DISTINCT segid) AS n FROM ${table}_idx`).get() as { n: number }).n;
}

function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/**
 * Merges the vault's indexes in small steps while the main process is idle: after
 * writes and once after unlock. One step per timer tick, so a call from the renderer
 * never waits behind more than one step; stops when no index has anything to merge.
 */
export class FtsUpkeep {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending = new Set<(typeof FTS_TABLES)[number]>();
  /** total_changes when last merged: a call that wrote nothing schedules nothing. */
  private seenChanges = -1;

  constructor(
    private readonly db: () => Db | undefined,
    private readonly delayMs = 250,
  ) {}

  /** After a call (and on unlock): if anything was written, merge once the app has been quiet for a moment. */
  poke(): void {
    const db = this.db();
    if (!db?.open || totalChanges(db) === this.seenChanges) return;
    for (const table of FTS_TABLES) this.pending.add(table);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), this.delayMs);
    this.timer.unref?.();
  }

  /** Runs every remaining step at once (the bench and tests; the app uses poke). */
  runToEnd(): void {
    for (const table of FTS_TABLES) while (this.step(table));
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.seenChanges = -1;
  }

  private tick(): void {
    this.timer = undefined;
    const table = this.pending.values().next().value;
    if (!table) return;
    if (!this.step(table)) this.pending.delete(table);
    const db = this.db();
    if (db?.open) this.seenChanges = totalChanges(db);
    if (this.pending.size > 0) {
      // A zero-delay timer (not a loop): calls queued meanwhile run between steps.
      this.timer = setTimeout(() => this.tick(), 0);
      this.timer.unref?.();
    }
  }

  private step(table: (typeof FTS_TABLES)[number]): boolean {
    const db = this.db();
    if (!db?.open) return false;
    return mergeStep(db, table);
  }
}
