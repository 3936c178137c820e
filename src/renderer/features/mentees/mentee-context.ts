import { useOutletContext } from 'react-router';
import type { Mentee } from '../../../shared/mentees/schema';

export interface MenteeOutletContext {
  mentee: Mentee;
}

/** The mentee whose page a tab is on (see app/mentee-tabs.tsx). */
export function useCurrentMentee(): Mentee {
  return useOutletContext<MenteeOutletContext>().mentee;
}
