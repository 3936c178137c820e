import MarkdownIt, { type Token } from 'markdown-it';

/** The filters notes.list and notes.search share: mentee, tags (all of them), creation date range. */
export interface NoteFilterInput {
  menteeId?: number;
  tags: string[];
  dateFrom?: string;
  dateTo?: string;
}

export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** SQL conditions on `n` (notes); timestamps are ISO UTC, so a date prefix compares correctly. */
export function noteFilters(input: NoteFilterInput): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (input.menteeId !== undefined) {
    where.push('n.mentee_id = :menteeId');
    params.menteeId = input.menteeId;
  }
  input.tags.forEach((tag, i) => {
    // Each tag is a primary-key lookup on note_tags (tag, note_id).
    where.push(`n.id IN (SELECT note_id FROM note_tags WHERE tag = :tag${i})`);
    params[`tag${i}`] = tag;
  });
  if (input.dateFrom) {
    where.push('n.created_at >= :dateFrom');
    params.dateFrom = input.dateFrom;
  }
  if (input.dateTo) {
    where.push('n.created_at < :dateToNext');
    params.dateToNext = nextDay(input.dateTo);
  }
  return { where, params };
}

/** A note's tags as a JSON array, sorted, for one row of a result. */
export const TAGS_OF_NOTE = `(SELECT json_group_array(tag) FROM (SELECT tag FROM note_tags WHERE note_id = n.id ORDER BY tag))`;

/**
 * One CommonMark parser for excerpts, as the preview's is one: what is syntax there is
 * dropped here. markdown-it, because a page of 50 search snippets is read on every
 * keystroke: mdast's parser took 10-19 ms for such a page, markdown-it about 3.5 ms.
 * No HTML is rendered: only its tokens are read.
 */
const markdown = new MarkdownIt('commonmark');

/** Inline tokens as words: marks dropped, an image as its alt text, raw HTML as typed. */
function inlineText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline' || token.type === 'html_inline') text += token.content;
    else if (token.type === 'image') text += token.children ? inlineText(token.children) : token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
  }
  return text;
}

/** Blocks (paragraphs, list items, cells, code) separated by a space; within a block the words run on. */
function plainText(source: string): string {
  const parts: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'inline') parts.push(token.children ? inlineText(token.children) : token.content);
    else if (token.type === 'fence' || token.type === 'code_block' || token.type === 'html_block') parts.push(token.content);
  }
  return parts.join(' ');
}

/**
 * Text without any character that can start Markdown syntax (inline marks, links,
 * entities, escapes, or a block marker at a line's start) parses to itself, so it skips
 * the parser.
 */
const MAY_HOLD_SYNTAX = /[\\`*_[\]!<&]|^[ \t]*([#>~=+-]|\d+[.)])|^( {4}|\t)/m;

/**
 * The start of a Markdown body as plain text, for lists and search snippets (the preview
 * renders the real thing). Raw HTML stays as typed text, so a match inside it keeps its marks.
 */
export function plainExcerpt(markdown: string, max = 200): string {
  const text = (MAY_HOLD_SYNTAX.test(markdown) ? plainText(markdown) : markdown).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
