import type { z } from 'zod';
import type {
  ChainReport,
  ChainVerification,
  Escalation,
  EscalationSummary,
  listEscalationsInput,
} from '../../../shared/escalations/schema';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { verifyChain } from './chain';
import { withHashedIds } from './hashed-as';
import { allRecordIds, readEntries, readEntriesOf, readRecord, readRecords, toEntry, toStoredEntry, toStoredRecord, type EntryRow, type RecordRow } from './rows';

const DAY_MS = 86_400_000;

function verifyRows(db: Db, record: RecordRow, entries: EntryRow[]): ChainVerification {
  const hashed = withHashedIds(db);
  return verifyChain(hashed.record(toStoredRecord(record)), entries.map((e) => hashed.entry(toStoredEntry(e))));
}

export function verifyEscalation(db: Db, id: number): ChainVerification {
  return verifyRows(db, readRecord(db, id), readEntries(db, id));
}

/** Every chain in the vault, in batches so memory stays flat however many records there are. */
export function verifyAllEscalations(db: Db): ChainReport {
  const ids = allRecordIds(db);
  const broken: ChainReport['broken'] = [];
  for (let i = 0; i < ids.length; i += 200) {
    const batch = ids.slice(i, i + 200);
    const entries = readEntriesOf(db, batch);
    for (const record of readRecords(db, batch)) {
      const result = verifyRows(db, record, entries.get(record.id) ?? []);
      if (!result.intact) {
        broken.push({ id: record.id, firstBrokenEntryId: result.firstBrokenEntryId, sequence: result.sequence, reason: result.reason, message: result.message });
      }
    }
  }
  return { records: ids.length, broken };
}

function ageDays(openedAt: string): number {
  return Math.max(0, Math.floor((Date.now() - Date.parse(openedAt)) / DAY_MS));
}

function menteeName(db: Db, menteeId: number): string {
  return (sql<string>(db, 'SELECT name FROM mentees WHERE id = ?').pluck().get(menteeId) as string | undefined) ?? '';
}

/** The fields a list row and the full record share. */
function toSummary(record: RecordRow, menteeName: string, lastEntryAt: string | null, intact: boolean): EscalationSummary {
  return {
    id: record.id,
    menteeId: record.mentee_id,
    menteeName,
    category: record.category,
    severity: record.severity,
    status: record.status,
    title: record.title,
    openedAt: record.opened_at,
    ageDays: ageDays(record.opened_at),
    lastEntryAt,
    entryCount: record.entry_count,
    intact,
    confidential: true,
  };
}

export function getEscalation(db: Db, id: number): Escalation {
  const record = readRecord(db, id);
  const rows = readEntries(db, id);
  const correctedBy = new Map<number, number[]>();
  for (const row of rows) {
    if (row.corrects_entry_id !== null) correctedBy.set(row.corrects_entry_id, [...(correctedBy.get(row.corrects_entry_id) ?? []), row.id]);
  }
  const verification = verifyRows(db, record, rows);
  const stored = toStoredRecord(record);
  return {
    ...toSummary(record, menteeName(db, record.mentee_id), rows.length ? rows[rows.length - 1]!.recorded_at : null, verification.intact),
    summary: record.summary,
    needToKnow: stored.currentNeedToKnow,
    initialSeverity: record.initial_severity,
    initialNeedToKnow: stored.needToKnow,
    createdAt: record.created_at,
    entries: rows.map((row, i) => toEntry(row, correctedBy.get(row.id) ?? [], i + 1)),
    verification,
    confidential: true,
  };
}

type ListInput = z.output<typeof listEscalationsInput>;

function orderBy(input: ListInput): string {
  const dir = input.direction === 'desc' ? 'DESC' : 'ASC';
  const rev = input.direction === 'desc' ? 'ASC' : 'DESC';
  switch (input.sort) {
    case 'urgency':
      return `e.status_rank ${dir}, e.severity_rank ${dir}, e.opened_at ${dir}, e.id ${dir}`;
    case 'openedAt':
      return `e.opened_at ${dir}, e.id ${dir}`;
    case 'lastEntryAt':
      return `last_entry_at ${dir} NULLS LAST, e.id ${dir}`;
    // Ascending severity = low first; ascending status = open, monitoring, resolved.
    case 'severity':
      return `e.severity_rank ${rev}, e.status_rank, e.opened_at, e.id`;
    case 'status':
      return `e.status_rank ${dir}, e.severity_rank, e.opened_at, e.id`;
    case 'mentee':
      return `m.name COLLATE NOCASE ${dir}, e.status_rank, e.severity_rank, e.opened_at, e.id`;
    case 'category':
      return `e.category ${dir}, e.status_rank, e.severity_rank, e.opened_at, e.id`;
  }
}

/** Every escalation across mentees, most urgent first by default, each with its chain checked. */
export function listEscalations(db: Db, input: ListInput): Page<EscalationSummary> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (input.menteeId !== undefined) {
    where.push('e.mentee_id = :mentee');
    params.mentee = input.menteeId;
  }
  const inList = (column: string, name: string, values: readonly string[]) => {
    if (values.length === 0) return;
    where.push(`${column} IN (SELECT value FROM json_each(:${name}))`);
    params[name] = JSON.stringify(values);
  };
  inList('e.status', 'statuses', input.statuses);
  inList('e.severity', 'severities', input.severities);
  inList('e.category', 'categories', input.categories);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = sql<{ id: number; mentee_name: string; last_entry_at: string | null }>(
    db,
    `SELECT e.id, m.name AS mentee_name,
       (SELECT x.recorded_at FROM escalation_entries x WHERE x.escalation_id = e.id ORDER BY x.clock DESC, x.device DESC, x.sequence DESC LIMIT 1) AS last_entry_at
     FROM escalations e JOIN mentees m ON m.id = e.mentee_id
     ${clause} ORDER BY ${orderBy(input)} LIMIT :limit OFFSET :offset`,
  ).all({ ...params, limit: input.limit, offset: input.offset });
  const total = sql<number>(db, `SELECT count(*) FROM escalations e ${clause}`).pluck().get(params) as number;

  const ids = rows.map((r) => r.id);
  const records = new Map(readRecords(db, ids).map((r) => [r.id, r]));
  const entries = readEntriesOf(db, ids);
  return {
    total,
    rows: rows.map((row) => {
      const record = records.get(row.id)!;
      return toSummary(record, row.mentee_name, row.last_entry_at, verifyRows(db, record, entries.get(record.id) ?? []).intact);
    }),
  };
}

/** One entry as plain text, for the clipboard. */
export function entryAsText(entry: EntryRow): string {
  const stored = toStoredEntry(entry);
  const lines = [`${stored.kind} (${stored.occurredAt})`, stored.what];
  if (stored.informed.length) lines.push(`Informed: ${stored.informed.join(', ')}`);
  if (stored.outcome) lines.push(`Outcome: ${stored.outcome}`);
  return lines.join('\n');
}
