/** Invalidated after any change to a goal or milestone: lists, the goal, its history, and what shows goals. */
export const GOAL_QUERIES = ['goals.', 'milestones.', 'dashboard.', 'evidence.', 'resources.', 'practice.', 'deadlines.'] as const;
