/// <reference lib="dom" />
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

/**
 * Timing inside the page: an event listener notes when the person acted (the event's
 * own timeStamp: a click, or the input event a keystroke fires), a MutationObserver
 * watches until the screen shows what was asked for, and the figure ends after the
 * next frame was painted (requestAnimationFrame, then a task), not merely committed.
 * Arm first, then act from Playwright, then collect.
 */
export type ProbeKind =
  /** A new "Search results" listbox (not the one on screen when armed) with results. */
  | { kind: 'search' }
  /** The first data row (not a placeholder) of the table with this accessible name. */
  | { kind: 'table'; label: string }
  /**
   * The dashboard's charts drawn by Recharts: `visible`, every chart canvas on screen (at
   * least one); `last`, the last chart on the page (after scrolling to it). Charts are
   * drawn as they come near the screen, so "all 50 at once" is not what a mentor waits for.
   */
  | { kind: 'charts'; scope: 'visible' | 'last' };

export interface ProbeResult {
  /** Act → the DOM shows it (MutationObserver), ms. */
  committedMs: number;
  /** Act → the frame with it was painted, ms. */
  paintedMs: number;
  /** Rows / options / charts drawn in the DOM when it showed. */
  count: number;
  /** First highlighted word (search), for a sanity check. */
  marked: string;
  /** Bridge requests the page sent after the act, and when the last answer was in (act → ms). */
  rpcCount: number;
  rpcDoneMs: number;
  /** When the first of those requests left (act → ms): what the screen did before asking. */
  rpcStartMs: number;
}

/**
 * BENCH_CPUPROFILE=DIR: each probed act is also CPU-profiled in the page, written as
 * DIR/<n>.cpuprofile (open in Chrome DevTools' Performance panel) to see where it went.
 */
const PROFILE_DIR = process.env.BENCH_CPUPROFILE;
let profiler: CDPSession | null = null;
let profiled = 0;

interface ProbeWindow {
  __benchProbe?: Promise<ProbeResult>;
}

export async function armProbe(page: Page, probe: ProbeKind, event: 'click' | 'input' | 'scroll'): Promise<void> {
  await page.evaluate(
    ({ probe, event }) => {
      const w = window as unknown as ProbeWindow;
      const listSelector = '[role=listbox][aria-label="Search results"]';
      const before = document.querySelector(listSelector);
      let lastDrawnCount = -1;
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
        const all = Array.from(dashboard.querySelectorAll('.chart-canvas'));
        const drawn = (c: Element) => c.querySelector('.recharts-surface') !== null;
        if (probe.scope === 'last') {
          const last = all.at(-1);
          return last && drawn(last) ? { count: all.filter(drawn).length, marked: '' } : null;
        }
        // Layout is read only when another chart was drawn: reading it on every mutation
        // forced ~30 ms of layouts that were the probe's, not the app's.
        const drawnCount = all.filter(drawn).length;
        if (drawnCount === 0 || drawnCount === lastDrawnCount) return null;
        lastDrawnCount = drawnCount;
        const onScreen = all.filter((c) => {
          const r = c.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        });
        if (onScreen.length === 0 || !onScreen.every(drawn)) return null;
        return { count: drawnCount, marked: '' };
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
                rpcStartMs: rpc.length ? Math.min(...rpc.map((e) => e.startTime)) - acted : 0,
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
  if (PROFILE_DIR) {
    profiler = await page.context().newCDPSession(page);
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
    await profiler.send('Profiler.start');
  }
}

export async function collectProbe(page: Page): Promise<ProbeResult> {
  const result = await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe!);
  if (profiler && PROFILE_DIR) {
    const { profile } = await profiler.send('Profiler.stop');
    await profiler.detach();
    profiler = null;
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(join(PROFILE_DIR, `${++profiled}.cpuprofile`), JSON.stringify(profile));
  }
  return result;
}
