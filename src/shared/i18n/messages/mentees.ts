import type { MenteeStatus } from '../../mentees/schema';
import type { SourceMessages, Translation } from '../define';

/** The mentees' words shared by the list and the profile. */
export const en = {
  'mentees.status.prospective': { message: 'Prospective', description: "A mentee's status: not yet started." },
  'mentees.status.pilot': { message: 'Pilot', description: "A mentee's status: in the pilot period." },
  'mentees.status.active': { message: 'Active', description: "A mentee's status: mentoring is under way." },
  'mentees.status.paused': { message: 'Paused', description: "A mentee's status: on hold." },
  'mentees.status.completed': { message: 'Completed', description: "A mentee's status: mentoring has ended." },
} as const satisfies SourceMessages & Record<`mentees.status.${MenteeStatus}`, unknown>;

export const de: Translation<typeof en> = {
  'mentees.status.prospective': 'Interessiert',
  'mentees.status.pilot': 'Pilotphase',
  'mentees.status.active': 'Aktiv',
  'mentees.status.paused': 'Pausiert',
  'mentees.status.completed': 'Abgeschlossen',
};
