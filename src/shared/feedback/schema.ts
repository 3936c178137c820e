import { z } from 'zod';
import { id, isoDate, longText, pageInput } from '../primitives';
import { says } from '../i18n/messages/validation';

/** Who a 360 rater is to the mentee; the groups the combined view reports on. */
export const RATER_RELATIONSHIPS = ['manager', 'peer', 'direct-report', 'stakeholder', 'other'] as const;
export type RaterRelationship = (typeof RATER_RELATIONSHIPS)[number];

/**
 * A group's figures appear only when at least this many raters answered (the anonymity
 * threshold 360 tools use); smaller groups are merged into "others", itself hidden below it.
 */
export const ANONYMITY_THRESHOLD = 3;

export const feedbackRatingInput = z.strictObject({
  competency: z
    .string('Competency must be text')
    .trim()
    .min(1, 'Name the competency')
    .max(200, 'Competency must be at most 200 characters'),
  score: z
    .number('Score must be a number from 1 to 5')
    .int('Score must be a whole number from 1 to 5')
    .min(1, 'Score must be from 1 to 5')
    .max(5, 'Score must be from 1 to 5'),
});

/** One returned feedback form (or a paper one keyed in by the mentor). */
export const feedbackResponseInput = z.strictObject({
  menteeId: id,
  relationship: z.enum(RATER_RELATIONSHIPS, 'Choose how the rater knows the mentee'),
  /** Optional on the form: a rater may stay anonymous even to the mentor. */
  raterName: z.string('Rater’s name must be text').trim().max(200, 'Rater’s name must be at most 200 characters').nullable().default(null),
  receivedOn: isoDate('Received on'),
  ratings: z
    .array(feedbackRatingInput, 'Ratings must be a list')
    .max(100, 'At most 100 ratings')
    .superRefine((ratings, ctx) => {
      const seen = new Set<string>();
      ratings.forEach((r, i) => {
        const key = r.competency.trim().toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'competency'], message: says('validation.says.competencyOncePerResponse') });
        seen.add(key);
      });
    }),
  strengths: longText('Strengths').default(''),
  change: longText('One thing to change').default(''),
  formId: z.string('Form id must be text').max(100, 'Form id must be at most 100 characters').nullable().default(null),
});
export type FeedbackResponseValues = z.output<typeof feedbackResponseInput>;

export const listFeedbackInput = z.strictObject({ menteeId: id, ...pageInput });
export const feedbackIdInput = z.strictObject({ id });
export const feedbackSummaryInput = z.strictObject({ menteeId: id });

/** A response as the mentor sees it on the mentee's Feedback tab (never in the combined view or a report). */
export interface FeedbackResponse {
  id: number;
  menteeId: number;
  relationship: RaterRelationship;
  raterName: string | null;
  receivedOn: string;
  ratings: { competency: string; score: number }[];
  strengths: string;
  change: string;
  formId: string | null;
  /** The evidence row that makes this response count on the evidence views. */
  evidenceId: number;
  createdAt: string;
}

/** A relationship group, or 'others': the groups below the threshold merged. */
export type FeedbackGroupName = RaterRelationship | 'others';

export interface FeedbackGroupFigures {
  group: FeedbackGroupName;
  /** Raters in the group who rated this competency; never below ANONYMITY_THRESHOLD. */
  count: number;
  mean: number;
  /** Population standard deviation of the group's scores (not min-max: extremes are single raters' answers). */
  sd: number;
}

export interface CompetencyFeedback {
  competency: string;
  /** Groups at or above the threshold, in RATER_RELATIONSHIPS order, then 'others'. */
  groups: FeedbackGroupFigures[];
  /** How many raters' answers are held back because even merged they fall below the threshold. */
  withheld: number;
  /** The latest assessment's ratings of the same competency (by name), when it is on the assessment. */
  self: number | null;
  mentor: number | null;
}

export interface FeedbackSummary {
  menteeId: number;
  threshold: number;
  responses: number;
  firstReceivedOn: string | null;
  lastReceivedOn: string | null;
  competencies: CompetencyFeedback[];
  /**
   * Free text in an order unrelated to who wrote it or when, with no name or relationship;
   * empty when fewer than `threshold` responses were received.
   */
  comments: { strengths: string[]; change: string[] };
}

/**
 * The mentor's form for a paper response: one row per competency, each may be left
 * unrated; unrated rows are dropped, so what is saved is exactly `feedbackResponseInput`.
 */
export const paperFeedbackForm = feedbackResponseInput
  .extend({
    ratings: z
      .array(feedbackRatingInput.extend({ score: feedbackRatingInput.shape.score.nullable() }), 'Ratings must be a list')
      .max(100, 'At most 100 ratings'),
  })
  .transform((v) => ({ ...v, raterName: v.raterName || null, ratings: v.ratings.flatMap((r) => (r.score === null ? [] : [{ competency: r.competency, score: r.score }])) }));
