import type { goalsContract } from '../../../shared/goals/contract';
import type { HandlersFor } from '../../ipc/router';
import { goalHistory } from './history';
import { completeMilestone, createMilestone, deleteMilestone, reopenMilestone, updateMilestone } from './milestones';
import { addReading, createGoal, deleteGoal, deleteReading, getGoal, listGoals, setGoalStatus, updateGoal } from './store';

const deleted = { deleted: true as const };

export const goalHandlers: HandlersFor<typeof goalsContract> = {
  'goals.list': (input, { session }) => listGoals(session.db, input),
  'goals.get': ({ id }, { session }) => getGoal(session.db, id),
  'goals.create': (values, { session }) => createGoal(session.db, values),
  'goals.update': (values, { session }) => updateGoal(session.db, values),
  'goals.setStatus': ({ id, status, why }, { session }) => setGoalStatus(session.db, id, status, why),
  'goals.delete': ({ id, confirmTitle }, { session }) => {
    deleteGoal(session.db, id, confirmTitle);
    return deleted;
  },
  'goals.history': ({ goalId, ...page }, { session }) => goalHistory(session.db, goalId, page),
  'goals.addReading': (input, { session }) => addReading(session.db, input),
  'goals.deleteReading': ({ id }, { session }) => {
    deleteReading(session.db, id);
    return deleted;
  },
  'milestones.create': ({ goalId, ...values }, { session }) => createMilestone(session.db, goalId, values),
  'milestones.update': ({ id, reason, ...values }, { session }) => updateMilestone(session.db, id, values, reason),
  'milestones.complete': (input, { session }) => completeMilestone(session.db, input),
  'milestones.reopen': ({ id, reason }, { session }) => reopenMilestone(session.db, id, reason),
  'milestones.delete': ({ id, reason }, { session }) => {
    deleteMilestone(session.db, id, reason);
    return deleted;
  },
};
