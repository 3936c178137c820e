import { createHash } from 'node:crypto';
import type { ChainVerification } from '../../../shared/escalations/schema';

/**
 * The hash chain of an escalation timeline.
 *
 * Canonical content is JSON with keys sorted (recursively), no whitespace, strings as
 * JSON.stringify writes them, integers as decimals, absent values as null, lists in
 * their stored order. Format version 1:
 *
 *   genesis = SHA-256( "mentor-vault/escalation-genesis/v1\n" || canonical({
 *               v: 1, id, menteeId, category, title, summary, severity (the first one),
 *               needToKnow (the first list), openedAt, createdAt }) )
 *
 *   entry.hash = SHA-256( prevHash as 32 raw bytes || canonical({
 *               v: 1, id, escalationId, sequence, kind, what, informed, outcome,
 *               occurredAt, recordedAt, correctsEntryId, newStatus, newSeverity,
 *               newNeedToKnow }) )
 *
 * where prevHash is the previous entry's hash, or the genesis hash for sequence 1.
 * Hashes are stored as 64 lower-case hex characters. The genesis binds the record's own
 * details, so changing them breaks the chain too; the head (last hash) is what the
 * fingerprint abbreviates. The ids are those of the computer that wrote the row; a row that
 * arrived by sync is checked with them (`hashedAs`), not with its local ids there.
 */
export const CHAIN_FORMAT_VERSION = 1;
const GENESIS_PREFIX = 'mentor-vault/escalation-genesis/v1\n';

export interface RecordIdentity {
  id: number;
  menteeId: number;
  category: string;
  title: string;
  summary: string;
  severity: string;
  needToKnow: string[];
  openedAt: string;
  createdAt: string;
}

export interface EntryContent {
  id: number;
  escalationId: number;
  sequence: number;
  kind: string;
  what: string;
  informed: string[];
  outcome: string;
  occurredAt: string;
  recordedAt: string;
  correctsEntryId: number | null;
  newStatus: string | null;
  newSeverity: string | null;
  newNeedToKnow: string[] | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function genesisHash(r: RecordIdentity): string {
  // Fields listed one by one: callers pass richer objects, and only these are hashed.
  const content = canonicalJson({
    v: CHAIN_FORMAT_VERSION,
    id: r.id,
    menteeId: r.menteeId,
    category: r.category,
    title: r.title,
    summary: r.summary,
    severity: r.severity,
    needToKnow: r.needToKnow,
    openedAt: r.openedAt,
    createdAt: r.createdAt,
  });
  return createHash('sha256').update(GENESIS_PREFIX, 'utf8').update(content, 'utf8').digest('hex');
}

export function entryHash(prevHash: string, e: EntryContent): string {
  const content = canonicalJson({
    v: CHAIN_FORMAT_VERSION,
    id: e.id,
    escalationId: e.escalationId,
    sequence: e.sequence,
    kind: e.kind,
    what: e.what,
    informed: e.informed,
    outcome: e.outcome,
    occurredAt: e.occurredAt,
    recordedAt: e.recordedAt,
    correctsEntryId: e.correctsEntryId,
    newStatus: e.newStatus,
    newSeverity: e.newSeverity,
    newNeedToKnow: e.newNeedToKnow,
  });
  return createHash('sha256').update(Buffer.from(prevHash, 'hex')).update(content, 'utf8').digest('hex');
}

/** The first 16 hex digits of the head in groups of four: short enough to copy or read out. */
export function fingerprintOf(head: string): string {
  return head.slice(0, 16).match(/.{4}/g)!.join('-');
}

/**
 * The local ids a row was hashed with on the computer that wrote it, when it arrived here by
 * sync (local ids differ between computers); absent for rows written here.
 */
export type RecordHashedAs = Pick<RecordIdentity, 'id' | 'menteeId'>;
export type EntryHashedAs = Pick<EntryContent, 'id' | 'escalationId' | 'correctsEntryId'>;

export interface StoredEntry extends EntryContent {
  prevHash: string;
  hash: string;
  hashedAs?: EntryHashedAs;
}

export interface StoredRecord extends RecordIdentity {
  genesisHash: string;
  headHash: string;
  entryCount: number;
  status: string;
  currentSeverity: string;
  currentNeedToKnow: string[];
  hashedAs?: RecordHashedAs;
}

/**
 * Recomputes a record's chain from what is stored and reports the first place it no
 * longer holds. `entries` must come ordered by sequence, then id.
 */
export function verifyChain(record: StoredRecord, entries: StoredEntry[]): ChainVerification {
  const broken = (firstBrokenEntryId: number | null, sequence: number, reason: Extract<ChainVerification, { intact: false }>['reason'], message: string) =>
    ({ intact: false, firstBrokenEntryId, sequence, reason, message }) as const;

  if (genesisHash({ ...record, ...record.hashedAs }) !== record.genesisHash) {
    return broken(null, 0, 'record-changed', `Record ${record.id}: its own details no longer match the start of its timeline.`);
  }
  let prev = record.genesisHash;
  let expected = 1;
  for (const entry of entries) {
    const at = `Record ${record.id}, entry ${entry.id} (number ${entry.sequence})`;
    const hashedUnder = (entry.hashedAs?.escalationId ?? entry.escalationId) === (record.hashedAs?.id ?? record.id);
    if (entry.escalationId !== record.id || !hashedUnder || entryHash(entry.prevHash, { ...entry, ...entry.hashedAs }) !== entry.hash) {
      return broken(entry.id, entry.sequence, 'entry-changed', `${at}: its content no longer matches its hash.`);
    }
    if (entry.prevHash !== prev) {
      return broken(entry.id, entry.sequence, 'link-broken', `${at}: it does not follow the entry before it (one was removed, inserted or moved).`);
    }
    if (entry.sequence !== expected) {
      return broken(entry.id, entry.sequence, 'sequence-broken', `${at}: expected number ${expected} here.`);
    }
    prev = entry.hash;
    expected++;
  }
  if (record.headHash !== prev || record.entryCount !== entries.length) {
    return broken(null, expected, 'head-mismatch', `Record ${record.id}: entries are missing after number ${expected - 1}.`);
  }
  const state = derivedState(record, entries);
  if (
    state.status !== record.status ||
    state.severity !== record.currentSeverity ||
    canonicalJson(state.needToKnow) !== canonicalJson(record.currentNeedToKnow)
  ) {
    return broken(null, expected, 'state-mismatch', `Record ${record.id}: its status, severity or need-to-know list differ from its timeline.`);
  }
  return { intact: true, head: prev, fingerprint: fingerprintOf(prev), entryCount: entries.length };
}

/** What the entries say the record's state is: the latest value each one set. */
export function derivedState(record: RecordIdentity, entries: EntryContent[]) {
  let status = 'open';
  let severity = record.severity;
  let needToKnow = record.needToKnow;
  for (const e of entries) {
    if (e.newStatus !== null) status = e.newStatus;
    if (e.newSeverity !== null) severity = e.newSeverity;
    if (e.newNeedToKnow !== null) needToKnow = e.newNeedToKnow;
  }
  return { status, severity, needToKnow };
}
