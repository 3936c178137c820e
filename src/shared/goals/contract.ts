import { method } from '../contract/define';
import type { Page } from '../primitives';
import {
  addReadingInput,
  completeMilestoneInput,
  createGoalInput,
  createMilestoneInput,
  deleteGoalInput,
  deleteMilestoneInput,
  goalHistoryInput,
  goalIdInput,
  listGoalsInput,
  readingIdInput,
  reopenMilestoneInput,
  setGoalStatusInput,
  updateGoalInput,
  updateMilestoneInput,
  type Goal,
  type GoalSummary,
  type HistoryEntry,
  type Milestone,
  type Reading,
} from './schema';

export const goalsContract = {
  'goals.list': method(listGoalsInput).returns<Page<GoalSummary>>(),
  'goals.get': method(goalIdInput).returns<Goal>(),
  /** Refused with a message naming the SMART letter that is missing or wrong. */
  'goals.create': method(createGoalInput).returns<Goal>(),
  /** Changing target, baseline, metric, unit or target date needs `reason`; each writes a history row. */
  'goals.update': method(updateGoalInput).returns<Goal>(),
  'goals.setStatus': method(setGoalStatusInput).returns<Goal>(),
  'goals.delete': method(deleteGoalInput).returns<{ deleted: true }>(),
  /** The recalibration trail of a goal and its milestones, newest first. */
  'goals.history': method(goalHistoryInput).returns<Page<HistoryEntry>>(),
  /** A new value of the goal's metric: the series from baseline toward target. */
  'goals.addReading': method(addReadingInput).returns<Reading>(),
  'goals.deleteReading': method(readingIdInput).returns<{ deleted: true }>(),
  'milestones.create': method(createMilestoneInput).returns<Milestone>(),
  /** Moving the due date needs `reason` and writes a history row. */
  'milestones.update': method(updateMilestoneInput).returns<Milestone>(),
  /** Done, with the evidence that proved it (text, a linked evidence record, or both). */
  'milestones.complete': method(completeMilestoneInput).returns<Milestone>(),
  'milestones.reopen': method(reopenMilestoneInput).returns<Milestone>(),
  'milestones.delete': method(deleteMilestoneInput).returns<{ deleted: true }>(),
};
