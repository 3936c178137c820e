import type { RaterRelationship } from '../../../shared/feedback/schema';
import { RELATIONSHIP_LABELS } from '../../../shared/feedback/labels';
import { feedbackAnswers, formRating, formText, type FeedbackAnswers, type FormPreviewLine } from '../../../shared/forms/schema';
import { localToday } from '../../../shared/dates';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { addFeedbackResponse } from '../feedback/responses';
import { notFound } from '../shared/store-helpers';
import type { AnswerReader } from './answer-reader';
import type { FormWriter } from './form-writer';
import type { FormItems, RegisteredForm } from './register';
import { words } from '../../../shared/i18n/words';

/** What each point of the 1-5 scale means, printed on every feedback form. */
export const FEEDBACK_SCALE = [
  'Rarely seen; a clear gap',
  'Sometimes seen; still developing',
  'Seen consistently at the level the role needs',
  'A strength, often beyond what the role needs',
  'An example others learn from',
] as const;

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
  w.text(`Feedback for ${content.menteeName}`, { size: 18, bold: true });
  w.text(`Asked of you as their ${RELATIONSHIP_LABELS[relationship].toLowerCase()}.`, { muted: true });
  w.text('Choose a rating for each competency and write a few words below, in any PDF reader, then save the file (File > Save, not Print) and send it back. Your answers are combined with other raters\' and never shown on their own to the person you rate.', { gap: 8 });
  w.heading('The scale');
  FEEDBACK_SCALE.forEach((text, i) => w.text(`${i + 1}: ${text}`, { size: 10, gap: 1 }));
  w.heading('Competencies');
  for (const c of content.competencies) w.choice(`competency_${c.id}_rating`, c.name, ['1', '2', '3', '4', '5'], c.description);
  w.heading('In your words');
  w.textField('strengths', 'Strengths: what does this person do well?', { height: 110 });
  w.textField('change', 'One thing to change that would make the biggest difference', { height: 110 });
  w.textField('rater_name', 'Your name (optional)', { value: raterName ?? '' });
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
