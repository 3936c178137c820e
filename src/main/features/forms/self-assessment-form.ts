import { formRating, formText, selfAssessmentAnswers, type FormPreviewLine, type SelfAssessmentAnswers } from '../../../shared/forms/schema';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { menteeActions } from '../meetings/actions';
import { setActionDone } from '../meetings/capture';
import { rubricOfMeeting } from '../meetings/rubric';
import { defaultRubricId } from '../templates/rubric';
import { meetingRow } from '../meetings/rows';
import { recordSelfAssessment } from '../meetings/self-assessment';
import type { AnswerReader } from './answer-reader';
import { RATING_CHOICES, type FormWriter } from './form-writer';
import type { FormItems, RegisteredForm } from './register';
import { words } from '../../../shared/i18n/words';

/**
 * The self-assessment before a meeting: what the vault prefills (the mentee's own goals
 * and open milestones, open actions, the rubric) and how the answers land on the meeting.
 * Only the mentee's plan is read here: never notes, escalations or anyone else's records.
 */
export function selfAssessmentContent(db: Db, meetingId: number) {
  const meeting = meetingRow(db, meetingId);
  const goals = sql<{ id: number; title: string; target_date: string }>(
    db,
    "SELECT id, title, target_date FROM goals WHERE mentee_id = ? AND status NOT IN ('achieved','dropped') ORDER BY target_date, id",
  ).all(meeting.mentee_id);
  const milestones = sql<{ goal_id: number; title: string; due_date: string }>(
    db,
    `SELECT m.goal_id, m.title, m.due_date FROM milestones m JOIN goals g ON g.id = m.goal_id
     WHERE g.mentee_id = ? AND m.done_on IS NULL ORDER BY m.due_date, m.id`,
  ).all(meeting.mentee_id);
  const templateId = meeting.rubric_template_id ?? defaultRubricId(db);
  const rubric = rubricOfMeeting(db, templateId);
  const actions = menteeActions(db, meeting.mentee_id, true);
  const items: FormItems = {
    goals: goals.map((g) => ({ id: g.id, title: g.title })),
    dimensions: rubric.dimensions.map((d) => ({ name: d.name, descriptors: d.descriptors })),
    actions: actions.map((a) => ({ id: a.id, title: a.title })),
  };
  return { meeting, goals, milestones, items };
}

export function writeSelfAssessment(w: FormWriter, content: ReturnType<typeof selfAssessmentContent>): void {
  const { meeting, goals, milestones, items } = content;
  const { t, shortDate, longDate } = w.words;
  w.text(t('formPdf.self.title', { mentee: meeting.mentee_name }), { size: 18, bold: true });
  w.text(t('formPdf.self.before', { meeting: meeting.title, date: longDate(meeting.local_date) }), { muted: true });
  w.text(`${t('formPdf.self.intro')} ${t('formPdf.saveAndSend')}`, { gap: 8 });
  w.heading(t('formPdf.self.goals'));
  if (goals.length === 0) w.text(t('formPdf.self.noGoals'), { muted: true });
  for (const g of goals) {
    w.choice(`goal_${g.id}_rating`, t('formPdf.self.goalRating', { goal: g.title, date: shortDate(g.target_date) }), RATING_CHOICES);
    const open = milestones.filter((m) => m.goal_id === g.id);
    for (const m of open) w.text(t('formPdf.self.milestone', { milestone: m.title, date: shortDate(m.due_date) }), { size: 10, muted: true, indent: 12 });
    w.textField(`goal_${g.id}_comment`, t('formPdf.self.goalComment', { goal: g.title }), { height: 44 });
  }
  if ((items.dimensions ?? []).length > 0) {
    w.heading(t('formPdf.self.rubric'));
    w.text(t('formPdf.self.rubricIntro'), { muted: true });
    items.dimensions!.forEach((d, i) => {
      const levels = d.descriptors.map((text, level) => `${level + 1}: ${text}`).join('\n');
      w.choice(`dimension_${i}_rating`, d.name, d.descriptors.map((_, level) => String(level + 1)), levels);
    });
  }
  if ((items.actions ?? []).length > 0) {
    w.heading(t('formPdf.self.actions'));
    w.text(t('formPdf.self.actionsIntro'), { muted: true });
    for (const a of items.actions!) w.checkbox(`action_${a.id}_done`, a.title);
  }
  w.heading(t('formPdf.inYourWords'));
  w.textField('reflection', t('formPdf.self.reflection'), { height: 120 });
  w.textField('wins', t('formPdf.self.wins'), { height: 80, hint: t('formPdf.self.winsHint') });
  w.textField('evidence', t('formPdf.self.evidence'), { height: 80, hint: t('formPdf.self.evidenceHint') });
}

const text = formText;

export function readSelfAssessment(r: AnswerReader, form: RegisteredForm): SelfAssessmentAnswers {
  const goals = (form.items.goals ?? []).map((g) => ({
    goalId: g.id,
    title: g.title,
    rating: r.choice(`goal_${g.id}_rating`, `The rating of "${g.title}"`, formRating('The rating', 5), null),
    comment: r.text(`goal_${g.id}_comment`, `The comment on "${g.title}"`, text('A comment', 2000), ''),
  }));
  const dimensions = (form.items.dimensions ?? []).map((d, i) => ({
    name: d.name,
    levels: d.descriptors.length,
    rating: r.choice(`dimension_${i}_rating`, `The level for "${d.name}"`, formRating('The level', d.descriptors.length), null),
  }));
  const actions = (form.items.actions ?? []).map((a) => ({ actionId: a.id, title: a.title, done: r.check(`action_${a.id}_done`, `The tick for "${a.title}"`) }));
  const answers = {
    goals,
    dimensions,
    actions,
    reflection: r.text('reflection', 'Reflection', text('The reflection', 5000), ''),
    wins: r.text('wins', 'Wins', text('Wins', 20_000), ''),
    evidence: r.text('evidence', 'Evidence', text('Evidence', 20_000), ''),
  };
  r.done();
  return selfAssessmentAnswers.parse(answers);
}

const linesOf = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => l.slice(0, 2000));

export function previewSelfAssessment(a: SelfAssessmentAnswers, meetingTitle: string): FormPreviewLine[] {
  const meeting = { meeting: meetingTitle };
  const place = words('formsPreview.place.selfAssessment', meeting);
  const rating = (g: { rating: number | null; comment: string }) => {
    const given = g.rating ?? words('formsPreview.value.notRated');
    return g.comment ? words('formsPreview.value.withComment', { rating: given, comment: g.comment }) : typeof given === 'number' ? String(given) : given;
  };
  return [
    ...a.goals.filter((g) => g.rating !== null || g.comment).map((g) => ({ place, label: words('formsPreview.label.goal', { title: g.title }), value: rating(g) })),
    ...a.dimensions.filter((d) => d.rating !== null).map((d) => ({ place, label: words('formsPreview.label.rubric', { name: d.name }), value: words('formsPreview.value.score', { score: d.rating!, levels: d.levels }) })),
    ...(a.reflection ? [{ place, label: words('formsPreview.label.reflection'), value: a.reflection }] : []),
    ...linesOf(a.wins).map((value) => ({ place: words('formsPreview.place.wins', meeting), label: words('formsPreview.label.win'), value })),
    ...linesOf(a.evidence).map((value) => ({ place: words('formsPreview.place.evidence', meeting), label: words('formsPreview.label.evidence'), value })),
    ...a.actions.filter((x) => x.done).map((x) => ({ place: words('formsPreview.place.actions'), label: words('formsPreview.label.quoted', { title: x.title }), value: words('formsPreview.value.done') })),
  ];
}

/** Lands as the meeting's self-assessment (as an imported one), plus wins, evidence and ticked actions. */
export function landSelfAssessment(db: Db, form: RegisteredForm, a: SelfAssessmentAnswers): number {
  const meetingId = form.meetingId!;
  const ratings = a.goals.filter((g) => g.rating !== null).map((g) => ({ goalId: g.goalId, rating: g.rating!, comment: g.comment }));
  recordSelfAssessment(db, meetingId, { reflection: a.reflection, ratings }, 'import');
  const dimension = sql(db, 'INSERT INTO self_assessment_dimensions (meeting_id, position, dimension, levels, rating) VALUES (?, ?, ?, ?, ?)');
  a.dimensions.forEach((d, i) => {
    if (d.rating !== null) dimension.run(meetingId, i, d.name, d.levels, d.rating);
  });
  const now = nowIso();
  const win = sql(db, 'INSERT INTO meeting_wins (meeting_id, text, created_at) VALUES (?, ?, ?)');
  const wins = linesOf(a.wins);
  for (const text of wins) win.run(meetingId, text, now);
  const evidence = sql(db, 'INSERT INTO meeting_evidence (meeting_id, evidence_id, text, created_at) VALUES (?, NULL, ?, ?)');
  const items = linesOf(a.evidence);
  for (const text of items) evidence.run(meetingId, text, now);
  const open = sql<number>(db, 'SELECT 1 FROM action_items WHERE id = ? AND done_on IS NULL').pluck();
  const done = a.actions.filter((x) => x.done && open.get(x.actionId) !== undefined);
  for (const x of done) setActionDone(db, x.actionId, true, meetingId);
  return 1 + a.dimensions.filter((d) => d.rating !== null).length + wins.length + items.length + done.length;
}
