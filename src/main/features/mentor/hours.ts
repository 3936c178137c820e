import type { ClientHours, HoursSummary, LoggedSession, MonthHours, Payment, SessionFormat } from '../../../shared/mentor/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { allOwn } from './table';
import { thresholdsTable } from './records';

/**
 * The client-hours log, derived from held meetings: the meeting mode's clock when it
 * ran, else the planned length, unless the mentor corrected it (with a reason). Every
 * screen, the CSV and spreadsheet, the record PDF and the CLI read these functions, so
 * they cannot disagree.
 */

interface SessionRow {
  meeting_id: number;
  mentee_id: number;
  mentee_name: string;
  title: string;
  date: string;
  planned_minutes: number;
  elapsed_seconds: number;
  adjusted_minutes: number | null;
  reason: string | null;
  format: SessionFormat | null;
  group_size: number | null;
  payment: Payment | null;
  consent: number | null;
  pseudonym: string | null;
  contact: string | null;
}

/** The day a held meeting took place, as the log dates it. */
const HELD_DATE = 'm.local_date';
/** Below a minute on the clock the mode was only opened, not used to run the meeting. */
const CLOCK_MIN_SECONDS = 60;

export const defaultPseudonym = (menteeId: number) => `Client ${menteeId}`;

export interface Period {
  from: string | null;
  to: string | null;
}

/** Every held meeting in the period, oldest first, with its counted minutes. */
export function loggedSessions(db: Db, period: Period): (LoggedSession & { contact: string; consent: boolean })[] {
  const rows = sql<SessionRow>(
    db,
    `SELECT m.id AS meeting_id, m.mentee_id, me.name AS mentee_name, m.title, ${HELD_DATE} AS date,
            m.planned_minutes, m.elapsed_seconds, h.minutes AS adjusted_minutes, h.reason, h.format, h.group_size,
            c.payment, c.consent_to_list AS consent, c.pseudonym, c.contact
       FROM meetings m
       JOIN mentees me ON me.id = m.mentee_id
       LEFT JOIN meeting_hours h ON h.meeting_id = m.id
       LEFT JOIN mentor_clients c ON c.mentee_id = m.mentee_id
      WHERE m.status = 'held'
        AND (:from IS NULL OR ${HELD_DATE} >= :from) AND (:to IS NULL OR ${HELD_DATE} <= :to)
      ORDER BY ${HELD_DATE}, m.id`,
  ).all({ from: period.from, to: period.to });
  return rows.map((r) => {
    const consent = r.consent === 1;
    const pseudonym = r.pseudonym ?? defaultPseudonym(r.mentee_id);
    const clock = r.elapsed_seconds >= CLOCK_MIN_SECONDS;
    return {
      meetingId: r.meeting_id,
      menteeId: r.mentee_id,
      menteeName: r.mentee_name,
      listedAs: consent ? r.mentee_name : pseudonym,
      title: r.title,
      date: r.date,
      minutes: r.adjusted_minutes ?? (clock ? Math.round(r.elapsed_seconds / 60) : r.planned_minutes),
      source: r.adjusted_minutes !== null ? 'adjusted' : clock ? 'clock' : 'planned',
      reason: r.reason ?? '',
      format: r.format ?? 'individual',
      groupSize: r.group_size,
      payment: r.payment ?? 'pro-bono',
      consent,
      contact: consent ? (r.contact ?? '') : '',
    };
  });
}

/** Hours with two decimals, from whole minutes summed first (no drift from adding rounded parts). */
export const toHours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

function byClient(sessions: ReturnType<typeof loggedSessions>): ClientHours[] {
  const clients = new Map<number, { row: ClientHours; minutes: Record<'individual' | 'group' | 'paid' | 'pro-bono' | 'all', number> }>();
  for (const s of sessions) {
    let entry = clients.get(s.menteeId);
    if (!entry) {
      entry = {
        row: { menteeId: s.menteeId, listedAs: s.listedAs, contact: s.contact, firstSession: s.date, lastSession: s.date, sessions: 0, individualHours: 0, groupHours: 0, paidHours: 0, proBonoHours: 0, totalHours: 0 },
        minutes: { individual: 0, group: 0, paid: 0, 'pro-bono': 0, all: 0 },
      };
      clients.set(s.menteeId, entry);
    }
    entry.row.sessions += 1;
    entry.row.lastSession = s.date;
    entry.minutes[s.format] += s.minutes;
    entry.minutes[s.payment] += s.minutes;
    entry.minutes.all += s.minutes;
  }
  return [...clients.values()]
    .map(({ row, minutes }) => ({
      ...row,
      individualHours: toHours(minutes.individual),
      groupHours: toHours(minutes.group),
      paidHours: toHours(minutes.paid),
      proBonoHours: toHours(minutes['pro-bono']),
      totalHours: toHours(minutes.all),
    }))
    .sort((a, b) => a.listedAs.localeCompare(b.listedAs) || a.menteeId - b.menteeId);
}

function byMonth(sessions: ReturnType<typeof loggedSessions>): MonthHours[] {
  const months = new Map<string, { paid: number; proBono: number }>();
  for (const s of sessions) {
    const month = s.date.slice(0, 7);
    const m = months.get(month) ?? { paid: 0, proBono: 0 };
    if (s.payment === 'paid') m.paid += s.minutes;
    else m.proBono += s.minutes;
    months.set(month, m);
  }
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, m]) => ({ month, paidHours: toHours(m.paid), proBonoHours: toHours(m.proBono) }));
}

function sumHours(db: Db, table: 'mentor_training' | 'mentor_supervision', period: Period): number {
  const total = sql<number>(db, `SELECT coalesce(sum(hours), 0) FROM ${table} WHERE (:from IS NULL OR date >= :from) AND (:to IS NULL OR date <= :to)`)
    .pluck()
    .get({ from: period.from, to: period.to }) as number;
  return Math.round(total * 100) / 100;
}

function totals(db: Db, sessions: ReturnType<typeof loggedSessions>, period: Period): HoursSummary['totals'] {
  const sum = (pick: (s: (typeof sessions)[number]) => boolean) => toHours(sessions.filter(pick).reduce((n, s) => n + s.minutes, 0));
  return {
    sessions: sessions.length,
    clientHours: sum(() => true),
    paidHours: sum((s) => s.payment === 'paid'),
    proBonoHours: sum((s) => s.payment === 'pro-bono'),
    individualHours: sum((s) => s.format === 'individual'),
    groupHours: sum((s) => s.format === 'group'),
    trainingHours: sumHours(db, 'mentor_training', period),
    supervisionHours: sumHours(db, 'mentor_supervision', period),
  };
}

/**
 * The figures of the period; thresholds are measured against everything ever logged,
 * since a credential counts a whole career's hours, not the period on screen.
 */
export function hoursSummary(db: Db, period: Period): HoursSummary {
  const sessions = loggedSessions(db, period);
  const lifetime = period.from === null && period.to === null ? null : totals(db, loggedSessions(db, { from: null, to: null }), { from: null, to: null });
  const periodTotals = totals(db, sessions, period);
  const all = lifetime ?? periodTotals;
  const years = new Map<string, number>();
  for (const s of sessions) years.set(s.date.slice(0, 4), (years.get(s.date.slice(0, 4)) ?? 0) + s.minutes);
  return {
    from: period.from,
    to: period.to,
    totals: periodTotals,
    byClient: byClient(sessions),
    byMonth: byMonth(sessions),
    byYear: [...years.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([year, minutes]) => ({ year, clientHours: toHours(minutes) })),
    thresholds: allOwn(db, thresholdsTable).map((t) => {
      const done = { clientHoursDone: all.clientHours, paidHoursDone: all.paidHours, trainingHoursDone: all.trainingHours, supervisionHoursDone: all.supervisionHours };
      const met =
        done.clientHoursDone >= t.clientHours &&
        done.paidHoursDone >= t.paidHours &&
        done.trainingHoursDone >= t.trainingHours &&
        done.supervisionHoursDone >= t.supervisionHours;
      return { ...t, ...done, met };
    }),
  };
}
