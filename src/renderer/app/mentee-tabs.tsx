import type { ReactNode } from 'react';
import type { MessageId } from '../../shared/i18n/catalogue';
import { lazyPage } from './lazy-page';

/**
 * The tabs of one mentee's page (/mentees/:menteeId/<path>), in display order. A
 * feature adds one line here; its page reads the mentee with useCurrentMentee().
 */
export interface MenteeTab {
  path: string;
  /** Its id in the catalogue. */
  label: MessageId;
  element: ReactNode;
}

const ProfileTab = lazyPage(() => import('../features/mentees/ProfileTab'));
const MenteeDashboardTab = lazyPage(() => import('../features/dashboard/MenteeDashboardTab'));
const AssessmentTab = lazyPage(() => import('../features/assessment/AssessmentTab'));
const CharterTab = lazyPage(() => import('../features/charter/CharterTab'));
const GoalsTab = lazyPage(() => import('../features/goals/GoalsTab'));
const MenteeMeetingsTab = lazyPage(() => import('../features/meetings/MenteeMeetingsTab'));
const LearningTab = lazyPage(() => import('../features/learning/LearningTab'));
const RecordsTab = lazyPage(() => import('../features/records/RecordsTab'));
const FeedbackTab = lazyPage(() => import('../features/feedback/FeedbackTab'));
const MenteeNotesTab = lazyPage(() => import('../features/notes/MenteeNotesTab'));
const MenteeEscalationsTab = lazyPage(() => import('../features/escalations/MenteeEscalationsTab'));

export const menteeTabs: MenteeTab[] = [
  { path: 'profile', label: 'mentees.tab.profile', element: <ProfileTab /> },
  { path: 'dashboard', label: 'mentees.tab.dashboard', element: <MenteeDashboardTab /> },
  { path: 'assessment', label: 'mentees.tab.assessment', element: <AssessmentTab /> },
  { path: 'charter', label: 'mentees.tab.charter', element: <CharterTab /> },
  { path: 'goals', label: 'mentees.tab.goals', element: <GoalsTab /> },
  { path: 'meetings', label: 'mentees.tab.meetings', element: <MenteeMeetingsTab /> },
  { path: 'learning', label: 'mentees.tab.learning', element: <LearningTab /> },
  { path: 'records', label: 'mentees.tab.records', element: <RecordsTab /> },
  { path: 'feedback', label: 'mentees.tab.feedback', element: <FeedbackTab /> },
  { path: 'notes', label: 'mentees.tab.notes', element: <MenteeNotesTab /> },
  { path: 'escalations', label: 'mentees.tab.escalations', element: <MenteeEscalationsTab /> },
];

/** The tab a mentee's page opens on. */
export const DEFAULT_MENTEE_TAB = 'profile';
