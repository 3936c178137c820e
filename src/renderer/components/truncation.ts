import type { FocusEvent, PointerEvent } from 'react';

/** The class of text that may be cut: one line, an ellipsis where it is cut (base.css). */
export const TRUNCATE = 'truncate';

/** Elements whose text the layout may cut with an ellipsis. */
const CUTTABLE = `.${TRUNCATE}, .dt-cell`;

/**
 * Gives cut text its full words back: as the pointer or the keyboard focus reaches an
 * element of `.truncate` or a table cell whose text does not fit, its full text becomes its
 * title (the tooltip); text that fits gets none, so nothing is said twice. One handler for
 * a whole container, so any cell or label inside is covered without its own code.
 */
export function revealCutText(event: PointerEvent<HTMLElement> | FocusEvent<HTMLElement>): void {
  const container = event.currentTarget;
  const start = event.target instanceof Element ? event.target : null;
  const candidates = new Set<HTMLElement>();
  for (let el = start?.closest<HTMLElement>(CUTTABLE); el && container.contains(el); el = el.parentElement?.closest<HTMLElement>(CUTTABLE) ?? null) candidates.add(el);
  // A focused row: every cut cell in it.
  if (event.type === 'focus' || event.type === 'focusin') start?.querySelectorAll<HTMLElement>(CUTTABLE).forEach((el) => candidates.add(el));
  for (const el of candidates) {
    const cut = el.scrollWidth > el.clientWidth + 1;
    const text = el.textContent?.trim() ?? '';
    if (cut && text) el.title = text;
    else if (el.title === text) el.removeAttribute('title');
  }
}
