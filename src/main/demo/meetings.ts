import { MEETING_KINDS, REVIEW_KINDS, type MeetingKind } from '../../shared/meetings/schema';
import { kindTitle } from '../../shared/meetings/kind-title';
import { systemTimeZone } from '../../shared/meetings/zoned';
import { localToday, plusDays } from '../../shared/dates';
import { agendaOf } from '../features/meetings/agenda';
import { addAction, addEvidence, addWin, recordMeetingDecision, saveDraft, setActionDone } from '../features/meetings/capture';
import { carryInto } from '../features/meetings/actions';
import { convertMeeting, planMeetings, rhythmSlots } from '../features/meetings/plan';
import { meetingRow } from '../features/meetings/rows';
import { scoreMeeting } from '../features/meetings/rubric';
import { recordSelfAssessment } from '../features/meetings/self-assessment';
import { insertMeeting, rhythmVersion } from '../features/meetings/store';
import type { Db } from '../vault/sqlite';
import { sql } from '../vault/statements';
import type { CatalogueLocale } from '../../shared/i18n/locales';
import { de } from './meeting-texts.de';
import { en, type MeetingTexts } from './meeting-texts';
import { readDemoMentees } from './mentees';
import { DemoRandom } from './random';

const MEETING_TEXTS: Record<CatalogueLocale, MeetingTexts> = { en, de };

/**
 * Meetings for every mentee: held ones over the past months (notes, wins, evidence,
 * decisions in the log, action items carried until done, some still open, rubric
 * scores and self-assessments for reviews; some skipped), and the coming weeks planned
 * from each charter's rhythm. `total` (the benchmark) gives exactly that many meetings
 * in all, weekly per mentee, lighter on captures.
 */
export function fillMeetings(db: Db, seed = 1, total?: number, locale: CatalogueLocale = 'en'): void {
  const T = MEETING_TEXTS[locale];
  const rand = new DemoRandom(seed * 104_729 + 4);
  const today = localToday();
  const timeZone = systemTimeZone();
  const mentees = readDemoMentees(db);
  if (total !== undefined) {
    mentees.forEach((m, i) => weeklySeries(db, rand, T, m.id, Math.floor(total / mentees.length) + (i < total % mentees.length ? 1 : 0), today, timeZone));
    titlesIn(db, locale);
    return;
  }
  for (const m of mentees) {
    const version = rhythmVersion(db, m.id);
    const begun = version?.body.pilot.startDate ?? m.start_date ?? plusDays(today, -120);
    const from = begun > plusDays(today, -300) ? begun : plusDays(today, -300);
    const past = m.status === 'prospective' ? [] : version
      ? rhythmSlots(version, null, from, from, today).map((s) => ({ kind: s.kind, date: s.date, origin: s.origin, slot: s }))
      : [0, 1, 2].map((k) => ({ kind: 'informal-touchpoint' as MeetingKind, date: plusDays(today, -14 * (3 - k)), origin: 'manual' as const, slot: undefined }));
    for (const p of past) {
      const id = insertMeeting(db, {
        menteeId: m.id,
        kind: p.kind,
        date: p.date,
        time: rand.pick(['09:00', '10:00', '14:30', '16:00']),
        timeZone,
        minutes: version?.body.meetingRhythm.lengthMinutes ?? 45,
        origin: p.origin,
        ...(p.slot ? { slot: { kind: p.slot.kind, date: p.slot.date } } : {}),
        now: `${p.date}T08:00:00.000Z`,
      });
      holdOrSkip(db, rand, T, id, p.kind, 'full');
    }
    if (version && m.status !== 'completed') {
      const planned = planMeetings(db, { menteeId: m.id, weeks: 8, time: '10:00', timeZone }, today).created;
      const last = planned.at(-1);
      if (last && last.kind !== 'pilot-review' && rand.chance(0.3)) {
        convertMeeting(db, { id: last.id, kind: rand.pick(['focused-session', 'async-exercise'] as const), reason: T.convertedReason }, today);
      }
    } else if (m.status !== 'completed') {
      insertMeeting(db, { menteeId: m.id, kind: 'informal-touchpoint', date: plusDays(today, rand.int(2, 12)), time: '10:00', timeZone, minutes: 45, origin: 'manual' });
    }
  }
  titlesIn(db, locale);
}

/** The meetings' default titles (the kind's name, which the stores write in English) in the demo's language. */
function titlesIn(db: Db, locale: CatalogueLocale): void {
  if (locale === 'en') return;
  const rename = sql(db, 'UPDATE meetings SET title = ? WHERE kind = ? AND title = ?');
  for (const kind of MEETING_KINDS) rename.run(kindTitle(kind, locale), kind, kindTitle(kind));
}

/** The benchmark's meetings: weekly, the last eight weeks ahead planned, the rest held. */
function weeklySeries(db: Db, rand: DemoRandom, T: MeetingTexts, menteeId: number, count: number, today: string, timeZone: string): void {
  for (let k = 0; k < count; k++) {
    const weeksFromNow = 8 - count + k;
    const kind: MeetingKind = k % 6 === 5 ? 'formal-review' : rand.pick(MEETING_KINDS.filter((x) => x !== 'pilot-review'));
    const date = plusDays(today, weeksFromNow * 7 + 1);
    const id = insertMeeting(db, { menteeId, kind, date, time: '10:00', timeZone, minutes: 45, origin: 'manual', now: `${date}T08:00:00.000Z` });
    if (date < today) holdOrSkip(db, rand, T, id, kind, 'light');
  }
}

/** A past meeting, held with what was captured in it (or skipped now and then). */
function holdOrSkip(db: Db, rand: DemoRandom, T: MeetingTexts, id: number, kind: MeetingKind, depth: 'full' | 'light'): void {
  const m = meetingRow(db, id);
  const at = `${m.local_date}T${m.local_time}:00.000Z`;
  if (rand.chance(0.07)) {
    sql(db, "UPDATE meetings SET status = 'skipped', status_reason = ?, sequence = 1 WHERE id = ?").run(T.skippedReason, id);
    return;
  }
  const open = sql<number>(db, 'SELECT id FROM action_items WHERE mentee_id = ? AND done_on IS NULL AND meeting_id <> ?').pluck().all(m.mentee_id, id) as number[];
  carryInto(db, open, id, at);
  for (const actionId of open) if (rand.chance(0.6)) setActionDone(db, actionId, true, id, m.local_date);
  const agenda = agendaOf(db, id);
  if (depth === 'full' || rand.chance(0.3)) saveDraft(db, id, 'notes', rand.pick(T.NOTES));
  if (depth === 'full' && agenda[0]) saveDraft(db, id, `item:${agenda[0].id}`, rand.pick(T.NOTES));
  for (const [title, owner] of rand.some(T.ACTIONS, 1, depth === 'full' ? 3 : 1)) {
    addAction(db, id, { title, owner, dueDate: plusDays(m.local_date, rand.int(5, 21)) });
  }
  for (const win of rand.some(T.WINS, 0, 2)) addWin(db, id, win);
  if (depth === 'full' && rand.chance(0.4)) addEvidence(db, id, null, rand.pick(T.EVIDENCE));
  if (depth === 'full' && rand.chance(0.35)) {
    const [decision, rationale] = rand.pick(T.DECISIONS);
    recordMeetingDecision(db, id, { decision, rationale }, m.local_date);
  }
  if (REVIEW_KINDS.includes(kind) && m.rubric_template_id !== null) {
    const dims = sql<{ id: number; levels: number }>(db, 'SELECT id, json_array_length(descriptors) AS levels FROM rubric_dimensions WHERE template_id = ?').all(m.rubric_template_id);
    for (const d of dims) scoreMeeting(db, { meetingId: id, dimensionId: d.id, score: rand.int(1, d.levels), comment: rand.chance(0.5) ? T.scoreComment : '' });
    const goals = sql<number>(db, "SELECT id FROM goals WHERE mentee_id = ? AND status IN ('not-started','on-track','at-risk')").pluck().all(m.mentee_id) as number[];
    recordSelfAssessment(db, id, { reflection: rand.pick(T.REFLECTIONS), ratings: goals.map((goalId) => ({ goalId, rating: rand.int(2, 5), comment: '' })) });
  }
  const minutes = m.planned_minutes + rand.int(-10, 10);
  for (const item of agenda) sql(db, 'UPDATE meeting_agenda_items SET spent_seconds = ? WHERE id = ?').run(item.plannedMinutes * 60 + rand.int(-60, 120), item.id);
  sql(db, "UPDATE meetings SET status = 'held', started_at = ?, ended_at = ?, elapsed_seconds = ?, current_item_id = ? WHERE id = ?").run(
    at,
    new Date(Date.parse(at) + minutes * 60_000).toISOString(),
    Math.max(5, minutes) * 60,
    agenda.at(-1)?.id ?? null,
    id,
  );
}
