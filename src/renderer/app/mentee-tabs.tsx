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
const CharterTab = lazy(() => import('../features/charter/CharterTab'));
const GoalsTab = lazy(() => import('../features/goals/GoalsTab'));
const MenteeNotesTab = lazy(() => import('../features/notes/MenteeNotesTab'));
const MenteeEscalationsTab = lazy(() => import('../features/escalations/MenteeEscalationsTab'));

export const menteeTabs: MenteeTab[] = [
  { path: 'profile', label: 'Profile', element: <ProfileTab /> },
  { path: 'charter', label: 'Charter', element: <CharterTab /> },
  { path: 'goals', label: 'Goals', element: <GoalsTab /> },
  { path: 'notes', label: 'Notes', element: <MenteeNotesTab /> },
  { path: 'escalations', label: 'Escalations', element: <MenteeEscalationsTab /> },
];

/** The tab a mentee's page opens on. */
export const DEFAULT_MENTEE_TAB = 'profile';
