import { z } from 'zod';
import { formText, type FormPreviewLine } from '../../../shared/forms/schema';
import { localToday } from '../../../shared/dates';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { createRecord, getRecord, updateRecord } from '../shared/record-table';
import { notFound } from '../shared/store-helpers';
import { deadlinesTable, progressReportsTable } from '../records/store';
import type { AnswerReader } from './answer-reader';
import type { FormWriter } from './form-writer';
import type { FormItems, RegisteredForm } from './register';
import { words } from '../../../shared/i18n/words';

/** New deadlines the mentee may set on one form. */
export const NEW_DEADLINES = 3;

/** A date typed on a form: empty means none; anything else must be a real YYYY-MM-DD date. */
const formDate = (label: string) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === '') return null;
      const parsed = z.iso.date().safeParse(s);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a date written as YYYY-MM-DD, such as 2026-03-31 (the form holds "${s.slice(0, 20)}")` });
        return z.NEVER;
      }
      return s;
    });

const checkInAnswers = z.strictObject({
  deadlines: z.array(z.strictObject({ id: z.int(), title: z.string(), metOn: z.string().nullable(), movedTo: z.string().nullable() })),
  added: z.array(z.strictObject({ title: z.string().min(1).max(200), dueDate: z.iso.date() })),
  attempted: z.string(),
  learned: z.string(),
  adjusted: z.string(),
});
export type CheckInAnswers = z.output<typeof checkInAnswers>;

/** The progress check-in between meetings: the mentee's own deadlines and a progress report, nothing else. */
export function checkInContent(db: Db, menteeId: number) {
  const name = sql<string>(db, 'SELECT name FROM mentees WHERE id = ?').pluck().get(menteeId) as string | undefined;
  if (name === undefined) throw notFound('mentee');
  const deadlines = sql<{ id: number; title: string; due_date: string }>(
    db,
    'SELECT id, title, due_date FROM deadlines WHERE mentee_id = ? AND done_on IS NULL ORDER BY due_date, id',
  ).all(menteeId);
  const items: FormItems = { deadlines: deadlines.map((d) => ({ id: d.id, title: d.title })) };
  return { menteeName: name, deadlines, items };
}

export function writeCheckIn(w: FormWriter, content: ReturnType<typeof checkInContent>): void {
  const { t, shortDate } = w.words;
  w.text(t('formPdf.checkIn.title', { mentee: content.menteeName }), { size: 18, bold: true });
  w.text(`${t('formPdf.checkIn.intro')} ${t('formPdf.saveAndSend')}`, { gap: 8 });
  w.heading(t('formPdf.checkIn.deadlines'));
  if (content.deadlines.length === 0) w.text(t('formPdf.checkIn.noDeadlines'), { muted: true });
  for (const d of content.deadlines) {
    w.text(t('formPdf.checkIn.deadline', { deadline: d.title, date: shortDate(d.due_date) }), { bold: true, gap: 2 });
    w.textField(`deadline_${d.id}_met`, t('formPdf.checkIn.met'), { height: 24 });
    w.textField(`deadline_${d.id}_moved`, t('formPdf.checkIn.moved'), { height: 24 });
  }
  w.heading(t('formPdf.checkIn.newDeadlines'));
  for (let n = 1; n <= NEW_DEADLINES; n++) {
    w.textField(`new_deadline_${n}_title`, t('formPdf.checkIn.newWhat', { number: n }), { height: 24 });
    w.textField(`new_deadline_${n}_due`, t('formPdf.checkIn.newBy', { number: n }), { height: 24 });
  }
  w.heading(t('formPdf.checkIn.report'));
  w.textField('attempted', t('formPdf.checkIn.attempted'), { height: 90 });
  w.textField('learned', t('formPdf.checkIn.learned'), { height: 90 });
  w.textField('adjusted', t('formPdf.checkIn.adjusted'), { height: 90 });
}

export function readCheckIn(r: AnswerReader, form: RegisteredForm): CheckInAnswers {
  const deadlines = (form.items.deadlines ?? []).map((d) => ({
    id: d.id,
    title: d.title,
    metOn: r.text(`deadline_${d.id}_met`, `"${d.title}" met on`, formDate('The date it was met'), null),
    movedTo: r.text(`deadline_${d.id}_moved`, `"${d.title}" moved to`, formDate('The new date'), null),
  }));
  const added = [];
  for (let n = 1; n <= NEW_DEADLINES; n++) {
    const title = r.text(`new_deadline_${n}_title`, `New deadline ${n}`, formText('What', 200), '');
    const dueDate = r.text(`new_deadline_${n}_due`, `New deadline ${n}'s date`, formDate('The date'), null);
    if (title && !dueDate) r.issues.push({ path: [`new_deadline_${n}_due`], message: `New deadline ${n}'s date: give the date "${title.slice(0, 40)}" is due.` });
    if (!title && dueDate) r.issues.push({ path: [`new_deadline_${n}_title`], message: `New deadline ${n}: say what is due on ${dueDate}.` });
    if (title && dueDate) added.push({ title, dueDate });
  }
  const answers = {
    deadlines,
    added,
    attempted: r.text('attempted', 'What you attempted', formText('What you attempted', 6000), ''),
    learned: r.text('learned', 'What you learned', formText('What you learned', 6000), ''),
    adjusted: r.text('adjusted', 'What you adjusted', formText('What you adjusted', 6000), ''),
  };
  r.done();
  return checkInAnswers.parse(answers);
}

function reportBody(a: CheckInAnswers): string {
  return [
    ['Attempted', a.attempted],
    ['Learned', a.learned],
    ['Adjusted', a.adjusted],
  ]
    .filter(([, text]) => text)
    .map(([label, text]) => `${label}: ${text}`)
    .join('\n\n');
}

export function previewCheckIn(a: CheckInAnswers, menteeName: string): FormPreviewLine[] {
  const place = words('formsPreview.place.deadlines', { mentee: menteeName });
  const titled = (title: string) => words('formsPreview.label.quoted', { title });
  const body = reportBody(a);
  return [
    ...a.deadlines.filter((d) => d.metOn).map((d) => ({ place, label: titled(d.title), value: words('formsPreview.value.metOn', { date: d.metOn! }) })),
    ...a.deadlines.filter((d) => d.movedTo && !d.metOn).map((d) => ({ place, label: titled(d.title), value: words('formsPreview.value.movedTo', { date: d.movedTo! }) })),
    ...a.added.map((d) => ({ place, label: words('formsPreview.label.newDeadline'), value: words('formsPreview.value.newDeadline', { title: d.title, date: d.dueDate }) })),
    ...(body ? [{ place: words('formsPreview.place.progressReports', { mentee: menteeName }), label: words('formsPreview.label.report', { date: localToday() }), value: body }] : []),
  ];
}

/** Lands in the mentee-accountability records: deadlines (met, moved, new) and one progress report. */
export function landCheckIn(db: Db, form: RegisteredForm, a: CheckInAnswers): number {
  let n = 0;
  for (const d of a.deadlines) {
    if (!d.metOn && !d.movedTo) continue;
    const row = sql<number>(db, 'SELECT mentee_id FROM deadlines WHERE id = ?').pluck().get(d.id) as number | undefined;
    if (row !== form.menteeId) continue; // deleted since the form was made
    const current = getRecord(db, deadlinesTable, d.id);
    updateRecord(db, deadlinesTable, d.id, { title: current.title, goalId: current.goalId, dueDate: d.movedTo && !d.metOn ? d.movedTo : current.dueDate, doneOn: d.metOn ?? current.doneOn });
    n++;
  }
  for (const d of a.added) {
    createRecord(db, deadlinesTable, form.menteeId, { title: d.title, dueDate: d.dueDate, doneOn: null, goalId: null });
    n++;
  }
  const body = reportBody(a);
  if (body) {
    createRecord(db, progressReportsTable, form.menteeId, { date: localToday(), body });
    n++;
  }
  return n;
}
