/**
 * Keys typed between Ctrl/Cmd+K and the search box taking the focus. Opening search is a
 * navigation (and may fetch the page's code), so a mentor who types straight away would
 * lose the first letters to whatever had the focus. From the shortcut until the box takes
 * them, printable keys and Backspace are held here, in order, and nowhere else.
 *
 * The hold ends on an event, never on a clock: a slow machine may take seconds to show the
 * page, and a timer that ran out first dropped what was typed. What ends it besides the box
 * taking the keys: the mentor clicks, presses Escape or Tab, or the address leaves the search
 * page (a page that never comes therefore cannot swallow keys for long).
 */
let held: string | null = null;

function hold(event: KeyboardEvent) {
  if (held === null) return;
  if (event.key === 'Escape' || event.key === 'Tab') return stop();
  if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key.length === 1) held += event.key;
  else if (event.key === 'Backspace') held = held.slice(0, -1);
  else return;
  event.preventDefault();
  event.stopPropagation();
}

/** The router is a hash router: an address that is not the search page ends the hold. */
function onAddressChange() {
  if (!/^#\/search(?:[?/]|$)/.test(window.location.hash)) stop();
}

export function startHoldingKeys(): void {
  if (held === null) {
    window.addEventListener('keydown', hold, true);
    window.addEventListener('pointerdown', stop, true);
    window.addEventListener('hashchange', onAddressChange);
    window.addEventListener('popstate', onAddressChange);
  }
  held = '';
}

function stop(): void {
  held = null;
  window.removeEventListener('keydown', hold, true);
  window.removeEventListener('pointerdown', stop, true);
  window.removeEventListener('hashchange', onAddressChange);
  window.removeEventListener('popstate', onAddressChange);
}

/** What was typed since the shortcut (null if it was not used); keys go to their target again. */
export function takeHeldKeys(): string | null {
  const text = held;
  stop();
  return text;
}

/** Whether keys are being held now (for tests of the hold itself). */
export function isHoldingKeys(): boolean {
  return held !== null;
}
