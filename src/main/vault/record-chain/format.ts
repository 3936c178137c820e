import { createHash } from 'node:crypto';

/**
 * The vault-wide record chain, format version 1. Every append-only record (an escalation
 * record, each escalation entry, each goal-history row, each decision) gets one link in
 * `record_links`, written by a trigger in the same transaction as the record:
 *
 *   link.content_hash = for an escalation record: its genesis hash; for an escalation
 *                       entry: its hash in its device's chain; for a goal-history
 *                       row or a decision: SHA-256 of the row's JSON (CONTENT_JSON below)
 *   link.hash         = SHA-256( prev_hash || "\n" || seq || "\n" || kind || "\n" ||
 *                                record_id || "\n" || content_hash )
 *
 * with prev_hash the previous link's hash (64 zeros for the first). Hashes are 64 lower-case
 * hex digits. A goal-history row or a decision removed with its goal or mentee gets a
 * "-removed" link, so a removal is recorded too. The last link's hash is the vault's
 * fingerprint: noted elsewhere, it shows a later rewrite. Never change this text or the
 * expressions below: links already written depend on them.
 */
export const GENESIS_PREV = '0'.repeat(64);

export const LINKED_KINDS = ['escalation', 'escalation-entry', 'goal-history', 'decision'] as const;
export type LinkedKind = (typeof LINKED_KINDS)[number];
export const REMOVED_SUFFIX = '-removed';

export interface LinkedTable {
  kind: LinkedKind;
  table: string;
  /** The content: a hash column the record already holds, or its row as JSON (hashed). */
  content: { column: string } | { json: (ref: string) => string };
  /** Rows may go with their parent: such a removal is recorded as a link of its own. */
  removable: boolean;
}

/** SQL giving the link's content hash for the row `ref` (NEW, OLD or a table alias). */
export function contentSql(table: LinkedTable, ref: string): string {
  return 'column' in table.content ? `${ref}.${table.content.column}` : `record_digest(${table.content.json(ref)})`;
}

/** The row as JSON, keys in this fixed order; SQLite's json_object output is stable. */
const goalHistoryJson = (r: string) =>
  `json_object('id', ${r}.id, 'goalId', ${r}.goal_id, 'entity', ${r}.entity, 'milestoneId', ${r}.milestone_id, 'field', ${r}.field, ` +
  `'from', ${r}.from_value, 'to', ${r}.to_value, 'why', ${r}.why, 'changedAt', ${r}.changed_at)`;
const decisionJson = (r: string) =>
  `json_object('id', ${r}.id, 'menteeId', ${r}.mentee_id, 'date', ${r}.date, 'decision', ${r}.decision, 'rationale', ${r}.rationale, ` +
  `'changed', ${r}.changed, 'entityKind', ${r}.entity_kind, 'entityId', ${r}.entity_id, 'createdAt', ${r}.created_at)`;

export const LINKED_TABLES: readonly LinkedTable[] = [
  { kind: 'escalation', table: 'escalations', content: { column: 'genesis_hash' }, removable: false },
  { kind: 'escalation-entry', table: 'escalation_entries', content: { column: 'hash' }, removable: false },
  { kind: 'goal-history', table: 'goal_history', content: { json: goalHistoryJson }, removable: true },
  { kind: 'decision', table: 'decisions', content: { json: decisionJson }, removable: true },
];

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function linkHash(prevHash: string, seq: number, kind: string, recordId: number, contentHash: string): string {
  return sha256Hex(`${prevHash}\n${seq}\n${kind}\n${recordId}\n${contentHash}`);
}

/**
 * The INSERT that appends one link, for a trigger (`ref` = NEW or OLD) or the backfill
 * (`ref` = a table alias with `WHERE` chosen by the caller). Computes the same as linkHash.
 */
export function appendLinkSql(kind: string, ref: string, content: string, from = ''): string {
  return `INSERT INTO record_links (seq, kind, record_id, content_hash, prev_hash, hash)
    SELECT seq, '${kind}', record_id, content, prev,
      record_digest(prev || char(10) || seq || char(10) || '${kind}' || char(10) || record_id || char(10) || content)
    FROM (SELECT
      (SELECT coalesce(max(seq), 0) + 1 FROM record_links) AS seq,
      coalesce((SELECT hash FROM record_links ORDER BY seq DESC LIMIT 1), '${GENESIS_PREV}') AS prev,
      ${ref}.id AS record_id,
      ${content} AS content ${from})`;
}

/** The first 16 hex digits in groups of four, as the escalation fingerprints are shown. */
export function chainFingerprint(head: string): string {
  return head.slice(0, 16).match(/.{4}/g)!.join('-');
}
