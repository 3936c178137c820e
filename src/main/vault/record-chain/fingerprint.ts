import type { Db } from '../sqlite';
import { chainFingerprint, GENESIS_PREV } from './format';

export interface RecordChainHead {
  /** The last link's hash (64 hex digits); 64 zeros while the vault has no records. */
  head: string;
  /** The head's first 16 hex digits in groups of four, to note or read out. */
  fingerprint: string;
  /** How many links the chain holds. */
  links: number;
}

/** The vault-wide fingerprint: shown in Settings, printed by `mentor-vault fingerprint`. */
export function recordChainHead(db: Db): RecordChainHead {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_links'").get() !== undefined;
  const last = hasTable
    ? (db.prepare('SELECT seq, hash FROM record_links ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined)
    : undefined;
  const head = last?.hash ?? GENESIS_PREV;
  return { head, fingerprint: chainFingerprint(head), links: last?.seq ?? 0 };
}
