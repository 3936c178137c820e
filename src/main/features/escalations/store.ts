import type { z } from 'zod';
import type { AddEntryValues, createEscalationInput } from '../../../shared/escalations/schema';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { nextTimelineClock } from '../../../shared/escalations/timeline-clock';
import { entryHash, genesisHash, type EntryContent } from './chain';
import { readRecord } from './rows';

/** Entries may be dated a little ahead (clock skew between devices), never further. */
const FUTURE_SLACK_MS = 5 * 60_000;

function notInFuture(at: string, now: string, field: string): void {
  if (Date.parse(at) > Date.parse(now) + FUTURE_SLACK_MS) {
    throw new VaultError('INVALID_INPUT', `${field}: cannot be in the future`, [{ path: [field], message: 'Cannot be in the future' }]);
  }
}

/**
 * Opens a record. Ids are chosen inside the transaction (max + 1, as SQLite would)
 * because the genesis hash binds the record's id. `now` is for demo data only.
 */
export function createEscalation(db: Db, input: z.output<typeof createEscalationInput>, now: string = nowIso()): number {
  const openedAt = input.openedAt ?? now;
  notInFuture(openedAt, now, 'openedAt');
  return db.transaction(() => {
    if (!sql(db, 'SELECT 1 FROM mentees WHERE id = ?').get(input.menteeId)) {
      throw new VaultError('NOT_FOUND', 'No mentee with that id.', [{ path: ['menteeId'], message: 'No such mentee' }]);
    }
    const id = sql<number>(db, 'SELECT coalesce(max(id), 0) + 1 FROM escalations').pluck().get() as number;
    const genesis = genesisHash({
      id,
      menteeId: input.menteeId,
      category: input.category,
      title: input.title,
      summary: input.summary,
      severity: input.severity,
      needToKnow: input.needToKnow,
      openedAt,
      createdAt: now,
    });
    const people = JSON.stringify(input.needToKnow);
    sql(
      db,
      `INSERT INTO escalations (id, mentee_id, category, title, summary, initial_severity, initial_need_to_know, opened_at,
         created_at, genesis_hash, status, severity, need_to_know, entry_count, head_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, 0, ?)`,
    ).run(id, input.menteeId, input.category, input.title, input.summary, input.severity, people, openedAt, now, genesis, input.severity, people, genesis);
    return id;
  })();
}

/** The device this vault writes as: its sync node id (every vault has one, synced or not). */
function thisDevice(db: Db): string {
  const id = sql<string>(db, "SELECT value FROM sync_state WHERE key = 'device_id'").pluck().get() as string | undefined;
  if (!id) throw new VaultError('INTERNAL', 'This vault has no device id.');
  return id;
}

/**
 * Appends one entry at the end of this device's chain in the record, with a clock after
 * every entry already in the timeline. The record's status, severity, need-to-know list and
 * head move in the same transaction, by the insert trigger (migration 016).
 */
export function addEntry(db: Db, input: AddEntryValues, now: string = nowIso()): number {
  const occurredAt = input.occurredAt ?? now;
  notInFuture(occurredAt, now, 'occurredAt');
  return db.transaction(() => {
    const record = readRecord(db, input.escalationId);
    let correctsEntryId: number | null = null;
    let newStatus: string | null = null;
    let newSeverity: string | null = null;
    let newNeedToKnow: string[] | null = null;
    switch (input.kind) {
      case 'correction': {
        const target = sql<{ escalation_id: number }>(db, 'SELECT escalation_id FROM escalation_entries WHERE id = ?').get(input.correctsEntryId);
        if (!target || target.escalation_id !== record.id) {
          throw new VaultError('INVALID_INPUT', 'correctsEntryId: not an entry of this record', [
            { path: ['correctsEntryId'], message: 'Choose an entry of this record' },
          ]);
        }
        correctsEntryId = input.correctsEntryId;
        break;
      }
      case 'closure':
        if (record.status === 'resolved') throw new VaultError('CONFLICT', 'This record is already resolved.');
        newStatus = 'resolved';
        break;
      case 'status-change': {
        newStatus = input.status ?? null;
        newSeverity = input.severity ?? null;
        newNeedToKnow = input.needToKnow ?? null;
        const changes =
          (newStatus !== null && newStatus !== record.status) ||
          (newSeverity !== null && newSeverity !== record.severity) ||
          (newNeedToKnow !== null && JSON.stringify(newNeedToKnow) !== record.need_to_know);
        if (!changes) {
          throw new VaultError('INVALID_INPUT', 'status: nothing changes', [{ path: ['status'], message: 'Nothing changes: the record already has these values' }]);
        }
        break;
      }
      default:
        break;
    }
    const device = thisDevice(db);
    const last = sql<{ sequence: number; hash: string }>(
      db,
      'SELECT sequence, hash FROM escalation_entries WHERE escalation_id = ? AND device = ? ORDER BY sequence DESC LIMIT 1',
    ).get(record.id, device);
    const latest = sql<string | null>(db, "SELECT max(clock) FROM escalation_entries WHERE escalation_id = ? AND clock <> ''").pluck().get(record.id) as string | null;
    const prevHash = last?.hash ?? record.genesis_hash;
    const content: EntryContent = {
      id: sql<number>(db, 'SELECT coalesce(max(id), 0) + 1 FROM escalation_entries').pluck().get() as number,
      escalationId: record.id,
      device,
      sequence: (last?.sequence ?? 0) + 1,
      clock: nextTimelineClock(latest, Date.parse(now)),
      kind: input.kind,
      what: input.what,
      informed: input.informed,
      outcome: input.outcome,
      occurredAt,
      recordedAt: now,
      correctsEntryId,
      newStatus,
      newSeverity,
      newNeedToKnow,
    };
    sql(
      db,
      `INSERT INTO escalation_entries (id, escalation_id, device, sequence, clock, kind, what, informed, outcome, occurred_at, recorded_at,
         corrects_entry_id, new_status, new_severity, new_need_to_know, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      content.id,
      content.escalationId,
      content.device,
      content.sequence,
      content.clock,
      content.kind,
      content.what,
      JSON.stringify(content.informed),
      content.outcome,
      content.occurredAt,
      content.recordedAt,
      content.correctsEntryId,
      content.newStatus,
      content.newSeverity,
      newNeedToKnow === null ? null : JSON.stringify(newNeedToKnow),
      prevHash,
      entryHash(prevHash, content),
    );
    return content.id;
  })();
}
