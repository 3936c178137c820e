import type { RaterRelationship } from '../../../shared/feedback/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { feedbackAnswers, formRating, formText, type FeedbackAnswers, type FormPreviewLine } from '../../../shared/forms/schema';
import { localToday } from '../../../shared/dates';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { addFeedbackResponse } from '../feedback/responses';
import { notFound } from '../shared/store-helpers';
import type { AnswerReader } from './answer-reader';
import { RATING_CHOICES, selectKey, type FormWriter } from './form-writer';
import type { FormItems, RegisteredForm } from './register';
import { words } from '../../../shared/i18n/words';

/** What each point of the 1-5 scale means, printed on every feedback form. */
export const FEEDBACK_SCALE = [
  'formPdf.feedback.scale.1',
  'formPdf.feedback.scale.2',
  'formPdf.feedback.scale.3',
  'formPdf.feedback.scale.4',
  'formPdf.feedback.scale.5',
] as const satisfies readonly MessageId[];

/**
 * A feedback request for one rater: the competencies of the mentee's latest assessment
 * (every active competency when there is none yet), and nothing of anyone else's answers.
 */
export function feedbackContent(db: Db, menteeId: number) {
  const name = sql<string>(db, 'SELECT name FROM mentees WHERE id = ?').pluck().get(menteeId) as string | undefined;
  if (name === undefined) throw notFound('mentee');
  const latest = sql<number>(db, 'SELECT id FROM assessments WHERE mentee_id = ? ORDER BY date DESC, id DESC LIMIT 1').pluck().get(menteeId) as number | undefined;
  const competencies =
    latest === undefined
      ? sql<{ id: number; name: string; description: string }>(db, 'SELECT id, name, description FROM competencies WHERE archived_at IS NULL ORDER BY position, id').all()
      : sql<{ id: number; name: string; description: string }>(
          db,
          `SELECT c.id, c.name, c.description FROM assessment_ratings r JOIN competencies c ON c.id = r.competency_id
           WHERE r.assessment_id = ? ORDER BY c.position, c.id`,
        ).all(latest);
  const items: FormItems = { competencies: competencies.map((c) => ({ id: c.id, name: c.name })) };
  return { menteeName: name, competencies, items };
}

export function writeFeedback(
  w: FormWriter,
  content: ReturnType<typeof feedbackContent>,
  relationship: RaterRelationship,
  raterName: string | null,
): void {
  const { t } = w.words;
  w.text(t('formPdf.feedback.title', { mentee: content.menteeName }), { size: 18, bold: true });
  w.text(t('formPdf.feedback.askedAs', { relationship: selectKey(relationship) }), { muted: true });
  w.text(t('formPdf.feedback.intro'), { gap: 8 });
  w.heading(t('formPdf.feedback.scale'));
  FEEDBACK_SCALE.forEach((id, i) => w.text(`${i + 1}: ${t(id)}`, { size: 10, gap: 1 }));
  w.heading(t('formPdf.feedback.competencies'));
  for (const c of content.competencies) w.choice(`competency_${c.id}_rating`, c.name, RATING_CHOICES, c.description);
  w.heading(t('formPdf.inYourWords'));
  w.textField('strengths', t('formPdf.feedback.strengths'), { height: 110 });
  w.textField('change', t('formPdf.feedback.change'), { height: 110 });
  w.textField('rater_name', t('formPdf.feedback.raterName'), { value: raterName ?? '' });
}

export function readFeedback(r: AnswerReader, form: RegisteredForm): FeedbackAnswers {
  const answers = {
    raterName: r.text('rater_name', 'Your name', formText('Your name', 200), ''),
    ratings: (form.items.competencies ?? []).map((c) => ({
      competency: c.name,
      score: r.choice(`competency_${c.id}_rating`, `The rating of "${c.name}"`, formRating('The rating', 5), null),
    })),
    strengths: r.text('strengths', 'Strengths', formText('Strengths', 20_000), ''),
    change: r.text('change', 'One thing to change', formText('One thing to change', 20_000), ''),
  };
  r.done();
  return feedbackAnswers.parse(answers);
}

export function previewFeedback(a: FeedbackAnswers, form: RegisteredForm, menteeName: string): FormPreviewLine[] {
  const place = words('formsPreview.place.feedback', { mentee: menteeName, relationship: words(`feedback.relationship.${form.relationship!}`) });
  return [
    { place, label: words('formsPreview.label.rater'), value: a.raterName || words('formsPreview.value.notNamed') },
    ...a.ratings.filter((x) => x.score !== null).map((x) => ({ place, label: x.competency, value: words('formsPreview.value.score', { score: x.score!, levels: 5 }) })),
    ...(a.strengths ? [{ place, label: words('formsPreview.label.strengths'), value: a.strengths }] : []),
    ...(a.change ? [{ place, label: words('formsPreview.label.change'), value: a.change }] : []),
  ];
}

/** Lands through the feedback domain's one entry point. */
export function landFeedback(db: Db, form: RegisteredForm, a: FeedbackAnswers): number {
  addFeedbackResponse(db, {
    menteeId: form.menteeId,
    relationship: form.relationship!,
    raterName: a.raterName || null,
    receivedOn: localToday(),
    ratings: a.ratings.filter((x) => x.score !== null).map((x) => ({ competency: x.competency, score: x.score! })),
    strengths: a.strengths,
    change: a.change,
    formId: form.id,
  });
  return 1;
}
