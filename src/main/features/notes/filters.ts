import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

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

// Inside these the words run on; between any other nodes (paragraphs, list items, cells) a space separates them.
const PHRASING = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

function plainText(node: Nodes): string {
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join(PHRASING.has(node.type) ? '' : ' ');
  return ' ';
}

/**
 * Text without any character that can start Markdown syntax (inline marks, links,
 * entities, escapes, or a block marker at a line's start) parses to itself, so it skips
 * the parser: a page of 50 search snippets is read on every keystroke.
 */
const MAY_HOLD_SYNTAX = /[\\`*_[\]!<&]|^[ \t]*([#>~=+-]|\d+[.)])|^( {4}|\t)/m;

/**
 * The start of a Markdown body as plain text, for lists and search snippets (the preview
 * renders the real thing): parsed by the same CommonMark parser the preview uses, so
 * what is syntax there is dropped here. Raw HTML stays as typed text, so a match inside it keeps its marks.
 */
export function plainExcerpt(markdown: string, max = 200): string {
  const text = (MAY_HOLD_SYNTAX.test(markdown) ? plainText(fromMarkdown(markdown)) : markdown).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
