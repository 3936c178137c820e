import { useEffect, useRef, type RefObject } from 'react';

/**
 * When an inline form closes, its Save or Cancel button goes with it and focus would fall to the
 * page. Once React has committed the closed state (not on a timer, which can run first under load),
 * focus goes back to the control that opened the form.
 */
export function useFocusOnClose(open: boolean, opener: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open, opener]);
}
