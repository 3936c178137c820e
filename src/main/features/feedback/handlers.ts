import type { feedbackContract } from '../../../shared/feedback/contract';
import type { HandlersFor } from '../../ipc/router';
import { addFeedbackResponse, listFeedbackResponses, removeFeedbackResponse } from './responses';
import { feedbackSummary } from './summary';

export const feedbackHandlers: HandlersFor<typeof feedbackContract> = {
  'feedback.add': (values, { session }) => addFeedbackResponse(session.db, values),
  'feedback.list': ({ menteeId, ...page }, { session }) => listFeedbackResponses(session.db, menteeId, page),
  'feedback.remove': ({ id }, { session }) => {
    removeFeedbackResponse(session.db, id);
    return { deleted: true as const };
  },
  'feedback.summary': ({ menteeId }, { session }) => feedbackSummary(session.db, menteeId),
};
