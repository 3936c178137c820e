import type { ReactNode } from 'react';
import { lazyPage } from './lazy-page';

/**
 * The tabs of one mentee's page (/mentees/:menteeId/<path>), in display order. A
 * feature adds one line here; its page reads the mentee with useCurrentMentee().
 */
export interface MenteeTab {
  path: string;
  label: string;
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
  { path: 'profile', label: 'Profile', element: <ProfileTab /> },
  { path: 'dashboard', label: 'Dashboard', element: <MenteeDashboardTab /> },
  { path: 'assessment', label: 'Assessments', element: <AssessmentTab /> },
  { path: 'charter', label: 'Charter', element: <CharterTab /> },
  { path: 'goals', label: 'Goals', element: <GoalsTab /> },
  { path: 'meetings', label: 'Meetings', element: <MenteeMeetingsTab /> },
  { path: 'learning', label: 'Learning', element: <LearningTab /> },
  { path: 'records', label: 'Records', element: <RecordsTab /> },
  { path: 'feedback', label: 'Feedback', element: <FeedbackTab /> },
  { path: 'notes', label: 'Notes', element: <MenteeNotesTab /> },
  { path: 'escalations', label: 'Escalations', element: <MenteeEscalationsTab /> },
];

/** The tab a mentee's page opens on. */
export const DEFAULT_MENTEE_TAB = 'profile';
