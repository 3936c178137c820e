import { describe, expect, it } from 'vitest';
import { entryHash } from '../../../src/main/features/escalations/chain';
import { getEscalation, verifyEscalation } from '../../../src/main/features/escalations/queries';
import { addEntry, createEscalation } from '../../../src/main/features/escalations/store';
import '../../../src/main/features/escalations/verify-check';
import { createMentee } from '../../../src/main/features/mentees/store';
import { migrate } from '../../../src/main/vault/migrate';
import { MIGRATIONS } from '../../../src/main/vault/migrations';
import { createSqlite, type Db } from '../../../src/main/vault/sqlite';
import { enableSync } from '../../../src/main/vault/sync-capture/enable';
import { createReplica } from '../../../src/main/features/sync/replica/replica';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { addEntryInput } from '../../../src/shared/escalations/schema';
import { EARLIER_DEVICE } from '../../../src/shared/escalations/timeline-clock';
import { menteeProfile } from '../../../src/shared/mentees/schema';

const BEFORE = 16;

/** An entry as the app wrote it before per-device chains: one chain per record, format 1. */
function oldEntry(db: Db, escalationId: number, what: string, change: { status?: string; severity?: string } = {}): void {
  const id = (db.prepare('SELECT coalesce(max(id), 0) + 1 FROM escalation_entries').pluck().get() as number);
  const sequence = (db.prepare('SELECT coalesce(max(sequence), 0) + 1 FROM escalation_entries WHERE escalation_id = ?').pluck().get(escalationId) as number);
  const prev = db.prepare('SELECT head_hash FROM escalations WHERE id = ?').pluck().get(escalationId) as string;
  const at = `2026-02-0${sequence}T09:00:00.000Z`;
  const kind = change.status || change.severity ? 'status-change' : 'note';
  const content = {
    id, escalationId, device: EARLIER_DEVICE, sequence, clock: '', kind, what, informed: [], outcome: '', occurredAt: at, recordedAt: at,
    correctsEntryId: null, newStatus: change.status ?? null, newSeverity: change.severity ?? null, newNeedToKnow: null,
  };
  db.prepare(
    `INSERT INTO escalation_entries (id, escalation_id, sequence, kind, what, informed, outcome, occurred_at, recorded_at, new_status, new_severity, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, '[]', '', ?, ?, ?, ?, ?, ?)`,
  ).run(id, escalationId, sequence, kind, what, at, at, content.newStatus, content.newSeverity, prev, entryHash(prev, content));
}

function vaultBefore(syncing: boolean): { db: Db; record: number } {
  const db = createSqlite(':memory:');
  migrate(db, { backupPath: undefined, migrations: MIGRATIONS.filter((m) => m.version < BEFORE) });
  if (syncing) enableSync(db);
  const mentee = createMentee(db, menteeProfile.parse({ name: 'Ada Quill', status: 'active' }));
  const record = createEscalation(db, { menteeId: mentee.id, category: 'other', severity: 'low', title: 'Before', summary: '', needToKnow: [] }, '2026-02-01T08:00:00.000Z');
  oldEntry(db, record, 'First');
  oldEntry(db, record, 'Second', { status: 'monitoring', severity: 'high' });
  oldEntry(db, record, 'Third');
  return { db, record };
}

describe('the migration giving each escalation entry its device’s chain', () => {
  it.each([false, true])('a vault with entries from before it verifies after it, keeps its fingerprint, and takes new entries in a chain of their own (syncing: %s)', (syncing) => {
    const { db, record } = vaultBefore(syncing);
    try {
      const head = db.prepare('SELECT head_hash FROM escalations WHERE id = ?').pluck().get(record) as string;
      migrate(db, { backupPath: undefined });
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
      expect(verifyDatabase(db).problems).toEqual([]);
      expect(verifyEscalation(db, record)).toMatchObject({ intact: true, head, entryCount: 3 });
      expect(db.prepare("SELECT DISTINCT device || '/' || clock FROM escalation_entries").pluck().all()).toEqual([`${EARLIER_DEVICE}/`]);

      addEntry(db, addEntryInput.parse({ kind: 'status-change', escalationId: record, what: 'Calmer now', severity: 'medium' }));
      const after = getEscalation(db, record);
      expect(after.entries.map((e) => [e.sequence, e.what])).toEqual([[1, 'First'], [2, 'Second'], [3, 'Third'], [4, 'Calmer now']]);
      expect([after.status, after.severity]).toEqual(['monitoring', 'medium']);
      const newest = db.prepare('SELECT device, sequence, clock FROM escalation_entries ORDER BY id DESC LIMIT 1').get() as { device: string; sequence: number; clock: string };
      expect(newest).toMatchObject({ device: db.prepare("SELECT value FROM sync_state WHERE key = 'device_id'").pluck().get(), sequence: 1 });
      expect(verifyDatabase(db).problems).toEqual([]);
      // Two chains now: the head covers both, so it moved.
      expect(after.verification).toMatchObject({ intact: true, entryCount: 4 });
      expect(after.verification.intact && after.verification.head).not.toBe(head);
      if (syncing) {
        // What the next round sends: the three earlier entries, still unsent, as the earlier chain
        // ('' for no clock), and the new one in this device's chain at its clock.
        const sent = createReplica(db)
          .pending()
          .filter((m) => m.dataset === 'escalation_entries');
        const valuesOf = (column: string) => sent.filter((m) => m.column === column).map((m) => m.value);
        expect(valuesOf('device')).toEqual([EARLIER_DEVICE, EARLIER_DEVICE, EARLIER_DEVICE, newest.device]);
        expect(valuesOf('clock')).toEqual(['', '', '', newest.clock]);
      }
    } finally {
      db.close();
    }
  });

  it('still refuses to change or remove an entry, and an entry that does not follow its device’s chain', () => {
    const { db, record } = vaultBefore(false);
    try {
      migrate(db, { backupPath: undefined });
      expect(() => db.prepare("UPDATE escalation_entries SET what = 'x' WHERE id = 1").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM escalation_entries WHERE id = 1').run()).toThrow(/append-only/);
      const genesis = db.prepare('SELECT genesis_hash FROM escalations WHERE id = ?').pluck().get(record) as string;
      const insert = (sequence: number, prev: string) =>
        db.prepare(
          `INSERT INTO escalation_entries (id, escalation_id, device, sequence, clock, kind, what, informed, occurred_at, recorded_at, prev_hash, hash)
           VALUES (50, ?, 'ABCDEF0123456789', ?, '2026-03-01T00:00:00.000Z-0000', 'note', 'x', '[]', '2026-03-01', '2026-03-01', ?, ?)`,
        ).run(record, sequence, prev, 'a'.repeat(64));
      expect(() => insert(2, genesis)).toThrow(/end of their device's chain/);
      expect(() => insert(1, 'b'.repeat(64))).toThrow(/end of their device's chain/);
    } finally {
      db.close();
    }
  });
});
