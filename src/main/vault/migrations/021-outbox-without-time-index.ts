import type { Migration } from './migration';

/**
 * The outbox is stamped in the order it was queued, so its sequence is its clock order, and
 * it is read and cleared by that. Its index on the time stamp cost a first sync two index
 * writes per change (the whole vault goes through the outbox once) and served no query.
 */
export const outboxWithoutTimeIndex: Migration = {
  version: 21,
  name: 'sync: the outbox is read in queue order, without an index on its time stamps',
  up(db) {
    db.exec('DROP INDEX IF EXISTS sync_outbox_by_timestamp;');
  },
};
