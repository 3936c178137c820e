import { method } from '../contract/define';
import type { Page } from '../primitives';
import {
  feedbackIdInput,
  feedbackResponseInput,
  feedbackSummaryInput,
  listFeedbackInput,
  type FeedbackResponse,
  type FeedbackSummary,
} from './schema';

export const feedbackContract = {
  /** Records a returned feedback form (or a paper one) and its evidence row, together. */
  'feedback.add': method(feedbackResponseInput).returns<FeedbackResponse>(),
  'feedback.list': method(listFeedbackInput).returns<Page<FeedbackResponse>>(),
  /** Removes the response and its evidence row. */
  'feedback.remove': method(feedbackIdInput).returns<{ deleted: true }>(),
  /** The combined 360 view, under the anonymity threshold: the screen and the progress report read this. */
  'feedback.summary': method(feedbackSummaryInput).returns<FeedbackSummary>(),
};
