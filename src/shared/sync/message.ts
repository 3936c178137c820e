/** One row-level change as it travels between devices: the column `column` of the row whose stable
 * id is `row` in `dataset` (a table) took `value` at hybrid-logical-clock time `timestamp`. */
export interface SyncMessage {
  timestamp: string;
  dataset: string;
  row: string;
  column: string;
  value: string | number | null;
}

/** What the folder transport needs from a vault; the vault side implements it. */
export interface Replica {
  /** This device's id (stable, random, stored in the vault). */
  readonly deviceId: string;
  /** Local changes not yet written to the folder, oldest first. */
  pending(): SyncMessage[];
  /**
   * The same changes in clock order, read a page at a time, where the replica can: a first
   * sync sends a whole vault, millions of changes that need not all be in memory at once.
   * `markSent` may be called between pages.
   */
  eachPending?(): Iterable<SyncMessage>;
  /** The messages up to and including this timestamp are safely in a segment. */
  markSent(upTo: string): void;
  /** Applies messages from other devices; idempotent (a message seen before changes nothing). */
  apply(messages: SyncMessage[]): { applied: number; revisions: number };
}
