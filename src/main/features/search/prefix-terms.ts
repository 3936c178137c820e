import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';

export type FtsIndex = 'notes_fts' | 'search_fts';

/**
 * Both indexes keep ready doclists for two- and three-letter prefixes only (prefix='2 3').
 * A longer prefix ("team"*, "deleg"*) makes FTS5 merge the whole doclist of every word
 * that starts with it, again in each statement that matches it: about 1.5 ms for "team"*
 * over 100,000 notes, and a search runs it in some twenty statements (each kind's matches,
 * the rare-word check, each kind's highlights). Looked up once in the index's vocabulary,
 * the prefix becomes the words it stands for ("team" OR "teams"), which FTS5 walks
 * newest first and stops at the LIMIT like any word.
 *
 * Only plain ASCII letters and digits are expanded (the vocabulary holds folded tokens:
 * lower case, diacritics removed, which only ASCII maps to with certainty), and only
 * while few words share the prefix; anything else stays a prefix query.
 */
export const MAX_EXPANDED_WORDS = 16;
const EXPANDABLE = /^[A-Za-z0-9]{4,}$/;
const PREFIX_TERM = /"((?:[^"]|"")*)"\*/g;

/** The vocabulary of an index as a table (temp schema: nothing is written to the vault file). */
function vocabulary(db: Db, index: FtsIndex): string {
  const table = `temp.words_of_${index === 'notes_fts' ? 'notes' : 'everything'}`;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${table} USING fts5vocab(main, ${index}, row)`);
  return table;
}

/** The words of the index that start with `prefix` (lower case ASCII), or null when more than MAX_EXPANDED_WORDS. */
function wordsStartingWith(db: Db, index: FtsIndex, prefix: string): string[] | null {
  // The next string after every word with this prefix: its last character plus one (ASCII, so never past 'z').
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  const words = sql<string>(db, `SELECT term FROM ${vocabulary(db, index)} WHERE term >= :prefix AND term < :end LIMIT :n`)
    .pluck()
    .all({ prefix, end, n: MAX_EXPANDED_WORDS + 1 }) as string[];
  return words.length <= MAX_EXPANDED_WORDS ? words : null;
}

/**
 * The FTS5 query with each long prefix term ("team"*) replaced by the words of `index`
 * it stands for. A prefix no word has stays as it is (it matches nothing, cheaply).
 */
export function expandPrefixes(db: Db, index: FtsIndex, match: string): string {
  const expanded = new Map<string, string>();
  return match.replace(PREFIX_TERM, (term: string, text: string) => {
    if (!EXPANDABLE.test(text)) return term;
    let replacement = expanded.get(text);
    if (replacement === undefined) {
      const words = wordsStartingWith(db, index, text.toLowerCase());
      replacement = words && words.length > 0 ? `(${words.map((w) => `"${w}"`).join(' OR ')})` : term;
      expanded.set(text, replacement);
    }
    return replacement;
  });
}
