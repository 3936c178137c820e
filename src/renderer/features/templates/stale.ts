/** Stale after a template changes: the templates, and meetings (a meeting shows its rubric's name and dimensions). */
export const TEMPLATE_QUERIES = ['templates.', 'meetings.'] as const;
