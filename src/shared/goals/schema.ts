import { z } from 'zod';
import { id, isoDate, longText, pageInput, requiredText, shortText } from '../primitives';
import { localToday } from '../dates';
import { LETTERS, letterDate, letterGroup, letterId, letterNumber, letterText, targetNotInPast, optionalLetterText } from './smart';
import { says } from '../i18n/messages/validation';

export const GOAL_AREAS = [
  'collaboration',
  'problem-solving',
  'stakeholder-communication',
  'leadership',
  'technical-mastery',
  'visibility',
  'promotion',
  'other',
] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];

export const GOAL_STATUSES = ['not-started', 'on-track', 'at-risk', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
/** Statuses of a goal still being worked on. */
export const OPEN_GOAL_STATUSES: readonly GoalStatus[] = ['not-started', 'on-track', 'at-risk'];

const { S, M, A, R, T } = LETTERS;

/** Why a recalibration is made: required whenever target, date, metric or a due date changes. */
export const recalibrationReason = z
  .string('Reason must be text')
  .trim()
  .min(1, says('validation.says.recalibrationReason'))
  .max(2000, 'Reason must be at most 2000 characters');

/** The goal form, one field group per SMART letter. `onCreate` adds "target date not in the past". */
function goalShape(onCreate: boolean) {
  return {
    title: requiredText('Title'),
    area: z.enum(GOAL_AREAS, 'Choose an area'),
    status: z.enum(GOAL_STATUSES, 'Choose a status').default('not-started'),
    /** When the baseline was measured: the first point of the goal's chart. */
    startDate: isoDate('Start date').default(() => localToday()),
    specific: letterGroup(S, 'say what exactly the goal is', { statement: letterText(S, 'statement', 2000) }),
    measurable: letterGroup(M, 'metric, unit, baseline value and target value are required', {
      metric: letterText(M, 'metric'),
      unit: letterText(M, 'unit'),
      baseline: letterNumber(M, 'baseline value'),
      target: letterNumber(M, 'target value'),
    }),
    attainable: letterGroup(A, 'say why the goal is realistic', {
      whyRealistic: letterText(A, 'why it is realistic', 2000),
      supportNeeded: optionalLetterText(A, 'support needed', 2000),
    }),
    relevant: letterGroup(R, 'choose the career aim this goal serves', {
      careerAimId: letterId(R, 'choose the career aim this goal serves'),
    }),
    timeBound: letterGroup(T, 'target date is required', {
      targetDate: onCreate ? targetNotInPast(T) : letterDate(T, 'target date'),
    }),
  };
}

type GoalShapeValues = { startDate: string; measurable: { baseline: number; target: number }; timeBound: { targetDate: string } };

/** Cross-field rules of a goal, shared by create and update. */
function crossCheck(value: GoalShapeValues, ctx: z.RefinementCtx): void {
  if (value.measurable.target === value.measurable.baseline) {
    ctx.addIssue({ code: 'custom', path: ['measurable', 'target'], message: `${M}: ${says('validation.says.targetDiffersFromBaseline')}` });
  }
  if (value.timeBound.targetDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['timeBound', 'targetDate'], message: `${T}: ${says('validation.says.targetDateAfterStart')}` });
  }
}

/** The form's own check (no ids), for react-hook-form's resolver. */
export const goalForm = z.strictObject(goalShape(true)).superRefine(crossCheck);
export const goalEditForm = z.strictObject({ ...goalShape(false), reason: recalibrationReason.optional() }).superRefine(crossCheck);
export type GoalFormInput = z.input<typeof goalForm>;
export type GoalValues = z.output<typeof goalForm>;

export const createGoalInput = z.strictObject({ menteeId: id, ...goalShape(true) }).superRefine(crossCheck);
export const updateGoalInput = z
  .strictObject({ id, ...goalShape(false), reason: recalibrationReason.optional() })
  .superRefine(crossCheck);
export type CreateGoalValues = z.output<typeof createGoalInput>;
export type UpdateGoalValues = z.output<typeof updateGoalInput>;

export const listGoalsInput = z.strictObject({
  menteeId: id,
  statuses: z.array(z.enum(GOAL_STATUSES)).max(GOAL_STATUSES.length).default([]),
  area: z.enum(GOAL_AREAS).nullable().default(null),
  ...pageInput,
});
export const goalIdInput = z.strictObject({ id });
export const setGoalStatusInput = z.strictObject({ id, status: z.enum(GOAL_STATUSES, 'Choose a status'), why: shortText('Why').default('') });
/** Deleting loses the goal's trail, so the renderer sends back its exact title ("dropped" keeps it). */
export const deleteGoalInput = z.strictObject({ id, confirmTitle: requiredText('Confirmation') });
export const goalHistoryInput = z.strictObject({ goalId: id, ...pageInput });

export const addReadingInput = z.strictObject({
  goalId: id,
  date: isoDate('Date'),
  value: z.number('Value must be a number').min(-1e12).max(1e12),
  note: shortText('Note').default(''),
});
export const readingIdInput = z.strictObject({ id });

export const INDICATOR_KINDS = ['deliverable', 'review-outcome', 'quantified-improvement'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const tangibleIndicator = z
  .strictObject({
    kind: z.enum(INDICATOR_KINDS, 'Choose a deliverable, a review outcome or a quantified improvement'),
    description: requiredText('Indicator'),
    value: z.number('Value must be a number').min(-1e12).max(1e12).nullable().default(null),
  })
  .refine((i) => i.kind !== 'quantified-improvement' || i.value !== null, {
    message: says('validation.says.quantifiedNeedsValue'),
    path: ['value'],
  });

const milestoneShape = {
  title: requiredText('Title'),
  dueDate: isoDate('Due date'),
  indicator: tangibleIndicator,
  /** After a major milestone is achieved, a formal review is proposed. */
  major: z.boolean().default(false),
};
export const milestoneForm = z.strictObject(milestoneShape);
export const createMilestoneInput = z.strictObject({ goalId: id, ...milestoneShape });
export const updateMilestoneInput = z.strictObject({ id, ...milestoneShape, reason: recalibrationReason.optional() });
export type MilestoneValues = z.output<typeof milestoneForm>;

export const completeMilestoneInput = z
  .strictObject({
    id,
    doneOn: isoDate('Done on'),
    evidenceText: longText('Evidence').default(''),
    evidenceId: id.nullable().default(null),
  })
  .refine((v) => v.evidenceText.trim() !== '' || v.evidenceId !== null, {
    message: says('validation.says.whatProvedIt'),
    path: ['evidenceText'],
  });
export const reopenMilestoneInput = z.strictObject({ id, reason: recalibrationReason });
export const deleteMilestoneInput = z.strictObject({ id, reason: recalibrationReason });

export interface Reading {
  id: number;
  goalId: number;
  date: string;
  value: number;
  note: string;
}

/** A stored milestone: the form's values and what the vault adds. */
export interface Milestone extends MilestoneValues {
  id: number;
  goalId: number;
  doneOn: string | null;
  evidenceText: string;
  evidenceId: number | null;
  /** Not done and due before today. */
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface GoalSummary {
  id: number;
  menteeId: number;
  title: string;
  area: GoalArea;
  status: GoalStatus;
  careerAimId: number;
  careerAim: string;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  /** The latest reading (by date), or null before the first one. */
  current: number | null;
  currentDate: string | null;
  /** Share of the way from baseline to target (0 = baseline, 1 = target; may pass 1 or go below 0). */
  progress: number | null;
  startDate: string;
  targetDate: string;
  milestonesTotal: number;
  milestonesDone: number;
  milestonesOverdue: number;
  updatedAt: string;
}

export interface Goal extends GoalSummary {
  /** Exactly the form's shape, to fill the edit form. */
  values: GoalValues;
  readings: Reading[];
  milestones: Milestone[];
  createdAt: string;
}

export type HistoryEntity = 'goal' | 'milestone';

/** One row of the recalibration trail: never changed, never deleted. */
export interface HistoryEntry {
  id: number;
  goalId: number;
  entity: HistoryEntity;
  milestoneId: number | null;
  /** The milestone's title today (null once it was removed; its removal row keeps the title). */
  milestoneTitle: string | null;
  field: string;
  from: string;
  to: string;
  why: string;
  changedAt: string;
}
