import { lazy, type ComponentType } from 'react';

/**
 * Pages are split out of the first bundle so unlocking stays quick, and then fetched
 * while the mentor reads the first screen, so no click waits on a chunk: the first
 * Dashboard click of a session waited ~150 ms for the chart library alone.
 */
const loaders: (() => Promise<unknown>)[] = [];
let preloading = false;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a page's props are its own
export function lazyPage<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  loaders.push(load);
  return lazy(load);
}

/** Once per session, when the browser is idle: every page's code, fetched and evaluated. */
export function preloadPages(): void {
  if (preloading) return;
  preloading = true;
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  idle(() => {
    // A failed fetch is retried by the page's own lazy() when it is opened.
    for (const load of loaders) void load().catch(() => undefined);
  });
}
