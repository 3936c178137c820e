import type { Db } from '../sqlite';
import type { VerifyProblem } from '../verify';
import { GENESIS_PREV, LINKED_TABLES, linkHash, REMOVED_SUFFIX, sha256Hex } from './format';

interface LinkRow {
  seq: number;
  kind: string;
  record_id: number;
  content_hash: string;
  prev_hash: string;
  hash: string;
}

const problem = (message: string): VerifyProblem => ({ check: 'record-chain', message });

/**
 * The vault-wide chain (ids and kinds only in messages, never content): every link follows
 * the one before and hashes to what it says, every append-only record has its link with
 * its current content, and every linked record is still there or its removal is linked.
 * A vault from before the chain (no record_links table) has nothing to check here.
 */
export function recordChainCheck(db: Db): VerifyProblem[] {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_links'").get() !== undefined;
  if (!hasTable) return [];
  const problems: VerifyProblem[] = [];
  const links = db.prepare('SELECT seq, kind, record_id, content_hash, prev_hash, hash FROM record_links ORDER BY seq').all() as LinkRow[];

  let prev = GENESIS_PREV;
  for (const [i, link] of links.entries()) {
    const at = `link ${link.seq} (${link.kind} ${link.record_id})`;
    if (link.seq !== i + 1) {
      problems.push(problem(`${at}: expected number ${i + 1} here (links were removed).`));
      break;
    }
    if (link.prev_hash !== prev) {
      problems.push(problem(`${at}: it does not follow the link before it.`));
      break;
    }
    if (linkHash(link.prev_hash, link.seq, link.kind, link.record_id, link.content_hash) !== link.hash) {
      problems.push(problem(`${at}: its content no longer matches its hash.`));
      break;
    }
    prev = link.hash;
  }

  for (const table of LINKED_TABLES) {
    // The JSON comes from SQLite (as in the trigger), the hash from here: verify needs no
    // function of ours on the connection.
    const hashed = 'json' in table.content;
    const expression = 'json' in table.content ? table.content.json('t') : `t.${table.content.column}`;
    const rows = db.prepare(`SELECT t.id AS id, ${expression} AS content FROM ${table.table} t`).all() as { id: number; content: string }[];
    const linked = new Map<number, LinkRow>();
    const removed = new Map<number, LinkRow>();
    for (const link of links) {
      if (link.kind === table.kind) {
        if (linked.has(link.record_id)) problems.push(problem(`${table.kind} ${link.record_id}: linked twice (links ${linked.get(link.record_id)!.seq} and ${link.seq}).`));
        else linked.set(link.record_id, link);
      } else if (link.kind === `${table.kind}${REMOVED_SUFFIX}`) {
        removed.set(link.record_id, link);
      }
    }
    const present = new Set<number>();
    for (const row of rows) {
      present.add(row.id);
      const link = linked.get(row.id);
      const content = hashed ? sha256Hex(row.content) : row.content;
      if (!link) problems.push(problem(`${table.kind} ${row.id}: not in the record chain (added without its link).`));
      else if (link.content_hash !== content) problems.push(problem(`${table.kind} ${row.id}: changed since link ${link.seq} recorded it.`));
      if (removed.has(row.id)) problems.push(problem(`${table.kind} ${row.id}: present, though link ${removed.get(row.id)!.seq} records its removal.`));
    }
    for (const [id, link] of linked) {
      if (present.has(id)) continue;
      const removal = removed.get(id);
      if (!table.removable || !removal || removal.seq < link.seq || removal.content_hash !== link.content_hash) {
        problems.push(problem(`${table.kind} ${id}: linked at ${link.seq}, but the record is gone and its removal is not recorded.`));
      }
    }
  }
  return problems;
}
