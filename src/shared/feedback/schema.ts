import { z } from 'zod';
import { id, isoDate, longText } from '../primitives';

/** Who a 360 rater is to the mentee. */
export const RATER_RELATIONSHIPS = ['manager', 'peer', 'direct-report', 'stakeholder', 'other'] as const;
export type RaterRelationship = (typeof RATER_RELATIONSHIPS)[number];

/** One rater's answers: 1-5 per competency and two free texts; the name is optional. */
export const feedbackResponseInput = z.strictObject({
  menteeId: id,
  relationship: z.enum(RATER_RELATIONSHIPS),
  raterName: z.string().trim().max(200).nullable().default(null),
  receivedOn: isoDate('Received on'),
  ratings: z
    .array(z.strictObject({ competency: z.string().trim().min(1).max(200), score: z.number().int().min(1).max(5) }))
    .max(100),
  strengths: longText('Strengths').default(''),
  change: longText('One thing to change').default(''),
  formId: z.string().max(100).nullable().default(null),
});
export type FeedbackResponseInput = z.input<typeof feedbackResponseInput>;
