import { lazy, type ReactNode } from 'react';

/**
 * The tabs of one mentee's page (/mentees/:menteeId/<path>), in display order. A
 * feature adds one line here; its page reads the mentee with useCurrentMentee().
 */
export interface MenteeTab {
  path: string;
  label: string;
  element: ReactNode;
}

const ProfileTab = lazy(() => import('../features/mentees/ProfileTab'));
const MenteeDashboardTab = lazy(() => import('../features/dashboard/MenteeDashboardTab'));
const AssessmentTab = lazy(() => import('../features/assessment/AssessmentTab'));
const CharterTab = lazy(() => import('../features/charter/CharterTab'));
const GoalsTab = lazy(() => import('../features/goals/GoalsTab'));
const MenteeMeetingsTab = lazy(() => import('../features/meetings/MenteeMeetingsTab'));
const LearningTab = lazy(() => import('../features/learning/LearningTab'));
const RecordsTab = lazy(() => import('../features/records/RecordsTab'));
const MenteeNotesTab = lazy(() => import('../features/notes/MenteeNotesTab'));
const MenteeEscalationsTab = lazy(() => import('../features/escalations/MenteeEscalationsTab'));

export const menteeTabs: MenteeTab[] = [
  { path: 'profile', label: 'Profile', element: <ProfileTab /> },
  { path: 'dashboard', label: 'Dashboard', element: <MenteeDashboardTab /> },
  { path: 'assessment', label: 'Starting point', element: <AssessmentTab /> },
  { path: 'charter', label: 'Charter', element: <CharterTab /> },
  { path: 'goals', label: 'Goals', element: <GoalsTab /> },
  { path: 'meetings', label: 'Meetings', element: <MenteeMeetingsTab /> },
  { path: 'learning', label: 'Learning', element: <LearningTab /> },
  { path: 'records', label: 'Records', element: <RecordsTab /> },
  { path: 'notes', label: 'Notes', element: <MenteeNotesTab /> },
  { path: 'escalations', label: 'Escalations', element: <MenteeEscalationsTab /> },
];

/** The tab a mentee's page opens on. */
export const DEFAULT_MENTEE_TAB = 'profile';
