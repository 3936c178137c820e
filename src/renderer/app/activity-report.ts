import { useEffect } from 'react';
import { call } from '../bridge/client';

/** At most one report in this long; the last input is still reported, at the end of it. */
export const ACTIVITY_REPORT_EVERY_MS = 10_000;

/** A person's input; timers, saves and prefetches make none of these. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Tells the main process that the person is here (`app.activity`), the one thing that
 * postpones the idle lock: no other call counts, so meeting mode's autosave on an
 * unattended computer lets the vault lock.
 */
export function useActivityReport(): void {
  useEffect(() => {
    let last = -Infinity;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      last = performance.now();
      pending = undefined;
      // A refusal here changes nothing: the lock is the main process's to decide.
      call('app.activity', {}).catch(() => undefined);
    };
    const onInput = () => {
      const wait = last + ACTIVITY_REPORT_EVERY_MS - performance.now();
      if (wait <= 0) send();
      else pending ??= setTimeout(send, wait);
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      if (pending) clearTimeout(pending);
    };
  }, []);
}
