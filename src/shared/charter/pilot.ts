import { daysBetween } from '../dates';
import type { PilotState } from './schema';

/**
 * Where a pilot stands on a given day. Shared so the renderer can show the same words
 * as the dashboard without asking again.
 */
export function pilotState(
  pilot: { startDate: string | null; reviewDate: string | null; reviewedOn: string | null },
  today: string,
): { state: PilotState; daysToReview: number | null } {
  if (!pilot.startDate || !pilot.reviewDate) return { state: 'not-planned', daysToReview: null };
  const daysToReview = daysBetween(today, pilot.reviewDate);
  if (pilot.reviewedOn) return { state: 'done', daysToReview };
  if (today < pilot.startDate) return { state: 'not-started', daysToReview };
  if (today < pilot.reviewDate) return { state: 'in-pilot', daysToReview };
  return { state: 'review-due', daysToReview };
}
