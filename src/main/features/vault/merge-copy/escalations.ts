import type { Db } from '../../../vault/sqlite';
import { EARLIER_DEVICE } from '../../../../shared/escalations/timeline-clock';
import { entryHash, genesisHash, type EntryContent } from '../../escalations/chain';
import type { MergeState } from './state';

type Row = Record<string, unknown>;
const list = (json: unknown): string[] => JSON.parse(String(json)) as string[];

/**
 * Escalation records and their entries are hash-chained over their local ids, so a record or
 * entry only the copy holds is written again here under this vault's ids, hashed anew, with
 * the same content and dates: its chain then holds in this vault and `verify` passes. An entry
 * the copy appended is added only where it continues this vault's chain of its device: where
 * both files appended to one record after they forked, the two chains cannot be joined
 * without rewriting one, so the copy's later entries there are skipped and counted.
 */
export function mergeEscalations(vault: Db, copy: Db, state: MergeState): void {
  const records = state.idsOf('escalations');
  // Each copy hash -> the hash that plays its part here (genesis or entry), to follow the chains.
  const hashes = new Map<string, string>();
  for (const row of copy.prepare('SELECT * FROM escalations ORDER BY id').all() as Row[]) {
    const mentee = state.idsOf('mentees').get(row.mentee_id);
    if (mentee === undefined) {
      state.count('skipped', 'escalations');
      continue;
    }
    const same = vault.prepare('SELECT id, genesis_hash FROM escalations WHERE id = ? AND genesis_hash = ?').get(row.id, row.genesis_hash) as { id: number; genesis_hash: string } | undefined;
    // Or the same record added here under another id by an earlier merge of this copy.
    const again = vault
      .prepare('SELECT id, genesis_hash FROM escalations WHERE mentee_id = ? AND created_at = ? AND opened_at = ? AND title = ? AND summary = ?')
      .get(mentee, row.created_at, row.opened_at, row.title, row.summary) as { id: number; genesis_hash: string } | undefined;
    const found = same ?? again;
    if (found) {
      records.set(row.id, found.id);
      hashes.set(String(row.genesis_hash), found.genesis_hash);
      continue;
    }
    const id = vault.prepare('SELECT coalesce(max(id), 0) + 1 FROM escalations').pluck().get() as number;
    const genesis = genesisHash({
      id,
      menteeId: mentee,
      category: String(row.category),
      title: String(row.title),
      summary: String(row.summary),
      severity: String(row.initial_severity),
      needToKnow: list(row.initial_need_to_know),
      openedAt: String(row.opened_at),
      createdAt: String(row.created_at),
    });
    vault
      .prepare(
        `INSERT INTO escalations (id, mentee_id, category, title, summary, initial_severity, initial_need_to_know, opened_at,
           created_at, genesis_hash, status, severity, need_to_know, entry_count, head_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, 0, ?)`,
      )
      .run(id, mentee, row.category, row.title, row.summary, row.initial_severity, row.initial_need_to_know, row.opened_at, row.created_at, genesis, row.initial_severity, row.initial_need_to_know, genesis);
    records.set(row.id, id);
    hashes.set(String(row.genesis_hash), genesis);
    state.count('added', 'escalations');
  }
  mergeEntries(vault, copy, state, hashes);
}

function mergeEntries(vault: Db, copy: Db, state: MergeState, hashes: Map<string, string>): void {
  const records = state.idsOf('escalations');
  const entries = state.idsOf('escalation_entries');
  const head = vault.prepare('SELECT sequence, hash, clock FROM escalation_entries WHERE escalation_id = ? AND device = ? ORDER BY sequence DESC LIMIT 1');
  const genesisOf = vault.prepare('SELECT genesis_hash FROM escalations WHERE id = ?').pluck();
  for (const row of copy.prepare('SELECT * FROM escalation_entries ORDER BY escalation_id, device, sequence').all() as Row[]) {
    const record = records.get(row.escalation_id);
    const prev = hashes.get(String(row.prev_hash));
    if (record === undefined || prev === undefined) {
      state.count('skipped', 'escalation_entries');
      continue;
    }
    const held = (vault.prepare('SELECT id, hash FROM escalation_entries WHERE escalation_id = ? AND hash = ?').get(record, row.hash) ??
      vault
        .prepare('SELECT id, hash FROM escalation_entries WHERE escalation_id = ? AND device = ? AND clock = ? AND recorded_at = ? AND what = ?')
        .get(record, row.device, row.clock, row.recorded_at, row.what)) as { id: number; hash: string } | undefined;
    if (held) {
      entries.set(row.id, held.id);
      hashes.set(String(row.hash), held.hash);
      continue;
    }
    const last = head.get(record, row.device) as { sequence: number; hash: string; clock: string } | undefined;
    const chainHead = last?.hash ?? (genesisOf.get(record) as string);
    const corrects = row.corrects_entry_id === null ? null : (entries.get(row.corrects_entry_id) ?? -1);
    const inOrder = row.device === EARLIER_DEVICE || !last || String(row.clock) > last.clock;
    if (prev !== chainHead || corrects === -1 || !inOrder) {
      // This vault's chain of that device went on differently after the fork.
      state.count('skipped', 'escalation_entries');
      continue;
    }
    const content: EntryContent = {
      id: vault.prepare('SELECT coalesce(max(id), 0) + 1 FROM escalation_entries').pluck().get() as number,
      escalationId: record,
      device: String(row.device),
      sequence: (last?.sequence ?? 0) + 1,
      clock: String(row.clock),
      kind: String(row.kind),
      what: String(row.what),
      informed: list(row.informed),
      outcome: String(row.outcome),
      occurredAt: String(row.occurred_at),
      recordedAt: String(row.recorded_at),
      correctsEntryId: corrects,
      newStatus: (row.new_status as string | null) ?? null,
      newSeverity: (row.new_severity as string | null) ?? null,
      newNeedToKnow: row.new_need_to_know === null ? null : list(row.new_need_to_know),
    };
    const hash = entryHash(chainHead, content);
    vault
      .prepare(
        `INSERT INTO escalation_entries (id, escalation_id, device, sequence, clock, kind, what, informed, outcome, occurred_at, recorded_at,
           corrects_entry_id, new_status, new_severity, new_need_to_know, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(content.id, record, content.device, content.sequence, content.clock, content.kind, content.what, row.informed, content.outcome, content.occurredAt, content.recordedAt, corrects, content.newStatus, content.newSeverity, row.new_need_to_know, chainHead, hash);
    entries.set(row.id, content.id);
    hashes.set(String(row.hash), hash);
    state.count('added', 'escalation_entries');
  }
}
