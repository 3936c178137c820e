import { useCallback, useEffect, useRef, useState } from 'react';

type Target = () => HTMLElement | null | undefined;

/**
 * Asks for focus on an element once React has committed the render that follows (the
 * element drawn, a busy button enabled again), in an effect rather than on a frame timer,
 * which under load can run before the commit or after the person has typed on.
 * The target is a function, read at that moment, so it finds the element then present.
 */
export function useFocusAfterCommit(): (target: Target) => void {
  const pending = useRef<Target | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    const target = pending.current;
    pending.current = null;
    target?.()?.focus();
  }, [request]);
  return useCallback((target: Target) => {
    pending.current = target;
    setRequest((n) => n + 1);
  }, []);
}
