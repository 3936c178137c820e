import type { RevisionRecord } from '../../../shared/sync/contract';

/** A synced table's rows as the mentor names them (kept texts, held deletions); anything else is "a record". */
const RECORD_OF: Readonly<Record<string, RevisionRecord>> = {
  notes: 'note',
  mentees: 'mentee',
  mentee_traits: 'profile',
  interests: 'profile',
  career_aims: 'careerAim',
  goals: 'goal',
  goal_readings: 'goal',
  milestones: 'milestone',
  meetings: 'meeting',
  meeting_agenda_items: 'agendaItem',
  meeting_wins: 'meeting',
  meeting_evidence: 'meeting',
  action_items: 'actionItem',
  charter_versions: 'charter',
  charter_comments: 'charterComment',
  resources: 'resource',
  practice_sessions: 'practice',
  evidence: 'evidence',
  feedback_responses: 'feedback',
  feedback_ratings: 'feedback',
  self_assessments: 'selfAssessment',
  sponsorship_moments: 'sponsorship',
  deadlines: 'deadline',
  progress_reports: 'report',
  competencies: 'competency',
};

export const recordOf = (table: string): RevisionRecord => RECORD_OF[table] ?? (table.startsWith('mentor_') ? 'mentorRecord' : 'other');

/**
 * Rows that are part of another record and shown only inside it (a goal's readings and
 * trail, a mentee's profile lists, a meeting's wins and hours): deleted with their record,
 * they are not more records the mentor would count. A deleted goal with three readings is
 * one goal, not four.
 */
export const PART_TABLES: readonly string[] = [
  'goal_readings', 'goal_history', 'mentee_traits', 'interests', 'charters', 'meeting_wins', 'meeting_evidence', 'meeting_hours',
  'meeting_proposal_dismissals', 'feedback_ratings', 'assessment_ratings', 'rubric_scores', 'rubric_dimensions', 'agenda_template_items',
];
