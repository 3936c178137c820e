import type { MessageId } from '../../../shared/i18n/catalogue';

/**
 * The vault's tables in the mentor's words, in the order they think of them. Tables that
 * hold machinery rather than records (the search index, settings, drafts, links, carried
 * actions) are left out: their counts mean nothing to a mentor.
 */
export const RECORD_TABLES = [
  'mentees',
  'career_aims',
  'mentee_traits',
  'interests',
  'competencies',
  'assessments',
  'assessment_ratings',
  'charters',
  'charter_versions',
  'goals',
  'milestones',
  'goal_readings',
  'meetings',
  'meeting_agenda_items',
  'action_items',
  'meeting_decisions',
  'meeting_wins',
  'rubric_templates',
  'self_assessments',
  'resources',
  'practice_sessions',
  'decisions',
  'evidence',
  'sponsorship_moments',
  'deadlines',
  'progress_reports',
  'notes',
  'escalations',
  'escalation_entries',
  'mentor_credentials',
  'mentor_training',
  'mentor_supervision',
  'mentor_reflections',
] as const;

/** The counts to show: only the tables named above that the vault has, each with its label's id in the catalogue. */
export function recordCounts(counts: Readonly<Record<string, number>>): { table: string; label: MessageId; count: number }[] {
  return RECORD_TABLES.filter((table) => table in counts).map((table) => ({ table, label: `settings.records.${table}`, count: counts[table]! }));
}
