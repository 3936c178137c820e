import { translator } from '../../../../shared/i18n/intl';
import type { Locale } from '../../../../shared/i18n/locales';
import type { Db } from '../../../vault/sqlite';
import { nowIso } from '../../../vault/statements';
import type { KeptText } from './state';
import { q, type MergeTable } from './tables';

/** Columns that name a record for the mentor, in the order they are looked for. */
const LABELS = ['title', 'name', 'decision', 'what', 'text', 'summary', 'technique'];
const NOTE_BODY_MAX = 100_000;

/**
 * The copy's differing text of records both files hold goes into one note per mentee, titled
 * so it is found: the mentor reads it beside the records it belongs to, and searches it, with
 * or without sync turned on. Text of the mentor's own records (no mentee) is only counted.
 */
export function keepText(vault: Db, tables: MergeTable[], kept: KeptText[], copyName: string, locale: Locale): { notes: number; withoutMentee: number } {
  const { t } = translator(locale);
  const byName = new Map(tables.map((table) => [table.name, table]));
  const perMentee = new Map<number, string[]>();
  let withoutMentee = 0;
  for (const item of kept) {
    const table = byName.get(item.table)!;
    const mentee = menteeOf(vault, byName, table, item.id);
    if (mentee === null) {
      withoutMentee++;
      continue;
    }
    const row = vault.prepare(`SELECT * FROM ${q(table.name)} WHERE ${q(table.idColumn!)} = ?`).get(item.id) as Record<string, unknown>;
    const label = LABELS.map((c) => row[c]).find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined;
    const record = label ? label.slice(0, 80) : `#${item.id}`;
    const lines = perMentee.get(mentee) ?? [];
    lines.push(t('vault.mergeCopy.keptLine', { kind: item.table, record, field: item.column, text: item.text }));
    perMentee.set(mentee, lines);
  }
  const now = nowIso();
  for (const [mentee, lines] of perMentee) {
    vault
      .prepare('INSERT INTO notes (mentee_id, meeting_id, title, body, created_at, updated_at) VALUES (?, NULL, ?, ?, ?, ?)')
      .run(mentee, t('vault.mergeCopy.keptTitle', { name: copyName }).slice(0, 200), lines.join('\n\n').slice(0, NOTE_BODY_MAX), now, now);
  }
  return { notes: perMentee.size, withoutMentee };
}

/** The mentee a vault row belongs to, following its references up (a milestone's goal's mentee). */
function menteeOf(vault: Db, byName: Map<string, MergeTable>, table: MergeTable, id: number, depth = 0): number | null {
  if (table.name === 'mentees') return id;
  if (depth > 6 || !table.idColumn) return null;
  const row = vault.prepare(`SELECT * FROM ${q(table.name)} WHERE ${q(table.idColumn)} = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  if (typeof row.mentee_id === 'number') return row.mentee_id;
  for (const column of table.columns) {
    const parent = column.parent && byName.get(column.parent);
    if (parent && typeof row[column.name] === 'number') {
      const found = menteeOf(vault, byName, parent, row[column.name] as number, depth + 1);
      if (found !== null) return found;
    }
  }
  return null;
}
