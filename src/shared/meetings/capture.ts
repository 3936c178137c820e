import { z } from 'zod';
import { id, isoDate, requiredText } from '../primitives';
import { says } from '../i18n/messages/validation';
import { documentLocale } from '../documents/schema';

/**
 * What is captured during a meeting. Free text is saved as it is typed (saveDraft, a
 * few hundred milliseconds behind the keyboard); a win, a decision or an action item
 * becomes a record when the mentor adds it, which also clears its draft.
 */
export const DRAFT_FIELDS = ['notes', 'win', 'decision', 'decision-rationale', 'action', 'evidence'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number] | `item:${number}`;
/** `item:<agenda item id>` is the notes of one agenda item; `notes` the meeting's general notes. */
export const draftField = z
  .string('Field must be text')
  .regex(/^(notes|win|decision|decision-rationale|action|evidence|item:[1-9]\d{0,14})$/, 'Field must be notes, win, decision, decision-rationale, action, evidence or item:<id>')
  .transform((f) => f as DraftField);

export const MAX_CAPTURE_TEXT = 100_000;
const captureText = (label: string, max = MAX_CAPTURE_TEXT) => z.string(`${label} must be text`).max(max, `${label} must be at most ${max} characters`);
const mediumText = (label: string) => z.string(`${label} must be text`).trim().max(2000, `${label} must be at most 2000 characters`);

export const saveDraftInput = z.strictObject({ meetingId: id, field: draftField, text: captureText('Text') });
/** The mentor's private note on this meeting: confidential, kept in the notes store, never in the meeting record. */
export const savePrivateNoteInput = z.strictObject({ meetingId: id, noteId: id.nullable(), text: captureText('Note'), locale: documentLocale.optional() });
export const saveProgressInput = z.strictObject({
  meetingId: id,
  currentItemId: id.nullable(),
  elapsedSeconds: z.int('Elapsed time must be whole seconds').min(0).max(7 * 86_400),
  items: z
    .array(z.strictObject({ id, spentSeconds: z.int('Time must be whole seconds').min(0).max(7 * 86_400) }), 'Items must be a list')
    .max(30, 'At most 30 items'),
});

export const addWinInput = z.strictObject({ meetingId: id, text: z.string('Win must be text').trim().min(1, 'Win is required').max(2000, 'A win is at most 2000 characters') });
export const addEvidenceInput = z
  .strictObject({ meetingId: id, evidenceId: id.nullable().default(null), text: mediumText('Evidence').default('') })
  .refine((v) => v.text !== '' || v.evidenceId !== null, { message: says('validation.says.describeEvidence'), path: ['text'] });
export const addDecisionInput = z.strictObject({
  meetingId: id,
  decision: requiredText('Decision'),
  rationale: z.string('Rationale must be text').trim().min(1, 'Rationale is required').max(20_000, 'Rationale is too long'),
});

export const ACTION_OWNERS = ['mentor', 'mentee'] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];
const actionFields = {
  title: z.string('Action must be text').trim().min(1, 'Action is required').max(500, 'An action is at most 500 characters'),
  owner: z.enum(ACTION_OWNERS, 'Choose the mentor or the mentee'),
  dueDate: isoDate('Due date').nullable().default(null),
};
export const addActionInput = z.strictObject({ meetingId: id, ...actionFields });
export const updateActionInput = z.strictObject({ id, ...actionFields });
/** `meetingId`: the meeting in which it was found done (null when ticked outside a meeting). */
export const setActionDoneInput = z.strictObject({ id, done: z.boolean('Done must be true or false'), meetingId: id.nullable().default(null) });
export const listActionsInput = z.strictObject({ menteeId: id, open: z.boolean().default(true) });
export const removeCaptureInput = z.strictObject({ kind: z.enum(['win', 'evidence', 'action', 'decision'], 'Choose a win, evidence, an action or a decision'), id, locale: documentLocale.optional() });

export const selfAssessmentFields = z.strictObject({
  reflection: captureText('Reflection', 5000).default(''),
  ratings: z
    .array(
      z.strictObject({
        goalId: id,
        rating: z.int('Rating must be a whole number').min(1, 'Ratings run from 1 to 5').max(5, 'Ratings run from 1 to 5'),
        comment: mediumText('Comment').default(''),
      }),
      'Ratings must be a list',
    )
    .max(50, 'At most 50 ratings')
    .superRefine((ratings, ctx) => {
      const seen = new Set<number>();
      ratings.forEach((r, i) => {
        if (seen.has(r.goalId)) ctx.addIssue({ code: 'custom', path: [i, 'goalId'], message: says('validation.says.rateGoalOnce') });
        seen.add(r.goalId);
      });
    }),
});
export type SelfAssessmentValues = z.output<typeof selfAssessmentFields>;
export const recordSelfAssessmentInput = z.strictObject({ meetingId: id, ...selfAssessmentFields.shape });
export const importSelfAssessmentInput = z.strictObject({ meetingId: id });

/**
 * The file a mentee fills in before a session (docs/self-assessment-import.md):
 * goals named by title (as the mentor shared them) or by id.
 */
export const SELF_ASSESSMENT_FORMAT = 'mentor-vault/self-assessment';
export const selfAssessmentFile = z.strictObject({
  format: z.literal(SELF_ASSESSMENT_FORMAT, `format must be "${SELF_ASSESSMENT_FORMAT}"`),
  version: z.literal(1, 'version must be 1'),
  mentee: z.string().trim().max(200).optional(),
  date: isoDate('date').optional(),
  reflection: captureText('reflection', 5000).default(''),
  ratings: z
    .array(
      z
        .strictObject({
          goal: z.string().trim().min(1).max(200).optional(),
          goalId: id.optional(),
          rating: z.int('rating must be a whole number').min(1, 'rating runs from 1 to 5').max(5, 'rating runs from 1 to 5'),
          comment: mediumText('comment').default(''),
        })
        .refine((r) => r.goal !== undefined || r.goalId !== undefined, { message: 'name the goal (goal) or give its id (goalId)', path: ['goal'] }),
    )
    .max(50),
});
export type SelfAssessmentFile = z.output<typeof selfAssessmentFile>;

export const recalibration = z
  .strictObject({
    goalId: id,
    /** The goal's new target date (its timeline), and/or its new target value. */
    targetDate: isoDate('New target date').optional(),
    target: z.number('Target must be a number').min(-1e12).max(1e12).optional(),
    reason: z.string('Reason must be text').trim().min(1, says('validation.says.recalibrationReason')).max(2000, 'Reason must be at most 2000 characters'),
  })
  .refine((r) => r.targetDate !== undefined || r.target !== undefined, { message: says('validation.says.newTargetDateOrValue'), path: ['targetDate'] });
export const endMeetingInput = z.strictObject({
  id,
  recalibrations: z.array(recalibration, 'Recalibrations must be a list').max(50).default([]),
});

export interface ActionItem {
  id: number;
  menteeId: number;
  /** The meeting it was raised in, and that meeting's date. */
  meetingId: number;
  meetingDate: string;
  title: string;
  owner: ActionOwner;
  dueDate: string | null;
  doneOn: string | null;
  /** How many later meetings it was carried into while open. */
  carriedCount: number;
  overdue: boolean;
}

export interface MeetingWin {
  id: number;
  text: string;
  createdAt: string;
}

export interface MeetingEvidence {
  id: number;
  evidenceId: number | null;
  /** The linked evidence record's summary, when there is one. */
  evidenceSummary: string | null;
  text: string;
  createdAt: string;
}

export interface MeetingDecision {
  id: number;
  date: string;
  decision: string;
  rationale: string;
  changed: string;
}

export interface SelfAssessment {
  reflection: string;
  source: 'mentor' | 'import';
  recordedAt: string;
  ratings: { goalId: number; goalTitle: string; rating: number; comment: string }[];
}
