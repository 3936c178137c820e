/** Stale after a response is added or removed: it counts as evidence on the dashboard and the Records tab. */
export const FEEDBACK_QUERIES = ['feedback.', 'evidence.', 'dashboard.'] as const;
