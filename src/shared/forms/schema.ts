import { z } from 'zod';
import type { Words } from '../i18n/words';
import { RATER_RELATIONSHIPS } from '../feedback/schema';
import { id, shortText } from '../primitives';
import { says } from '../i18n/messages/validation';
import { documentLocale } from '../documents/schema';

/** The exchange forms the app makes; a mentee or a rater fills one in any PDF reader. */
export const FORM_KINDS = ['self-assessment', 'feedback', 'check-in', 'charter-comments'] as const;
export type FormKind = (typeof FORM_KINDS)[number];
/** The kinds this version makes and imports. */
export const MADE_FORM_KINDS = ['self-assessment', 'feedback', 'check-in', 'charter-comments'] as const satisfies readonly FormKind[];

export const FORM_KIND_LABELS: Record<FormKind, string> = {
  'self-assessment': 'Self-assessment before a meeting',
  feedback: 'Feedback request (one rater)',
  'check-in': 'Progress check-in',
  'charter-comments': 'Charter comments',
};

export const makeFormInput = z
  .strictObject({
    kind: z.enum(MADE_FORM_KINDS, 'Choose a self-assessment, a feedback request, a check-in or the charter comments'),
    menteeId: id,
    meetingId: id.nullable().default(null),
    relationship: z.enum(RATER_RELATIONSHIPS, says('validation.says.formRelationship')).nullable().default(null),
    /** Prefilled on a feedback form when the mentor knows it; the rater may leave it. */
    raterName: shortText('Rater name').nullable().default(null),
    /** The language of the form's words; absent = the mentee's document language, else English. */
    locale: documentLocale.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'self-assessment' && v.meetingId === null) ctx.addIssue({ code: 'custom', path: ['meetingId'], message: says('validation.says.formMeeting') });
    if (v.kind === 'feedback' && v.relationship === null) ctx.addIssue({ code: 'custom', path: ['relationship'], message: says('validation.says.formRelationship') });
  });
export type MakeFormValues = z.output<typeof makeFormInput>;

/** A returned form, from the open dialog or dropped on the window (its bytes, base64). */
export const MAX_FORM_BYTES = 10 * 1024 * 1024;
export const previewFormInput = z.strictObject({
  dropped: z
    .strictObject({
      name: shortText('File name'),
      base64: z.base64('The dropped file could not be read').max(Math.ceil((MAX_FORM_BYTES * 4) / 3) + 4, 'The file is larger than 10 MB'),
    })
    .nullable()
    .default(null),
});
export const importFormInput = z.strictObject({ token: z.string().regex(/^[0-9a-f]{32}$/, 'Preview the form again') });

/** A rating chosen on a form: the empty choice means not rated. */
export const formRating = (label: string, max: number) =>
  z
    .string(`${label} must be text`)
    .trim()
    .transform((s, ctx) => {
      if (s === '') return null;
      const n = /^\d+$/.test(s) ? Number(s) : Number.NaN;
      if (!Number.isInteger(n) || n < 1 || n > max) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a whole number from 1 to ${max} (the form holds "${s.slice(0, 20)}")` });
        return z.NEVER;
      }
      return n;
    });
export const formText = (label: string, max: number) => z.string(`${label} must be text`).trim().max(max, `${label} must be at most ${max} characters`);

/** What a returned self-assessment holds, once read field by field (ratings already numbers). */
export const selfAssessmentAnswers = z.strictObject({
  goals: z.array(z.strictObject({ goalId: id, title: z.string(), rating: z.int().min(1).max(5).nullable(), comment: formText('A goal\'s comment', 2000) })),
  dimensions: z.array(z.strictObject({ name: z.string(), levels: z.int().min(2).max(7), rating: z.int().min(1).max(7).nullable() })),
  actions: z.array(z.strictObject({ actionId: id, title: z.string(), done: z.boolean('Done must be ticked or not') })),
  reflection: formText('Reflection', 5000),
  wins: formText('Wins', 20_000),
  evidence: formText('Evidence', 20_000),
});
export type SelfAssessmentAnswers = z.output<typeof selfAssessmentAnswers>;

export type FeedbackAnswers = z.output<typeof feedbackAnswers>;
export const feedbackAnswers = z.strictObject({
  raterName: formText('Your name', 200),
  ratings: z.array(z.strictObject({ competency: z.string(), score: z.int().min(1).max(5).nullable() })),
  strengths: formText('Strengths', 20_000),
  change: formText('One thing to change', 20_000),
});

/** One line of the preview: where it will be recorded, what, and the value as read (words, or the text as written). */
export interface FormPreviewLine {
  place: Words;
  label: Words | string;
  value: Words | string;
}

export interface FormPreview {
  token: string;
  formId: string;
  kind: FormKind;
  menteeName: string;
  meetingTitle: string | null;
  madeOn: string;
  lines: FormPreviewLine[];
}

export interface MadeForm {
  path: string;
  formId: string;
  kind: FormKind;
  pages: number;
  bytes: number;
}

export interface ImportedForm {
  formId: string;
  kind: FormKind;
  recorded: number;
  place: Words;
}

/** The mentee's own level on one rubric dimension, as returned on a self-assessment form. */
export interface SelfAssessedLevel {
  dimension: string;
  levels: number;
  rating: number;
}
export const selfAssessedLevelsInput = z.strictObject({ meetingId: id });
