import { z } from 'zod';
import { selfAssessmentFields } from '../../../shared/meetings/capture';

/**
 * The self-assessment form's values: a rating per active goal as chosen in its list
 * ('' when not rated) and the reflection; sent as the shared `selfAssessmentFields`, whose
 * refusals land on the goal's own rating.
 */
export const selfAssessmentForm = z
  .object({ reflection: z.string(), goals: z.array(z.object({ goalId: z.number(), rating: z.string() })) })
  .transform(({ reflection, goals }, ctx) => {
    const rated = goals.flatMap((g, i) => (g.rating ? [{ at: i, goalId: g.goalId, rating: Number(g.rating) }] : []));
    const parsed = selfAssessmentFields.safeParse({ reflection, ratings: rated.map(({ goalId, rating }) => ({ goalId, rating })) });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const path = issue.path[0] === 'ratings' ? ['goals', rated[Number(issue.path[1])]?.at ?? 0, 'rating'] : issue.path;
      ctx.addIssue({ code: 'custom', path, message: issue.message });
    }
    return z.NEVER;
  });

export type SelfAssessmentFormValues = z.input<typeof selfAssessmentForm>;
