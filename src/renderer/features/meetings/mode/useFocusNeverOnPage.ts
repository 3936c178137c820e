import { useEffect, type RefObject } from 'react';

/**
 * Focus never rests on the page itself inside the dialog: when what had it goes nowhere
 * (a click beside the fields, a button disabled while it works), it goes to `home` (or
 * `fallback` while home is not drawn), so
 * the next keys typed are not lost. Checked once the focus change is over (a microtask
 * after focusout), and only when focus has no new target: a move to another element is
 * left alone.
 */
export function useFocusNeverOnPage(dialog: RefObject<HTMLDialogElement | null>, home: RefObject<HTMLElement | null>, fallback: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget) return;
      queueMicrotask(() => {
        const active = document.activeElement;
        if (!active || active === document.body || active === element) (home.current ?? fallback.current)?.focus();
      });
    };
    element.addEventListener('focusout', onFocusOut);
    return () => element.removeEventListener('focusout', onFocusOut);
  }, [dialog, home, fallback]);
}
