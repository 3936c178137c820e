import { linkUnlinkedRecords, recordChainSchemaSql } from '../record-chain/links';
import type { Migration } from './migration';

/**
 * One vault-wide chain over every append-only record (see record-chain/format.ts), so a
 * record removed or a timeline cut short breaks it, and its head is a fingerprint the
 * mentor can note. Records already in the vault are linked in a fixed order.
 */
export const recordChain: Migration = {
  version: 8,
  name: 'record chain: one vault-wide hash chain over escalation records and entries, goal history and decisions',
  up(db) {
    db.exec(recordChainSchemaSql());
    linkUnlinkedRecords(db);
  },
};
