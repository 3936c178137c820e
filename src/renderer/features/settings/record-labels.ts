/**
 * The vault's tables in the mentor's words, in the order they think of them. Tables that
 * hold machinery rather than records (the search index, settings, drafts, links, carried
 * actions) are left out: their counts mean nothing to a mentor.
 */
export const RECORD_LABELS: readonly (readonly [table: string, label: string])[] = [
  ['mentees', 'Mentees'],
  ['career_aims', 'Career aims'],
  ['mentee_traits', 'Strengths and gaps'],
  ['interests', 'Interests'],
  ['competencies', 'Competencies'],
  ['assessments', 'Assessment rounds'],
  ['assessment_ratings', 'Competency ratings'],
  ['charters', 'Charters'],
  ['charter_versions', 'Charter versions'],
  ['goals', 'SMART goals'],
  ['milestones', 'Milestones'],
  ['goal_readings', 'Goal progress readings'],
  ['meetings', 'Meetings'],
  ['meeting_agenda_items', 'Agenda items'],
  ['action_items', 'Action items'],
  ['meeting_decisions', 'Decisions in meetings'],
  ['meeting_wins', 'Wins noted in meetings'],
  ['rubric_templates', 'Review rubrics'],
  ['self_assessments', 'Mentee self-assessments'],
  ['resources', 'Learning resources'],
  ['practice_sessions', 'Practice sessions'],
  ['decisions', 'Decision log entries'],
  ['evidence', 'Evidence'],
  ['sponsorship_moments', 'Sponsorship moments'],
  ['deadlines', 'Personal deadlines'],
  ['progress_reports', 'Progress reports written by mentees'],
  ['notes', 'Private notes'],
  ['escalations', 'Escalation records'],
  ['escalation_entries', 'Escalation entries'],
  ['mentor_credentials', 'Your credentials'],
  ['mentor_training', 'Your training'],
  ['mentor_supervision', 'Your supervision sessions'],
  ['mentor_reflections', 'Your reflections'],
];

/** The counts to show: only the tables named above that the vault has, labelled in words. */
export function recordCounts(counts: Readonly<Record<string, number>>): { label: string; count: number }[] {
  return RECORD_LABELS.filter(([table]) => table in counts).map(([table, label]) => ({ label, count: counts[table]! }));
}
