/**
 * Search highlights come back from the vault as plain text with these two control
 * characters around each matching word (note text can never contain them: see text.ts).
 * The renderer turns marked parts into <mark> elements; never into HTML strings.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export interface MarkedPart {
  text: string;
  marked: boolean;
}

/** Splits highlighted text into parts; stray or unbalanced markers are dropped, never shown. */
export function splitMarked(text: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let marked = false;
  let current = '';
  const flush = () => {
    if (current) parts.push({ text: current, marked });
    current = '';
  };
  for (const ch of text) {
    if (ch === MARK_START || ch === MARK_END) {
      flush();
      marked = ch === MARK_START;
    } else {
      current += ch;
    }
  }
  flush();
  return parts;
}
