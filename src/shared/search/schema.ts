import { z } from 'zod';
import { id, pageInput } from '../primitives';
import { noteFilters, rangeInOrder, rangeIssue, searchQuery } from '../notes/schema';
import { SEARCH_KINDS, type SearchKind } from './kinds';

/**
 * Search across everything the mentor wrote, as they type: every word is also a prefix
 * ("impost" finds "imposter"); "a phrase", OR and -word work as in note search.
 * Without `kind`, each kind's best `limit` matches; with it, one kind paged by offset.
 * Tags and dates are the private notes' own filters: with either, only notes are searched.
 */
export const searchEverythingInput = z
  .strictObject({
    query: searchQuery,
    ...noteFilters,
    menteeId: id.optional(),
    kind: z.enum(SEARCH_KINDS, 'Choose a kind of record').optional(),
    offset: pageInput.offset,
    limit: z.int().min(1).max(200).default(5),
  })
  .refine(rangeInOrder, rangeIssue);
export type SearchEverythingInput = z.input<typeof searchEverythingInput>;

export interface SearchHit {
  kind: SearchKind;
  /** The record's own id (a note's, a meeting's, a goal's...). */
  id: number;
  menteeId: number;
  menteeName: string;
  /** Title with matching words between MARK_START and MARK_END (shared/notes/marks.ts). */
  titleMarked: string;
  /** A few words around the best match in the text, marked the same way; '' when only the title matched. */
  snippet: string;
  /** The record's date (YYYY-MM-DD): a meeting's day, a goal's start, a note's creation. */
  date: string;
  /** What the record opens under: a milestone's goal id, a charter's version number. */
  parentId: number | null;
  /** Private notes and escalation records. */
  confidential: boolean;
  /** bm25 relevance among the group's candidates; higher is better. */
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  /** Matches counted, up to a bound (1,000 in the vault search). */
  total: number;
  /** True when there are more matches than were counted (total is then a floor). */
  more: boolean;
  hits: SearchHit[];
}

export interface SearchResults {
  /** Kinds with at least one match, in SEARCH_KINDS order. */
  groups: SearchGroup[];
}
