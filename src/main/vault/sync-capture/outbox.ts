import type { SyncMessage } from '../../../shared/sync/message';
import type { Db } from '../sqlite';
import { sql } from '../statements';

/**
 * The outbox once stamped. Changes are stamped in the order they were queued (replica.ts),
 * so its sequence is its clock order. A round that sends the whole vault writes it in
 * several segments and marks each sent as soon as it is written (a round cut short resumes
 * after it): the mark is a watermark, and the rows go when nothing newer is left, in one
 * delete that clears the table's pages whole instead of millions of row deletes.
 */
const SENT_UP_TO = 'outbox_sent_up_to';
const PAGE = 20_000;

/** The newest timestamp already written to the folder, or '' (before every timestamp). */
export function sentUpTo(db: Db): string {
  return (sql(db, 'SELECT value FROM sync_state WHERE key = ?').pluck().get(SENT_UP_TO) as string | undefined) ?? '';
}

/** The stamped changes not yet written, oldest first, a page at a time (no query stays open between pages). */
export function* unsentOutbox(db: Db): Generator<SyncMessage> {
  const page = sql(db, 'SELECT seq, timestamp, dataset, row_uid AS row, "column", value FROM sync_outbox WHERE seq > ? AND timestamp > ? ORDER BY seq LIMIT ?');
  let after = 0;
  for (;;) {
    const rows = page.all(after, sentUpTo(db), PAGE) as (SyncMessage & { seq: number })[];
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.seq;
    for (const { seq: _seq, ...message } of rows) yield message;
  }
}

export function markOutboxSent(db: Db, upTo: string): void {
  db.transaction(() => {
    const newest = sql(db, 'SELECT timestamp FROM sync_outbox ORDER BY seq DESC LIMIT 1').pluck().get() as string | null | undefined;
    if (newest === null || (newest !== undefined && newest > upTo)) {
      sql(db, 'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)').run(SENT_UP_TO, upTo);
      return;
    }
    // No WHERE: SQLite clears the table's pages whole (zeroed, as secure_delete asks).
    db.exec('DELETE FROM sync_outbox');
    sql(db, 'DELETE FROM sync_state WHERE key = ?').run(SENT_UP_TO);
  })();
}
