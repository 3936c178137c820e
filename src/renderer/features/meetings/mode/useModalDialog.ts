import { useEffect, type RefObject } from 'react';

/**
 * Shows the dialog modally while the component is mounted (the app's own screen behind it
 * becomes inert) and puts focus on its first place; closes it when the component goes.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>, firstFocus: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    firstFocus.current?.focus();
    return () => element?.close?.();
    // Once, on mount: the refs are stable objects.
  }, [dialog, firstFocus]);
}
