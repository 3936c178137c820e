import { z } from 'zod';
import { id, isoDate, isoDateTime, MAX_SHORT_TEXT, pageInput } from '../primitives';
import { tag, tagList } from './tags';
import { plainLine, plainText } from './text';
import { says } from '../i18n/messages/validation';

export const MAX_NOTE_BODY = 100_000;
export const MAX_SEARCH_QUERY = 500;

/** The note form: one definition for the form check, the bridge check and the type. */
export const noteFields = z
  .strictObject({
    menteeId: id,
    /** Optional link to a meeting (the meetings table arrives with the meetings feature). */
    meetingId: id.nullable().default(null),
    title: plainLine('Title', MAX_SHORT_TEXT).default(''),
    /** Markdown. */
    body: plainText('Note', MAX_NOTE_BODY).default(''),
    tags: tagList,
  })
  .refine((n) => n.title.length > 0 || n.body.trim().length > 0, { message: says('validation.says.writeSomething'), path: ['body'] });
export type NoteFieldsInput = z.input<typeof noteFields>;
export type NoteFieldsValues = z.output<typeof noteFields>;

export const createNoteInput = noteFields;
export const updateNoteInput = z.strictObject({
  id,
  note: noteFields,
  /** The updatedAt the editor started from: a newer one means someone else saved first (CONFLICT). */
  expectedUpdatedAt: isoDateTime('Expected update time').optional(),
});
export const noteIdInput = z.strictObject({ id });

const dateRange = {
  /** Inclusive calendar days (UTC) on the note's creation time. */
  dateFrom: isoDate('From').optional(),
  dateTo: isoDate('To').optional(),
};
export const rangeInOrder = (v: { dateFrom?: string; dateTo?: string }) => !v.dateFrom || !v.dateTo || v.dateFrom <= v.dateTo;
export const rangeIssue = { message: says('validation.says.fromNotAfterTo'), path: ['dateTo'] };

export const noteFilters = {
  menteeId: id.optional(),
  /** Notes carrying every one of these tags. */
  tags: z.array(tag, 'Tags must be a list').max(10, 'Filter by at most 10 tags').default([]),
  ...dateRange,
};

export const NOTE_SORTS = ['updatedAt', 'createdAt', 'title'] as const;
export const listNotesInput = z
  .strictObject({
    ...pageInput,
    ...noteFilters,
    meetingId: id.optional(),
    sort: z.enum(NOTE_SORTS).default('updatedAt'),
    direction: z.enum(['asc', 'desc']).default('desc'),
  })
  .refine(rangeInOrder, rangeIssue);

/**
 * Search syntax (see features/notes/fts-query.ts): words (all must match), word* for a
 * prefix, "a phrase", OR between terms, -word to exclude. Anything else is taken literally.
 */
/** What the mentor typed in a search box: the same rule for note search and search everywhere. */
export const searchQuery = z
  .string('Search must be text')
  .trim()
  .min(1, 'Type something to search for')
  .max(MAX_SEARCH_QUERY, `Search is at most ${MAX_SEARCH_QUERY} characters`);

export const searchNotesInput = z
  .strictObject({
    query: searchQuery,
    ...noteFilters,
    offset: pageInput.offset,
    limit: z.int().min(1).max(200).default(50),
  })
  .refine(rangeInOrder, rangeIssue);

export const listTagsInput = z.strictObject({ menteeId: id.optional() });

export const copyNoteInput = z.strictObject({ id, part: z.enum(['body', 'title', 'all']).default('body') });

/** Every note output carries this, so each place that shows one can mark it confidential. */
interface Confidential {
  confidential: true;
}

export interface NoteSummary extends Confidential {
  id: number;
  menteeId: number;
  menteeName: string;
  meetingId: number | null;
  title: string;
  /** The start of the body with Markdown syntax removed, for lists. */
  excerpt: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface Note extends Omit<NoteSummary, 'excerpt'> {
  body: string;
}

export interface NoteSearchHit extends Confidential {
  id: number;
  menteeId: number;
  menteeName: string;
  meetingId: number | null;
  title: string;
  /** The title with matching words between MARK_START and MARK_END (see marks.ts). */
  titleMarked: string;
  /** A few words of the body around the best match, marked the same way; '…' where cut. */
  snippet: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  /** bm25 relevance (title weighs 10x the body); higher is better. Rows come best first. */
  score: number;
}

export interface TagCount {
  tag: string;
  count: number;
}

export interface ClipboardCopy {
  copied: true;
  /** The clipboard is cleared again after this many seconds (setting clipboardClearSeconds). */
  clearsAfterSeconds: number;
}
