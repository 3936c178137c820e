import type { PageSize } from '../../../shared/documents/schema';
import { documentWords, type DocWords } from './words';

/**
 * The house style of every PDF: one font family, a type scale, tables that never split
 * a row, headings that never end a page, page numbers "n of N", and helpers that build
 * pdfmake nodes in that style.
 */

/** A pdfmake node (loosely typed: pdfmake ships no types). */
export type Content = string | ContentNode | Content[];
export interface ContentNode {
  [key: string]: unknown;
}

export interface DocDefinition {
  pageSize: string;
  pageMargins: [number, number, number, number];
  info: { title: string; author: string; subject: string; keywords: string; creator: string; producer: string };
  content: Content;
  styles: Record<string, ContentNode>;
  defaultStyle: ContentNode;
  header?: (current: number, total: number, size: unknown) => Content | null;
  footer?: (current: number, total: number, size: unknown) => Content | null;
  watermark?: ContentNode;
  pageBreakBefore?: (node: HeadlineNodeInfo, nodes: { getFollowingNodesOnPage(): unknown[] }) => boolean;
  [key: string]: unknown;
}

export const PDF_PAGE_SIZES: Record<PageSize, string> = { A4: 'A4', LETTER: 'LETTER' };

export const COLORS = {
  text: '#1f2933',
  muted: '#5f6b7a',
  accent: '#1d4e89',
  rule: '#c9d2dc',
  fill: '#eef2f7',
  draft: '#b42318',
} as const;

export const MARGINS: [number, number, number, number] = [60, 62, 60, 58];

export const STYLES: Record<string, ContentNode> = {
  title: { fontSize: 28, bold: true, color: COLORS.accent, margin: [0, 0, 0, 10] },
  subtitle: { fontSize: 14, color: COLORS.muted, margin: [0, 0, 0, 4] },
  h1: { fontSize: 16, bold: true, color: COLORS.accent, margin: [0, 18, 0, 8] },
  h2: { fontSize: 12.5, bold: true, color: COLORS.text, margin: [0, 12, 0, 5] },
  h3: { fontSize: 10.5, bold: true, color: COLORS.muted, margin: [0, 8, 0, 3] },
  label: { fontSize: 8.5, color: COLORS.muted },
  paragraph: { margin: [0, 0, 0, 7] },
  note: { fontSize: 9, italics: true, color: COLORS.muted, margin: [0, 0, 0, 6] },
  tableHeader: { bold: true, fontSize: 9, color: COLORS.muted },
  small: { fontSize: 9 },
  running: { fontSize: 8.5, color: COLORS.muted },
};

export const DEFAULT_STYLE: ContentNode = { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25, color: COLORS.text };

/** A heading needs this much room below it on its page, or it moves to the next. */
const KEEP_WITH_NEXT: Record<number, number> = { 1: 120, 2: 90, 3: 60 };

export interface HeadlineNodeInfo {
  headlineLevel?: number;
  startPosition: { verticalRatio: number; pageInnerHeight: number };
}

/** pdfmake's pageBreakBefore: no heading is left at the foot of a page (a widowed heading). */
export function keepHeadingsWithNext(node: HeadlineNodeInfo, nodes: { getFollowingNodesOnPage(): unknown[] }): boolean {
  const level = node.headlineLevel;
  if (!level) return false;
  const { verticalRatio, pageInnerHeight } = node.startPosition;
  if (verticalRatio <= 0.001) return false;
  // Containers (the section's own stack) span pages; what counts is real content after it.
  const following = nodes.getFollowingNodesOnPage().filter((n) => !(n as { stack?: boolean }).stack) as { headlineLevel?: number }[];
  if (following.length === 0) return true;
  // A heading straight after this one needs its own room too, or it would move alone
  // and leave this one behind (each heading is checked once, in order).
  const next = following[0]!.headlineLevel;
  const needed = (KEEP_WITH_NEXT[level] ?? 60) + (next ? (KEEP_WITH_NEXT[next] ?? 60) - 20 : 0);
  return (1 - verticalRatio) * pageInnerHeight < needed;
}

/**
 * A heading and what follows it. When the first block is kept together on one page
 * (a goal with its chart), the heading goes inside it: pageBreakBefore cannot see
 * where an unbreakable block will land, so it cannot keep the heading with it.
 */
export function withHeading(head: ContentNode, content: Content | Content[]): Content[] {
  const list = Array.isArray(content) ? content : [content];
  const [first, ...rest] = list;
  if (first && typeof first === 'object' && !Array.isArray(first) && first.unbreakable && Array.isArray(first.stack)) {
    return [{ ...first, stack: [insideUnbreakable(head), ...(first.stack as Content[])] }, ...rest];
  }
  return [head, ...list];
}

/**
 * A numbered section heading that is also a bookmark of the document's outline; `id`
 * lets sub-headings nest under it.
 */
export function heading(text: string, level: 1 | 2 | 3, options: { id?: string; parentId?: string; outline?: boolean } = {}): ContentNode {
  return {
    text,
    style: `h${level}`,
    headlineLevel: level,
    ...(options.outline === false ? {} : { outline: true, outlineExpanded: level === 1 }),
    ...(options.id ? { id: options.id } : {}),
    ...(options.parentId ? { outlineParentId: options.parentId } : {}),
  };
}

export function paragraph(text: string, style = 'paragraph'): ContentNode {
  return { text, style };
}

/** Text the mentor wrote, paragraph by paragraph (blank lines separate them). */
export function prose(text: string, empty: string): Content[] {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return [paragraph(empty, 'note')];
  return parts.map((p) => paragraph(p));
}

export function bullets(items: string[], empty: string): Content {
  if (items.length === 0) return paragraph(empty, 'note');
  return { ul: items, margin: [0, 0, 0, 8], markerColor: COLORS.muted };
}

/** Light rules between rows, a tinted header row, generous padding. */
export const TABLE_LAYOUT = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 0.8 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => COLORS.rule,
  fillColor: (row: number, node: { table: { headerRows?: number } }) => (row < (node.table.headerRows ?? 0) ? COLORS.fill : null),
  paddingLeft: () => 6,
  paddingRight: () => 6,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/**
 * A table with a header row repeated on every page it spans, rows that are never split
 * across pages, and the header kept with at least its first row.
 */
export function table(headers: string[], rows: Content[][], widths: (number | string)[], options: { margin?: number[] } = {}): ContentNode {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths,
      body: [headers.map((h) => ({ text: h, style: 'tableHeader' })), ...rows],
    },
    layout: TABLE_LAYOUT,
    margin: options.margin ?? [0, 2, 0, 10],
  };
}

/** Label/value pairs as a two-column table with no header (a goal's SMART parts). */
export function facts(rows: [string, Content][], labelWidth = 110): ContentNode {
  return {
    table: {
      dontBreakRows: true,
      widths: [labelWidth, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'tableHeader' }, value]),
    },
    layout: { ...TABLE_LAYOUT, fillColor: (_row: number, _node: unknown, column: number) => (column === 0 ? COLORS.fill : null) },
    margin: [0, 2, 0, 8],
  };
}

/** Keeps a small block on one page (it moves whole to the next when it does not fit). */
export function together(stack: Content[], margin?: number[]): ContentNode {
  return { stack: stack.map(insideUnbreakable), unbreakable: true, ...(margin ? { margin } : {}) };
}

/**
 * A label and the table or list it introduces. pdfmake places a table's header and first
 * row on the page before moving them whole to the next (rows never split), so the label's
 * keep-with-next rule sees room that is not there and the label is left at the foot of
 * the page. A short one (up to KEEP_ROWS rows) moves with its label instead; a long one
 * starts wherever it falls, its header repeated on each page.
 */
export const KEEP_ROWS = 10;
export function labelled(label: ContentNode, content: Content, rows: number): Content[] {
  return rows <= KEEP_ROWS ? [together([label, content])] : [label, content];
}

/**
 * Inside an unbreakable block, pdfmake reports positions before the block is placed,
 * and a page break forced there loses the block: its headings drop their headline
 * level (the block as a whole already keeps them with what follows).
 */
function insideUnbreakable(node: Content): Content {
  if (typeof node !== 'object' || Array.isArray(node) || node.headlineLevel === undefined) return node;
  const { headlineLevel: _level, ...rest } = node;
  return rest;
}

export function runningFooter(left: string, words: DocWords = ENGLISH): DocDefinition['footer'] {
  return (current, total) => ({
    columns: [
      { text: left, style: 'running', width: '*' },
      { text: words.t('documents.running.page', { current, total }), style: 'running', alignment: 'right', width: 90 },
    ],
    margin: [MARGINS[0], 20, MARGINS[2], 0],
  });
}

/* Words and numbers as an English reader expects them (a document in another locale uses its DocWords). */

const ENGLISH = documentWords('en');

export function longDate(date: string): string {
  return ENGLISH.longDate(date);
}

export function shortDate(date: string): string {
  return ENGLISH.shortDate(date);
}

export function number(value: number): string {
  return ENGLISH.number(value);
}

export function withUnit(value: number, unit: string): string {
  return ENGLISH.withUnit(value, unit);
}

/** 'on-track' → 'On track': the stored words of an enum, for reading. */
export function label(value: string): string {
  return ENGLISH.word(value);
}
