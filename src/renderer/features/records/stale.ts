/** Invalidated after any change to the records (the dashboards count them; milestones link evidence). */
export const RECORD_QUERIES = ['decisions.', 'sponsorship.', 'evidence.', 'deadlines.', 'progressReports.', 'dashboard.', 'goals.'] as const;
