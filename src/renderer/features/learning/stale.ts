/** Invalidated after any change to the learning plan (the dashboards count resources and debriefs). */
export const LEARNING_QUERIES = ['resources.', 'practice.', 'learning.', 'dashboard.'] as const;
