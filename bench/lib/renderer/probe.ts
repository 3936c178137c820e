/// <reference lib="dom" />
import type { Page } from '@playwright/test';

/**
 * Timing inside the page: an event listener notes when the person acted (the event's
 * own timeStamp: a click, or the input event a keystroke fires), a MutationObserver
 * watches until the screen shows what was asked for, and the figure ends after the
 * next frame was painted (requestAnimationFrame, then a task), not merely committed.
 * Arm first, then act from Playwright, then collect.
 */
export type ProbeKind =
  /** A new "Matching notes" listbox (not the one on screen when armed) with results. */
  | { kind: 'search' }
  /** The first data row (not a placeholder) of the table with this accessible name. */
  | { kind: 'table'; label: string }
  /** The dashboard with at least `charts` chart canvases, every one drawn by Recharts. */
  | { kind: 'charts'; charts: number };

export interface ProbeResult {
  /** Act → the DOM shows it (MutationObserver), ms. */
  committedMs: number;
  /** Act → the frame with it was painted, ms. */
  paintedMs: number;
  /** Rows / options / charts in the DOM when it showed. */
  count: number;
  /** First highlighted word (search), for a sanity check. */
  marked: string;
  /** Bridge requests the page sent after the act, and when the last answer was in (act → ms). */
  rpcCount: number;
  rpcDoneMs: number;
}

interface ProbeWindow {
  __benchProbe?: Promise<ProbeResult>;
}

export async function armProbe(page: Page, probe: ProbeKind, event: 'click' | 'input'): Promise<void> {
  await page.evaluate(
    ({ probe, event }) => {
      const w = window as unknown as ProbeWindow;
      const listSelector = 'ul[role=listbox][aria-label="Matching notes"]';
      const before = document.querySelector(listSelector);
      performance.clearResourceTimings();
      performance.setResourceTimingBufferSize(1000);
      let actedAt: number | null = null;
      const onAct = (e: Event) => {
        actedAt ??= e.timeStamp;
      };
      window.addEventListener(event, onAct, { capture: true, once: true });

      const shown = (): { count: number; marked: string } | null => {
        if (probe.kind === 'search') {
          const list = document.querySelector(listSelector);
          if (!list || list === before) return null;
          const options = list.querySelectorAll('[role=option]');
          if (options.length === 0) return null;
          return { count: options.length, marked: list.querySelector('mark')?.textContent ?? '' };
        }
        if (probe.kind === 'table') {
          const table = document.querySelector(`table[aria-label="${probe.label}"]`);
          if (!table?.querySelector('tbody tr.dt-data-row:not(.dt-placeholder)')) return null;
          return { count: table.querySelectorAll('tbody tr').length, marked: '' };
        }
        const dashboard = document.querySelector('.dashboard');
        if (!dashboard) return null;
        const canvases = Array.from(dashboard.querySelectorAll('.chart-canvas'));
        if (canvases.length < probe.charts || !canvases.every((c) => c.querySelector('.recharts-surface'))) return null;
        return { count: canvases.length, marked: '' };
      };

      w.__benchProbe = new Promise<ProbeResult>((resolve, reject) => {
        const timeout = window.setTimeout(() => {
          observer.disconnect();
          reject(new Error(`probe ${probe.kind}: nothing shown within 60 s`));
        }, 60_000);
        const observer = new MutationObserver(() => {
          if (actedAt === null) return;
          const found = shown();
          if (!found) return;
          const committed = performance.now();
          observer.disconnect();
          window.clearTimeout(timeout);
          const acted = actedAt;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const painted = performance.now();
              const rpc = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
                (e) => e.name.includes('/__bridge/rpc') && e.startTime >= acted && e.responseEnd <= committed,
              );
              resolve({
                committedMs: committed - acted,
                paintedMs: painted - acted,
                count: found.count,
                marked: found.marked,
                rpcCount: rpc.length,
                rpcDoneMs: rpc.length ? Math.max(...rpc.map((e) => e.responseEnd)) - acted : 0,
              });
            };
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      });
    },
    { probe, event },
  );
}

export async function collectProbe(page: Page): Promise<ProbeResult> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe!);
}
