import { z } from 'zod';
import { id } from '../primitives';
import { MAX_RUBRIC_LEVELS } from '../templates/rubric';

export const scoreInput = z.strictObject({
  meetingId: id,
  dimensionId: id,
  /** 1..levels; null clears the score but keeps the comment. */
  score: z.int('Score must be a whole number').min(1, 'Score starts at 1').max(MAX_RUBRIC_LEVELS, `Score is at most ${MAX_RUBRIC_LEVELS}`).nullable(),
  comment: z.string('Comment must be text').trim().max(2000, 'A comment is at most 2000 characters').default(''),
});

/** A meeting's score on one dimension, with the dimension and level as they were when scored. */
export interface RubricScore {
  dimensionId: number | null;
  dimension: string;
  levels: number;
  score: number | null;
  descriptor: string;
  comment: string;
}
