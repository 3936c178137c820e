import { z } from 'zod';
import { id, isoDate, longText, MAX_LIST, pageInput, requiredText, shortText } from '../primitives';
import { says } from '../i18n/messages/validation';

/** Competencies: the named skills a mentee is rated on (an editable list). */
export const competencyValues = z.strictObject({
  name: requiredText('Name'),
  description: shortText('Description').default(''),
});
export const createCompetencyInput = competencyValues;
export const updateCompetencyInput = z.strictObject({ id, ...competencyValues.shape });
export const listCompetenciesInput = z.strictObject({ includeArchived: z.boolean().default(false) });
export const archiveCompetencyInput = z.strictObject({ id, archived: z.boolean() });
export const reorderCompetenciesInput = z.strictObject({
  ids: z.array(id, 'Order must be a list of ids').min(1, 'Give the new order').max(MAX_LIST),
});
export const competencyIdInput = z.strictObject({ id });

export interface Competency {
  id: number;
  name: string;
  description: string;
  position: number;
  archived: boolean;
  /** How many ratings use it; a used competency can be archived but not deleted. */
  ratingCount: number;
}

export const ASSESSMENT_KINDS = ['baseline', 'reassessment'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

const rating = (who: string) =>
  z
    .int(`${who} rating must be a whole number from 1 to 5`)
    .min(1, `${who} rating must be from 1 to 5`)
    .max(5, `${who} rating must be from 1 to 5`)
    .nullable()
    .default(null);

export const ratingInput = z
  .strictObject({
    competencyId: id,
    mentor: rating('Mentor'),
    mentee: rating('Mentee'),
    note: shortText('Note').default(''),
  })
  .refine((r) => r.mentor !== null || r.mentee !== null, {
    message: says('validation.says.ratingByEither'),
    path: ['mentor'],
  });

/** One assessment round. Re-assessments are new rounds: nothing recorded is overwritten. */
export const recordAssessmentInput = z
  .strictObject({
    menteeId: id,
    kind: z.enum(ASSESSMENT_KINDS, 'Choose baseline or re-assessment'),
    date: isoDate('Date'),
    note: longText('Note').default(''),
    ratings: z
      .array(ratingInput, 'Ratings must be a list')
      .min(1, 'Rate at least one competency')
      .max(MAX_LIST, `At most ${MAX_LIST} ratings`),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<number>();
    value.ratings.forEach((r, i) => {
      if (seen.has(r.competencyId)) {
        ctx.addIssue({ code: 'custom', path: ['ratings', i, 'competencyId'], message: says('validation.says.competencyOncePerRound') });
      }
      seen.add(r.competencyId);
    });
  });
export type RecordAssessmentValues = z.output<typeof recordAssessmentInput>;

export const listAssessmentsInput = z.strictObject({ menteeId: id, ...pageInput });
export const assessmentIdInput = z.strictObject({ id });
export const growthInput = z.strictObject({ menteeId: id });

export interface AssessmentSummary {
  id: number;
  menteeId: number;
  kind: AssessmentKind;
  date: string;
  note: string;
  ratingCount: number;
  createdAt: string;
}

export interface Rating {
  competencyId: number;
  competency: string;
  mentor: number | null;
  mentee: number | null;
  note: string;
}

export interface Assessment extends AssessmentSummary {
  ratings: Rating[];
}

export interface RatingPoint {
  assessmentId: number;
  date: string;
  kind: AssessmentKind;
  mentor: number | null;
  mentee: number | null;
}

/** Per competency: the baseline, the latest rating and every point between (for the radar and a growth line). */
export interface CompetencyGrowth {
  competencyId: number;
  competency: string;
  baseline: RatingPoint | null;
  latest: RatingPoint | null;
  points: RatingPoint[];
}
