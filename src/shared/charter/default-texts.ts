import type { CharterBody } from './schema';

/**
 * The words a new charter starts with, one set per language (`defaults.en.ts`,
 * `defaults.de.ts`). Only the words: the rhythm, the review weeks and the pilot length
 * are the same in every language (`defaults.ts`).
 */
export interface CharterDefaultTexts {
  mentorRoles: string[];
  menteeRoles: string[];
  topics: string[];
  channels: CharterBody['communication']['channels'];
  confidentiality: string;
  escalation: CharterBody['escalation'];
  progressPerQuarter: string[];
  glossary: CharterBody['glossary'];
  /** The reason given to a first version begun on a second computer at the same time, when it becomes a later version. */
  concurrentReason: string;
}
