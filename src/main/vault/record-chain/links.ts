import type { Db } from '../sqlite';
import { appendLinkSql, contentSql, LINKED_TABLES, REMOVED_SUFFIX } from './format';

/** The table of links and the triggers that write one per append-only record (see format.ts). */
export function recordChainSchemaSql(): string {
  const kinds = LINKED_TABLES.flatMap((t) => (t.removable ? [t.kind, `${t.kind}${REMOVED_SUFFIX}`] : [t.kind]))
    .map((k) => `'${k}'`)
    .join(', ');
  const triggers = LINKED_TABLES.map((t) => {
    const linked = `
      CREATE TRIGGER ${t.table}_linked AFTER INSERT ON ${t.table} BEGIN
        ${appendLinkSql(t.kind, 'NEW', contentSql(t, 'NEW'))};
      END;`;
    const removed = t.removable
      ? `
      CREATE TRIGGER ${t.table}_removal_linked AFTER DELETE ON ${t.table} BEGIN
        ${appendLinkSql(`${t.kind}${REMOVED_SUFFIX}`, 'OLD', contentSql(t, 'OLD'))};
      END;`
      : '';
    return linked + removed;
  }).join('\n');
  return `
    CREATE TABLE record_links (
      seq INTEGER PRIMARY KEY CHECK (seq >= 1),
      kind TEXT NOT NULL CHECK (kind IN (${kinds})),
      record_id INTEGER NOT NULL,
      content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
      prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
      hash TEXT NOT NULL CHECK (length(hash) = 64)
    ) STRICT;
    CREATE INDEX record_links_by_record ON record_links (kind, record_id);
    CREATE TRIGGER record_links_no_update BEFORE UPDATE ON record_links BEGIN
      SELECT RAISE(ABORT, 'record links are append-only');
    END;
    CREATE TRIGGER record_links_no_delete BEFORE DELETE ON record_links BEGIN
      SELECT RAISE(ABORT, 'record links are append-only and cannot be deleted');
    END;
    CREATE TRIGGER record_links_append_in_order BEFORE INSERT ON record_links BEGIN
      SELECT RAISE(ABORT, 'record links are appended at the end of the chain')
      WHERE NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM record_links)
         OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM record_links ORDER BY seq DESC LIMIT 1), '${'0'.repeat(64)}');
    END;
    ${triggers}
  `;
}

/**
 * Links every append-only record that has none yet, in a fixed order (escalation records
 * each followed by their entries, then goal history, then decisions, each by id): for a
 * vault that predates the chain, and after an import (which sets triggers aside).
 */
export function linkUnlinkedRecords(db: Db): number {
  let linked = 0;
  const unlinked = (table: string, kind: string, order: string) =>
    db.prepare(`SELECT t.id FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM record_links l WHERE l.kind = '${kind}' AND l.record_id = t.id) ORDER BY ${order}`).pluck().all() as number[];
  const appendFor = new Map(
    LINKED_TABLES.map((t) => [t.kind, db.prepare(appendLinkSql(t.kind, 'r', contentSql(t, 'r'), `FROM ${t.table} r WHERE r.id = ?`))]),
  );
  const entriesOf = db.prepare(
    `SELECT e.id FROM escalation_entries e WHERE e.escalation_id = ? AND NOT EXISTS (SELECT 1 FROM record_links l WHERE l.kind = 'escalation-entry' AND l.record_id = e.id) ORDER BY e.sequence`,
  ).pluck();
  for (const id of unlinked('escalations', 'escalation', 't.id')) {
    appendFor.get('escalation')!.run(id);
    linked++;
    for (const entryId of entriesOf.all(id) as number[]) {
      appendFor.get('escalation-entry')!.run(entryId);
      linked++;
    }
  }
  // Entries of a record linked earlier (none in practice: a record and its entries go together).
  for (const id of unlinked('escalation_entries', 'escalation-entry', 't.escalation_id, t.sequence')) {
    appendFor.get('escalation-entry')!.run(id);
    linked++;
  }
  for (const t of LINKED_TABLES.filter((x) => x.removable)) {
    for (const id of unlinked(t.table, t.kind, 't.id')) {
      appendFor.get(t.kind)!.run(id);
      linked++;
    }
  }
  return linked;
}
