import { z } from 'zod';
import { id, isoDate } from '../primitives';

/** The parts of a charter a mentee comments on, in reading order; 'general' is the comment on the whole. */
export const CHARTER_COMMENT_SECTIONS = [
  'purpose',
  'roles',
  'meeting-rhythm',
  'communication',
  'confidentiality',
  'escalation',
  'reviews',
  'pilot',
  'glossary',
  'general',
] as const;
export type CharterCommentSection = (typeof CHARTER_COMMENT_SECTIONS)[number];

export const CHARTER_COMMENT_SECTION_LABELS: Record<CharterCommentSection, string> = {
  purpose: 'Purpose',
  roles: 'Roles and responsibilities',
  'meeting-rhythm': 'Meeting rhythm',
  communication: 'Communication norms',
  confidentiality: 'Confidentiality agreement',
  escalation: 'Escalation process',
  reviews: 'Reviews and progress',
  pilot: 'Pilot period',
  glossary: 'Glossary',
  general: 'The charter as a whole',
};

/** A mentee's comment on one section of a charter draft, as the charter tab lists it. */
export interface CharterComment {
  id: number;
  section: CharterCommentSection;
  body: string;
  version: number;
  /** The draft it was written on has been agreed or discarded since. */
  onEarlierDraft: boolean;
  receivedOn: string;
  resolvedOn: string | null;
}

export const charterCommentsInput = z.strictObject({ menteeId: id });
export const resolveCharterCommentInput = z.strictObject({ commentId: id, resolvedOn: isoDate('Resolved on').nullable() });
