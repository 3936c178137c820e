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

export const menteeTabs: MenteeTab[] = [{ path: 'profile', label: 'Profile', element: <ProfileTab /> }];

/** The tab a mentee's page opens on. */
export const DEFAULT_MENTEE_TAB = 'profile';
