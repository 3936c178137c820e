import { stripControl } from '../../../shared/notes/text';
import { VaultError } from '../../vault/vault-error';

/**
 * Turns what a mentor types into an FTS5 query that is always valid syntax, so no input
 * can reach SQLite as a syntax error. Understood: words (all must match), word* (prefix),
 * "a phrase" (an unclosed quote runs to the end), OR between terms, -word or -"phrase"
 * (exclude), AND (ignored: it is the default). Everything else is literal text: each term
 * goes to FTS5 as a quoted string, where no character is an operator.
 */
interface Term {
  text: string;
  prefix: boolean;
}

export const MAX_TERMS = 32;
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
const SPACE = /\s/u;

function quote(term: Term): string {
  return `"${term.text.replaceAll('"', '""')}"${term.prefix ? '*' : ''}`;
}

function invalid(message: string): VaultError {
  return new VaultError('INVALID_INPUT', `query: ${message}`, [{ path: ['query'], message }]);
}

/** Ends in two or more letters or digits: long enough for a prefix that FTS5 serves from its prefix index. */
const PREFIXABLE = /[\p{L}\p{N}\p{Co}]{2,}$/u;

/**
 * With `prefixWords` (search as you type), every word the mentor types is also a prefix:
 * "impost" finds "imposter". A word of one letter stays whole: its prefix would merge the
 * doclist of every word with that letter. Quoted phrases stay exact.
 */
export function toFtsQuery(input: string, options: { prefixWords?: boolean } = {}): string {
  return parseQuery(input, options).match;
}

/** The FTS5 query and each of its terms alone (as FTS5 queries), excluded ones too. */
export function parseQuery(input: string, options: { prefixWords?: boolean } = {}): { match: string; terms: string[] } {
  const groups: Term[][] = [[]];
  const excluded: Term[] = [];
  // Control characters are dropped as they are from stored text (notes/text.ts); a NUL
  // left in would end the string early inside SQLite and break the quoting ("unterminated
  // string", found by the hardening hostile-input test).
  const s = stripControl(input).normalize('NFC');
  let i = 0;
  while (i < s.length) {
    if (SPACE.test(s[i]!)) {
      i++;
      continue;
    }
    let negate = false;
    if (s[i] === '-' && i + 1 < s.length && !SPACE.test(s[i + 1]!)) {
      negate = true;
      i++;
    }
    let term: Term;
    if (s[i] === '"') {
      let end = s.indexOf('"', i + 1);
      if (end < 0) end = s.length;
      const text = s.slice(i + 1, end);
      i = end + 1;
      const prefix = s[i] === '*';
      while (s[i] === '*') i++;
      term = { text, prefix };
    } else {
      let end = i;
      while (end < s.length && !SPACE.test(s[end]!) && s[end] !== '"') end++;
      const word = s.slice(i, end);
      i = end;
      if (!negate && word === 'OR') {
        if (groups[groups.length - 1]!.length > 0) groups.push([]);
        continue;
      }
      if (!negate && word === 'AND') continue;
      const text = word.replaceAll('*', ' ').trim();
      term = { text, prefix: word.endsWith('*') || (options.prefixWords === true && PREFIXABLE.test(text)) };
    }
    // A term without a letter or digit has no tokens: FTS5 would match nothing or fail.
    if (!TOKEN_CHAR.test(term.text)) continue;
    (negate ? excluded : groups[groups.length - 1]!).push(term);
  }
  const positive = groups.filter((g) => g.length > 0);
  if (positive.length === 0) throw invalid('Type a word to search for (excluded words alone find nothing)');
  const count = positive.reduce((n, g) => n + g.length, 0) + excluded.length;
  if (count > MAX_TERMS) throw invalid(`Use at most ${MAX_TERMS} words`);
  const any = positive.map((g) => `(${g.map(quote).join(' AND ')})`).join(' OR ');
  const match = excluded.length ? `(${any})${excluded.map((t) => ` NOT ${quote(t)}`).join('')}` : any;
  return { match, terms: [...new Set([...positive.flat(), ...excluded].map(quote))] };
}

/** FTS5 reports query problems as plain SQLITE_ERROR "fts5: ..."; they are the user's input, not a fault. */
export function isFtsQueryError(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return e?.code === 'SQLITE_ERROR' && typeof e.message === 'string' && /fts5|syntax error|unknown special query|no such column/i.test(e.message);
}

export function ftsQueryError(): VaultError {
  return invalid('The search could not be understood; try plain words');
}
