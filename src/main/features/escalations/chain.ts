import { createHash } from 'node:crypto';
import type { ChainVerification } from '../../../shared/escalations/schema';
import { EARLIER_DEVICE, TIMELINE_CLOCK } from '../../../shared/escalations/timeline-clock';

/**
 * The hash chains of an escalation timeline: one per device that wrote entries in it.
 *
 * Canonical content is JSON with keys sorted (recursively), no whitespace, strings as
 * JSON.stringify writes them, integers as decimals, absent values as null, lists in
 * their stored order.
 *
 *   genesis = SHA-256( "mentor-vault/escalation-genesis/v1\n" || canonical({
 *               v: 1, id, menteeId, category, title, summary, severity (the first one),
 *               needToKnow (the first list), openedAt, createdAt }) )
 *
 *   entry.hash = SHA-256( prevHash as 32 raw bytes || canonical({
 *               v: 2, id, escalationId, device, sequence, clock, kind, what, informed,
 *               outcome, occurredAt, recordedAt, correctsEntryId, newStatus, newSeverity,
 *               newNeedToKnow }) )
 *
 * where prevHash is the hash of the previous entry of the same device in that record, or
 * the genesis hash for the device's first, and sequence counts the device's entries there.
 * Entries written before per-device chains (device EARLIER_DEVICE, no clock) keep format 1:
 * the same without v: 2, device and clock. Several computers can thus append to one
 * timeline at once without either chain being rewritten; the timeline shows all entries
 * ordered by (clock, device) (shared/escalations/timeline-clock.ts).
 *
 * The record's head is its one chain's last hash (the genesis with no entries); with more
 * than one chain, SHA-256( "mentor-vault/escalation-heads/v1\n" || for each device in
 * ascending order: device || " " || its last hash || "\n" ). The fingerprint abbreviates
 * the head. Hashes are 64 lower-case hex characters. The genesis binds the record's own
 * details, so changing them breaks every chain. The ids are those of the computer that
 * wrote the row; a row that arrived by sync is checked with them (`hashedAs`).
 */
export const CHAIN_FORMAT_VERSION = 1;
const GENESIS_PREFIX = 'mentor-vault/escalation-genesis/v1\n';
const HEADS_PREFIX = 'mentor-vault/escalation-heads/v1\n';
const PER_DEVICE_FORMAT_VERSION = 2;

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
  /** The device whose chain holds the entry (EARLIER_DEVICE: written before per-device chains). */
  device: string;
  /** Its place in the device's chain, from 1. */
  sequence: number;
  /** Its place in the merged timeline, with the device ('' for EARLIER_DEVICE). */
  clock: string;
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
  const fields = {
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
  };
  const content =
    e.device === EARLIER_DEVICE
      ? canonicalJson({ v: CHAIN_FORMAT_VERSION, ...fields })
      : canonicalJson({ v: PER_DEVICE_FORMAT_VERSION, ...fields, device: e.device, clock: e.clock });
  return createHash('sha256').update(Buffer.from(prevHash, 'hex')).update(content, 'utf8').digest('hex');
}

/** The record's head from each device's last hash (see the format above). */
export function recordHead(genesis: string, heads: ReadonlyMap<string, string>): string {
  if (heads.size === 0) return genesis;
  if (heads.size === 1) return [...heads.values()][0]!;
  const lines = [...heads.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([device, hash]) => `${device} ${hash}\n`)
    .join('');
  return createHash('sha256').update(HEADS_PREFIX + lines, 'utf8').digest('hex');
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
 * Recomputes a record's chains from what is stored and reports the first place, in the
 * timeline's order, where one no longer holds. `entries` must come in that order:
 * clock, device, sequence, then id.
 */
export function verifyChain(record: StoredRecord, entries: StoredEntry[]): ChainVerification {
  const broken = (firstBrokenEntryId: number | null, sequence: number, reason: Extract<ChainVerification, { intact: false }>['reason'], message: string) =>
    ({ intact: false, firstBrokenEntryId, sequence, reason, message }) as const;

  if (genesisHash({ ...record, ...record.hashedAs }) !== record.genesisHash) {
    return broken(null, 0, 'record-changed', `Record ${record.id}: its own details no longer match the start of its timeline.`);
  }
  // Each device's chain as far as it has been followed: its last hash, number and clock.
  const chains = new Map<string, { prev: string; next: number; clock: string }>();
  // With several computers' chains, an entry's number in its chain is not its number on screen.
  const shared = new Set(entries.map((e) => e.device)).size > 1;
  for (const entry of entries) {
    const at = `Record ${record.id}, entry ${entry.id} (number ${entry.sequence}${shared ? ' of the entries written on its computer' : ''})`;
    const chain = chains.get(entry.device) ?? { prev: record.genesisHash, next: 1, clock: '' };
    const hashedUnder = (entry.hashedAs?.escalationId ?? entry.escalationId) === (record.hashedAs?.id ?? record.id);
    // An earlier entry has no clock (it is not hashed, so none may be added); a later one's is hashed.
    const clockShape = entry.device === EARLIER_DEVICE ? entry.clock === '' : TIMELINE_CLOCK.test(entry.clock);
    if (entry.escalationId !== record.id || !hashedUnder || !clockShape || entryHash(entry.prevHash, { ...entry, ...entry.hashedAs }) !== entry.hash) {
      return broken(entry.id, entry.sequence, 'entry-changed', `${at}: its content no longer matches its hash.`);
    }
    if (entry.prevHash !== chain.prev) {
      return broken(entry.id, entry.sequence, 'link-broken', `${at}: it does not follow the entry before it (one was removed, inserted or moved).`);
    }
    if (entry.sequence !== chain.next) {
      return broken(entry.id, entry.sequence, 'sequence-broken', `${at}: expected number ${chain.next} here.`);
    }
    if (entry.device !== EARLIER_DEVICE && entry.clock <= chain.clock) {
      return broken(entry.id, entry.sequence, 'sequence-broken', `${at}: it is dated before the entry before it.`);
    }
    chains.set(entry.device, { prev: entry.hash, next: chain.next + 1, clock: entry.clock });
  }
  const head = recordHead(record.genesisHash, new Map([...chains].map(([device, chain]) => [device, chain.prev])));
  if (record.headHash !== head || record.entryCount !== entries.length) {
    return broken(null, entries.length + 1, 'head-mismatch', `Record ${record.id}: entries are missing after number ${entries.length}.`);
  }
  const state = derivedState(record, entries);
  if (
    state.status !== record.status ||
    state.severity !== record.currentSeverity ||
    canonicalJson(state.needToKnow) !== canonicalJson(record.currentNeedToKnow)
  ) {
    return broken(null, entries.length + 1, 'state-mismatch', `Record ${record.id}: its status, severity or need-to-know list differ from its timeline.`);
  }
  return { intact: true, head, fingerprint: fingerprintOf(head), entryCount: entries.length };
}

/** What the entries (in timeline order) say the record's state is: the latest value each one set. */
export function derivedState(record: RecordIdentity, entries: Pick<EntryContent, 'newStatus' | 'newSeverity' | 'newNeedToKnow'>[]) {
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
