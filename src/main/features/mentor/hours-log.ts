import { stringify } from 'csv-stringify/sync';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { HoursFormat, SessionFormat } from '../../../shared/mentor/schema';
import type { Db } from '../../vault/sqlite';
import { hoursSummary, loggedSessions, toHours, type Period } from './hours';
import { supervisionTable, trainingTable } from './records';
import { allOwn } from './table';
import type { DocWords } from '../documents/words';

/**
 * The client-hours log in the columns accreditation bodies ask for (ICF's and EMCC's
 * logs alike): one row per client and kind of session. A client is named only with
 * consent, otherwise by pseudonym, and a contact appears only with consent. Nothing
 * else of a mentee's plan, and no note or escalation, is read here.
 */

export interface LogRow {
  client: string;
  contact: string;
  format: SessionFormat;
  /** The largest group the client was coached in (group rows only). */
  groupSize: number | null;
  firstSession: string;
  lastSession: string;
  sessions: number;
  paidHours: number;
  proBonoHours: number;
  totalHours: number;
}

const LOG_COLUMNS = ['client', 'contact', 'format', 'groupSize', 'first', 'last', 'sessions', 'paid', 'proBono', 'total'] as const;
type Column = (typeof LOG_COLUMNS)[number] | 'date' | 'payment' | 'hours' | 'source' | 'title' | 'provider' | 'kind' | 'competencies' | 'supervisor' | 'themes';

const heads = (w: DocWords, columns: readonly Column[]) => columns.map((c) => w.t(`hoursLog.col.${c}`));

export function logRows(db: Db, period: Period): LogRow[] {
  const rows = new Map<string, LogRow & { paid: number; proBono: number }>();
  for (const s of loggedSessions(db, period)) {
    const key = `${s.menteeId}:${s.format}`;
    let row = rows.get(key);
    if (!row) {
      row = { client: s.listedAs, contact: s.contact, format: s.format, groupSize: null, firstSession: s.date, lastSession: s.date, sessions: 0, paidHours: 0, proBonoHours: 0, totalHours: 0, paid: 0, proBono: 0 };
      rows.set(key, row);
    }
    row.sessions += 1;
    row.lastSession = s.date;
    if (s.groupSize !== null) row.groupSize = Math.max(row.groupSize ?? 0, s.groupSize);
    if (s.payment === 'paid') row.paid += s.minutes;
    else row.proBono += s.minutes;
  }
  return [...rows.values()]
    .map(({ paid, proBono, ...row }) => ({ ...row, paidHours: toHours(paid), proBonoHours: toHours(proBono), totalHours: toHours(paid + proBono) }))
    .sort((a, b) => a.client.localeCompare(b.client) || a.format.localeCompare(b.format));
}

/** A spreadsheet opening a CSV runs a cell starting with these as a formula. */
function plainCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const formatWord = (w: DocWords, f: SessionFormat) => w.t(f === 'group' ? 'hoursLog.group' : 'hoursLog.individual');

export function hoursCsv(db: Db, period: Period, w: DocWords): Buffer {
  const records = logRows(db, period).map((r) => [
    plainCell(r.client),
    plainCell(r.contact),
    formatWord(w, r.format),
    r.groupSize ?? '',
    r.firstSession,
    r.lastSession,
    r.sessions,
    r.paidHours.toFixed(2),
    r.proBonoHours.toFixed(2),
    r.totalHours.toFixed(2),
  ]);
  // A byte-order mark so Excel reads the names as UTF-8; CRLF as RFC 4180 says.
  return Buffer.from(`\uFEFF${stringify([heads(w, LOG_COLUMNS), ...records], { record_delimiter: 'windows' })}`, 'utf8');
}

const header = (labels: readonly string[]): Row => labels.map((value) => ({ value, fontWeight: 'bold' as const }));
const hoursCell = (value: number) => ({ value, type: Number, format: '0.00' });
const dateCell = (value: string) => ({ value, type: String });

export async function hoursXlsx(db: Db, period: Period, w: DocWords): Promise<Buffer> {
  const rows = logRows(db, period);
  const summary = hoursSummary(db, period);
  const log: Row[] = [
    header(heads(w, LOG_COLUMNS)),
    ...rows.map((r): Row => [
      { value: r.client, type: String },
      { value: r.contact, type: String },
      { value: formatWord(w, r.format), type: String },
      r.groupSize === null ? null : { value: r.groupSize, type: Number },
      dateCell(r.firstSession),
      dateCell(r.lastSession),
      { value: r.sessions, type: Number },
      hoursCell(r.paidHours),
      hoursCell(r.proBonoHours),
      hoursCell(r.totalHours),
    ]),
    [
      { value: w.t('hoursLog.total'), fontWeight: 'bold' },
      null,
      null,
      null,
      null,
      null,
      { value: summary.totals.sessions, type: Number, fontWeight: 'bold' },
      { ...hoursCell(summary.totals.paidHours), fontWeight: 'bold' },
      { ...hoursCell(summary.totals.proBonoHours), fontWeight: 'bold' },
      { ...hoursCell(summary.totals.clientHours), fontWeight: 'bold' },
    ],
  ];
  const sessions: Row[] = [
    header(heads(w, ['date', 'client', 'format', 'payment', 'hours', 'source'])),
    ...loggedSessions(db, period).map((s): Row => [
      dateCell(s.date),
      { value: s.listedAs, type: String },
      { value: formatWord(w, s.format), type: String },
      { value: w.t(s.payment === 'paid' ? 'hoursLog.paid' : 'hoursLog.proBono'), type: String },
      hoursCell(toHours(s.minutes)),
      { value: w.t(s.source === 'clock' ? 'hoursLog.source.clock' : s.source === 'planned' ? 'hoursLog.source.planned' : 'hoursLog.source.corrected'), type: String },
    ]),
  ];
  const inPeriod = (date: string) => (!period.from || date >= period.from) && (!period.to || date <= period.to);
  const training: Row[] = [
    header(heads(w, ['date', 'title', 'provider', 'kind', 'hours', 'competencies'])),
    ...allOwn(db, trainingTable)
      .filter((t) => inPeriod(t.date))
      .map((t): Row => [dateCell(t.date), { value: t.title, type: String }, { value: t.provider, type: String }, { value: w.t(`mentorRecords.trainingKind.${t.kind}`), type: String }, hoursCell(t.hours), { value: t.competencies.join(', '), type: String }]),
  ];
  const supervision: Row[] = [
    header(heads(w, ['date', 'supervisor', 'format', 'hours', 'themes'])),
    ...allOwn(db, supervisionTable)
      .filter((s) => inPeriod(s.date))
      .map((s): Row => [dateCell(s.date), { value: s.supervisor, type: String }, { value: formatWord(w, s.format), type: String }, hoursCell(s.hours), { value: s.themes, type: String }]),
  ];
  const widths = (w: number[]) => w.map((width) => ({ width }));
  return writeXlsxFile([
    { data: log, sheet: w.t('hoursLog.sheet.log'), columns: widths([28, 28, 16, 10, 14, 14, 10, 12, 14, 12]), stickyRowsCount: 1 },
    { data: sessions, sheet: w.t('hoursLog.sheet.sessions'), columns: widths([14, 28, 16, 16, 10, 24]), stickyRowsCount: 1 },
    { data: training, sheet: w.t('hoursLog.sheet.training'), columns: widths([14, 36, 24, 14, 10, 40]), stickyRowsCount: 1 },
    { data: supervision, sheet: w.t('hoursLog.sheet.supervision'), columns: widths([14, 28, 16, 10, 50]), stickyRowsCount: 1 },
  ]).toBuffer();
}

export async function hoursFile(db: Db, format: HoursFormat, period: Period, w: DocWords): Promise<Buffer> {
  return format === 'csv' ? hoursCsv(db, period, w) : hoursXlsx(db, period, w);
}

export function hoursFileName(format: HoursFormat, period: Period, w: DocWords): string {
  const span = period.from || period.to ? ` ${w.t('hoursLog.span', { from: period.from ?? w.t('hoursLog.start'), to: period.to ?? w.t('hoursLog.today') })}` : '';
  return `${w.t('hoursLog.name')}${span}.${format}`;
}
