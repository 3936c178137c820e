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
