import { z } from 'zod';
import { id, isoDate, longText, pageInput, requiredText, shortText } from '../primitives';

export const RESOURCE_KINDS = ['course', 'book', 'article', 'assignment', 'shadowing', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const RESOURCE_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

/** A course, book, article, hands-on assignment or shadowing, linked to the goal it serves. */
export const resourceValues = z.strictObject({
  kind: z.enum(RESOURCE_KINDS, 'Choose a kind of resource'),
  title: requiredText('Title'),
  /** A URL, an ISBN, or where to find it ("team wiki: incident handbook"). */
  link: z.string('Link must be text').trim().max(2000, 'Link must be at most 2000 characters').default(''),
  goalId: id.nullable().default(null),
  status: z.enum(RESOURCE_STATUSES, 'Choose a status').default('planned'),
  notes: longText('Notes').default(''),
});
export type ResourceValues = z.output<typeof resourceValues>;
export const createResourceInput = z.strictObject({ menteeId: id, ...resourceValues.shape });
export const updateResourceInput = z.strictObject({ id, ...resourceValues.shape });
export const listResourcesInput = z.strictObject({
  menteeId: id,
  status: z.enum(RESOURCE_STATUSES).nullable().default(null),
  goalId: id.nullable().default(null),
  ...pageInput,
});

/** A practice session: the mentee applies a technique, then a reflective debrief. */
export const practiceValues = z.strictObject({
  date: isoDate('Date'),
  technique: requiredText('Technique'),
  context: longText('Context').default(''),
  goalId: id.nullable().default(null),
  attempted: longText('What was attempted').default(''),
  learned: longText('What was learned').default(''),
  nextAdjustment: longText('Next adjustment').default(''),
});
export type PracticeValues = z.output<typeof practiceValues>;
export const createPracticeInput = z.strictObject({ menteeId: id, ...practiceValues.shape });
export const updatePracticeInput = z.strictObject({ id, ...practiceValues.shape });
export const listPracticeInput = z.strictObject({ menteeId: id, goalId: id.nullable().default(null), ...pageInput });

export const recordIdInput = z.strictObject({ id });

/** Attempted / learned / next across the plan: one mentee's, or every mentee's when menteeId is null. */
export const reflectionsInput = z.strictObject({
  menteeId: id.nullable().default(null),
  /** Only sessions with a debrief written (any of the three parts). */
  debriefedOnly: z.boolean().default(false),
  search: shortText('Search').default(''),
  ...pageInput,
});

interface Stamped {
  id: number;
  menteeId: number;
  createdAt: string;
  updatedAt: string;
}

export interface Resource extends Stamped, ResourceValues {
  goalTitle: string | null;
}

export interface PracticeSession extends Stamped, PracticeValues {
  goalTitle: string | null;
}

export interface Reflection {
  sessionId: number;
  menteeId: number;
  menteeName: string;
  date: string;
  technique: string;
  goalId: number | null;
  goalTitle: string | null;
  attempted: string;
  learned: string;
  nextAdjustment: string;
}
