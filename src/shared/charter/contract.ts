import { method } from '../contract/define';
import { charterCommentsInput, resolveCharterCommentInput, type CharterComment } from './comments';
import {
  agreeCharterInput,
  charterDefaultsInput,
  charterVersionInput,
  compareCharterInput,
  createCharterInput,
  menteeCharterInput,
  pilotReviewedInput,
  reviseCharterInput,
  updateCharterInput,
  type Charter,
  type CharterBody,
  type CharterComparison,
  type CharterVersion,
} from './schema';

export const charterContract = {
  /** The mentee's charter with every version listed, or null before one is started. */
  'charter.get': method(menteeCharterInput).returns<Charter | null>(),
  /** The starting template in a language (absent: English): default roles, rhythm, escalation steps and glossary. */
  'charter.defaults': method(charterDefaultsInput).returns<CharterBody>(),
  /** Version 1 as a draft (from the template when no body is given); CONFLICT if one exists. */
  'charter.create': method(createCharterInput).returns<Charter>(),
  /** Edits a draft; an agreed version is frozen (CONFLICT). Versions after the first keep a reason. */
  'charter.update': method(updateCharterInput).returns<Charter>(),
  /** Starts a new draft from the latest agreed version; the reason is required. */
  'charter.revise': method(reviseCharterInput).returns<Charter>(),
  /** Freezes a draft with the date and who agreed (names default to the mentor profile and the mentee). */
  'charter.agree': method(agreeCharterInput).returns<Charter>(),
  /** Throws away a draft (never an agreed version); null when nothing is left. */
  'charter.discardDraft': method(charterVersionInput).returns<Charter | null>(),
  'charter.version': method(charterVersionInput).returns<CharterVersion>(),
  /** Two versions of one charter, field by field, with the changed parts marked. */
  'charter.compare': method(compareCharterInput).returns<CharterComparison>(),
  /** Marks the pilot's review as held (or not); the meetings feature will call this too. */
  'charter.setPilotReviewed': method(pilotReviewedInput).returns<Charter>(),
  /** The mentee's comments on charter drafts, from returned charter-comments forms. */
  'charter.comments': method(charterCommentsInput).returns<CharterComment[]>(),
  /** Ticks a comment off as resolved (a date) or opens it again (null). */
  'charter.resolveComment': method(resolveCharterCommentInput).returns<CharterComment[]>(),
};
