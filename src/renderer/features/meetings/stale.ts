/** Stale after any meeting change: the lists, the meeting, and what shows meetings, decisions, goals or notes. */
export const MEETING_QUERIES = ['meetings.', 'dashboard.', 'decisions.', 'goals.', 'milestones.', 'notes.', 'charter.', 'calendar.'] as const;
