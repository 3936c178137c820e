/**
 * Characters the screens show that are no words, so they stay out of the catalogue (and the
 * lint rule against literal words in JSX passes them by name).
 */

/** The space between two pieces of one line (JSX drops a plain line break between elements). */
export const WORD_SPACE = ' ';

/** The product's mark before its name, hidden from screen readers. */
export const BRAND_MARK = '◆';

/** The cross on a button that closes or removes something; the button's aria-label says what. */
export const CLOSE_MARK = '×';

/** A table cell with no value. */
export const NO_VALUE = '—';

/** A sortable column's state, hidden from screen readers (aria-sort says it). */
export const SORT_MARKS = { asc: '▲', desc: '▼', none: '↕' } as const;

/** Between two parts of one line of status ("12 matches · Show every kind"). */
export const SEPARATOR = ' · ';
