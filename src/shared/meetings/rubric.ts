import { z } from 'zod';
import { id, requiredText } from '../primitives';

export const MIN_RUBRIC_LEVELS = 2;
export const MAX_RUBRIC_LEVELS = 7;
export const MAX_RUBRIC_DIMENSIONS = 12;

const descriptor = z
  .string('Descriptor must be text')
  .trim()
  .min(1, 'Describe every level')
  .max(500, 'A descriptor is at most 500 characters');

/** One dimension: its scale runs from 1 to the number of levels, each level with its descriptor. */
export const rubricDimension = z.strictObject({
  /** Present when editing an existing dimension: scores already given keep pointing at it. */
  id: id.optional(),
  name: requiredText('Dimension'),
  descriptors: z
    .array(descriptor, 'Levels must be a list')
    .min(MIN_RUBRIC_LEVELS, `A scale has ${MIN_RUBRIC_LEVELS} to ${MAX_RUBRIC_LEVELS} levels`)
    .max(MAX_RUBRIC_LEVELS, `A scale has ${MIN_RUBRIC_LEVELS} to ${MAX_RUBRIC_LEVELS} levels`),
});

export const rubricTemplateFields = z.strictObject({
  name: requiredText('Name'),
  dimensions: z
    .array(rubricDimension, 'Dimensions must be a list')
    .min(1, 'A rubric has at least one dimension')
    .max(MAX_RUBRIC_DIMENSIONS, `A rubric has at most ${MAX_RUBRIC_DIMENSIONS} dimensions`)
    .superRefine((dims, ctx) => {
      const seen = new Set<string>();
      dims.forEach((d, i) => {
        const key = d.name.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: 'Each dimension appears once' });
        seen.add(key);
      });
    }),
});
export type RubricTemplateValues = z.output<typeof rubricTemplateFields>;
export type RubricTemplateFormInput = z.input<typeof rubricTemplateFields>;

export const createRubricInput = rubricTemplateFields;
export const updateRubricInput = z.strictObject({ id, ...rubricTemplateFields.shape });
export const rubricIdInput = z.strictObject({ id });

export const scoreInput = z.strictObject({
  meetingId: id,
  dimensionId: id,
  /** 1..levels; null clears the score but keeps the comment. */
  score: z.int('Score must be a whole number').min(1, 'Score starts at 1').max(MAX_RUBRIC_LEVELS, `Score is at most ${MAX_RUBRIC_LEVELS}`).nullable(),
  comment: z.string('Comment must be text').trim().max(2000, 'A comment is at most 2000 characters').default(''),
});

export interface RubricDimension {
  id: number;
  name: string;
  descriptors: string[];
}

export interface RubricTemplate {
  id: number;
  name: string;
  isDefault: boolean;
  dimensions: RubricDimension[];
  /** Meetings scored with it: their scores keep a copy of the dimension and level. */
  usedBy: number;
}

/** A meeting's score on one dimension, with the dimension and level as they were when scored. */
export interface RubricScore {
  dimensionId: number | null;
  dimension: string;
  levels: number;
  score: number | null;
  descriptor: string;
  comment: string;
}
