import { describe, expect, it } from 'vitest';
import { selfAssessmentForm } from '../../../src/renderer/features/meetings/self-assessment-form';

describe('the self-assessment form', () => {
  it('sends the rated goals only, as the shared self-assessment fields', () => {
    const parsed = selfAssessmentForm.parse({
      reflection: 'Two reviews led alone.',
      goals: [
        { goalId: 4, rating: '' },
        { goalId: 7, rating: '3' },
      ],
    });
    expect(parsed).toEqual({ reflection: 'Two reviews led alone.', ratings: [{ goalId: 7, rating: 3, comment: '' }] });
  });

  it('puts a refusal on the field it is about: the reflection, or the rated goal’s own rating', () => {
    const result = selfAssessmentForm.safeParse({
      reflection: 'x'.repeat(5001),
      goals: [
        { goalId: 4, rating: '' },
        { goalId: 7, rating: '9' },
      ],
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toContainEqual(['reflection', 'Reflection must be at most 5000 characters']);
    expect(issues).toContainEqual(['goals.1.rating', 'Ratings run from 1 to 5']);
  });
});
