import { z } from 'zod';
import { id, requiredText } from '../primitives';
import { says } from '../i18n/messages/validation';

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
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: says('validation.says.dimensionOnce') });
        seen.add(key);
      });
    }),
});
export type RubricTemplateValues = z.output<typeof rubricTemplateFields>;
export type RubricTemplateFormInput = z.input<typeof rubricTemplateFields>;

export const createRubricInput = rubricTemplateFields;
export const updateRubricInput = z.strictObject({ id, ...rubricTemplateFields.shape });
export const rubricIdInput = z.strictObject({ id });

/** A stored dimension: the form's dimension, now with its id. */
export interface RubricDimension extends Omit<z.output<typeof rubricDimension>, 'id'> {
  id: number;
}

export interface RubricTemplate extends RubricTemplateValues {
  id: number;
  isDefault: boolean;
  dimensions: RubricDimension[];
  /** Meetings scored with it: their scores keep a copy of the dimension and level. */
  usedBy: number;
}
