/**
 * Keys typed between Ctrl/Cmd+K and the search box taking the focus. Opening search is a
 * navigation (and may fetch the page's code), so a mentor who types straight away would
 * lose the first letters to whatever had the focus. From the shortcut until the box takes
 * them, printable keys and Backspace are held here, in order, and nowhere else.
 */
let held: string | null = null;
let expiry = 0;

/** Long enough for any page load; a search page that never comes must not swallow keys. */
const HOLD_MS = 3000;

function hold(event: KeyboardEvent) {
  if (held === null) return;
  if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key.length === 1) held += event.key;
  else if (event.key === 'Backspace') held = held.slice(0, -1);
  else return;
  event.preventDefault();
  event.stopPropagation();
}

export function startHoldingKeys(): void {
  if (held === null) window.addEventListener('keydown', hold, true);
  held = '';
  window.clearTimeout(expiry);
  expiry = window.setTimeout(stop, HOLD_MS);
}

function stop(): void {
  held = null;
  window.removeEventListener('keydown', hold, true);
}

/** What was typed since the shortcut (null if it was not used); keys go to their target again. */
export function takeHeldKeys(): string | null {
  const text = held;
  window.clearTimeout(expiry);
  stop();
  return text;
}
