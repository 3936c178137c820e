import type {
  EntryKind,
  EscalationCategory,
  EscalationEntry,
  EscalationSeverity,
  EscalationStatus,
} from '../../../shared/escalations/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import type { StoredEntry, StoredRecord } from './chain';

/** Rows exactly as stored, and their mapping to the chain's view and the contract's. */
export interface RecordRow {
  id: number;
  mentee_id: number;
  category: EscalationCategory;
  title: string;
  summary: string;
  initial_severity: EscalationSeverity;
  initial_need_to_know: string;
  opened_at: string;
  created_at: string;
  genesis_hash: string;
  status: EscalationStatus;
  severity: EscalationSeverity;
  need_to_know: string;
  entry_count: number;
  head_hash: string;
}

export interface EntryRow {
  id: number;
  escalation_id: number;
  device: string;
  sequence: number;
  clock: string;
  kind: EntryKind;
  what: string;
  informed: string;
  outcome: string;
  occurred_at: string;
  recorded_at: string;
  corrects_entry_id: number | null;
  new_status: EscalationStatus | null;
  new_severity: EscalationSeverity | null;
  new_need_to_know: string | null;
  prev_hash: string;
  hash: string;
}

const RECORD_COLUMNS =
  'id, mentee_id, category, title, summary, initial_severity, initial_need_to_know, opened_at, created_at, genesis_hash, status, severity, need_to_know, entry_count, head_hash';
const ENTRY_COLUMNS =
  'id, escalation_id, device, sequence, clock, kind, what, informed, outcome, occurred_at, recorded_at, corrects_entry_id, new_status, new_severity, new_need_to_know, prev_hash, hash';

export function readRecord(db: Db, id: number): RecordRow {
  const row = sql<RecordRow>(db, `SELECT ${RECORD_COLUMNS} FROM escalations WHERE id = ?`).get(id);
  if (!row) throw new VaultError('NOT_FOUND', 'No escalation record with that id.');
  return row;
}

export function readRecords(db: Db, ids: number[]): RecordRow[] {
  return sql<RecordRow>(db, `SELECT ${RECORD_COLUMNS} FROM escalations WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids));
}

export function allRecordIds(db: Db): number[] {
  return sql<number>(db, 'SELECT id FROM escalations ORDER BY id').pluck().all() as number[];
}

/** A timeline's order on every computer: (clock, device), then the device's own order (docs/sync-merge.md). */
const TIMELINE_ORDER = 'clock, device, sequence, id';

export function readEntries(db: Db, escalationId: number): EntryRow[] {
  return sql<EntryRow>(db, `SELECT ${ENTRY_COLUMNS} FROM escalation_entries WHERE escalation_id = ? ORDER BY ${TIMELINE_ORDER}`).all(escalationId);
}

/** Entries of several records at once, grouped by record (for a page of the list). */
export function readEntriesOf(db: Db, ids: number[]): Map<number, EntryRow[]> {
  const rows = sql<EntryRow>(
    db,
    `SELECT ${ENTRY_COLUMNS} FROM escalation_entries WHERE escalation_id IN (SELECT value FROM json_each(?)) ORDER BY escalation_id, ${TIMELINE_ORDER}`,
  ).all(JSON.stringify(ids));
  const byRecord = new Map<number, EntryRow[]>(ids.map((id) => [id, []]));
  for (const row of rows) byRecord.get(row.escalation_id)?.push(row);
  return byRecord;
}

export function readEntry(db: Db, entryId: number): EntryRow {
  const row = sql<EntryRow>(db, `SELECT ${ENTRY_COLUMNS} FROM escalation_entries WHERE id = ?`).get(entryId);
  if (!row) throw new VaultError('NOT_FOUND', 'No timeline entry with that id.');
  return row;
}

function list(text: string): string[] {
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? (value as string[]) : [];
}

export function toStoredRecord(row: RecordRow): StoredRecord {
  return {
    id: row.id,
    menteeId: row.mentee_id,
    category: row.category,
    title: row.title,
    summary: row.summary,
    severity: row.initial_severity,
    needToKnow: list(row.initial_need_to_know),
    openedAt: row.opened_at,
    createdAt: row.created_at,
    genesisHash: row.genesis_hash,
    headHash: row.head_hash,
    entryCount: row.entry_count,
    status: row.status,
    currentSeverity: row.severity,
    currentNeedToKnow: list(row.need_to_know),
  };
}

export function toStoredEntry(row: EntryRow): StoredEntry {
  return {
    id: row.id,
    escalationId: row.escalation_id,
    device: row.device,
    sequence: row.sequence,
    clock: row.clock,
    kind: row.kind,
    what: row.what,
    informed: list(row.informed),
    outcome: row.outcome,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    correctsEntryId: row.corrects_entry_id,
    newStatus: row.new_status,
    newSeverity: row.new_severity,
    newNeedToKnow: row.new_need_to_know === null ? null : list(row.new_need_to_know),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * The entry as the screens show it; its number is its place in the merged timeline
 * (`position`, from 1), not its place in its device's chain.
 */
export function toEntry(row: EntryRow, correctedBy: number[], position: number): EscalationEntry {
  const stored = toStoredEntry(row);
  return {
    id: stored.id,
    escalationId: stored.escalationId,
    sequence: position,
    kind: row.kind,
    what: stored.what,
    informed: stored.informed,
    outcome: stored.outcome,
    occurredAt: stored.occurredAt,
    recordedAt: stored.recordedAt,
    correctsEntryId: stored.correctsEntryId,
    correctedBy,
    newStatus: row.new_status,
    newSeverity: row.new_severity,
    newNeedToKnow: stored.newNeedToKnow,
    hash: stored.hash,
    confidential: true,
  };
}
