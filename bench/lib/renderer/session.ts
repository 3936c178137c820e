import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { METHOD_NAMES } from '../../../src/shared/contract';
import { installBridgeClient } from '../../../test/bridge/client';
import type { BenchEnv } from '../types';

/**
 * One real UI for all renderer rows: the main-process core in a child process
 * (bridge-child.ts) with a copy of the bench vault, and system Chromium driving the
 * built renderer through the test bridge, unlocked once through the unlock screen.
 * Started by the first renderer row that asks, closed by the last one's teardown (or
 * shortly after any row's teardown when the later rows were filtered out by --only).
 */
export interface RendererSession {
  page: Page;
  /** The child's pid: its memory is the main process's memory. */
  pid: number;
  /** Bridge calls per method since the last resetCalls(). */
  calls(): Promise<Record<string, number>>;
  resetCalls(): Promise<void>;
  /** VmRSS / VmHWM of the child, in MB, from /proc. */
  memory(): { rssMB: number; peakMB: number };
  /** The child's RSS once listening, before the vault was opened. */
  baselineRssMB: number;
  /**
   * Reload the page (the vault stays unlocked in the child) at a hash route, e.g.
   * '#/settings', and wait until it has settled as an app a mentor has open would:
   * no new requests for 300 ms (the app fetches its pages' code once it is idle).
   */
  open(hash: string): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// playwright.config.ts's flags.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

let current: Promise<Started> | null = null;
let closeTimer: NodeJS.Timeout | null = null;

interface Started {
  session: RendererSession;
  close(): Promise<void>;
}

/** The shared session, started on first use. */
export function rendererSession(env: BenchEnv): Promise<RendererSession> {
  if (closeTimer) {
    clearTimeout(closeTimer);
    closeTimer = null;
  }
  current ??= start(env);
  return current.then((s) => s.session);
}

/**
 * After a row: close soon, unless another renderer row takes the session over first
 * (rows follow each other at once; the grace only matters when --only left this the last).
 */
export function releaseRendererSession(): void {
  if (!current || closeTimer) return;
  closeTimer = setTimeout(() => void closeRendererSession(), 1500);
}

export async function closeRendererSession(): Promise<void> {
  if (closeTimer) clearTimeout(closeTimer);
  closeTimer = null;
  const started = current;
  current = null;
  if (started) await (await started).close();
}

export function readMemory(pid: number): { rssMB: number; peakMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: kB('VmRSS') / 1024, peakMB: kB('VmHWM') / 1024 };
}

async function start(env: BenchEnv): Promise<Started> {
  if (!existsSync(join(repoRoot, 'out/renderer/index.html'))) throw new Error('out/renderer is missing: run `npx electron-vite build` (npm run bench does)');
  const dataDir = join(env.dir, 'renderer-data');
  mkdirSync(join(dataDir, 'vault'), { recursive: true });
  // The vault as the other rows left it (rollback journal, no WAL: the file is the whole vault).
  if (String(env.encrypted.db.pragma('journal_mode', { simple: true })) === 'wal') env.encrypted.db.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(env.encrypted.path, join(dataDir, 'vault', 'mentor.mentorvault'));

  // Bundled and run by plain Node, as electron-vite bundles the real main process: under
  // tsx the loader thread and the transformed sources alone add tens of MB to the RSS.
  // Inside the repository (git-ignored), so its imports find node_modules.
  const script = join(repoRoot, 'bench/.vaults', `bridge-child-${process.pid}.mjs`);
  await build({
    entryPoints: [join(repoRoot, 'bench/lib/renderer/bridge-child.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const child = spawn(process.execPath, [script, dataDir], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const replies = lineReplies(child);
  const hello = (await replies.next()) as { url: string; token: string };
  const pid = child.pid!;
  const baselineRssMB = readMemory(pid).rssMB;

  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    // tsx keeps function names with a helper that the serialised in-page functions call.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(installBridgeClient, { token: hello.token, methods: METHOD_NAMES as string[] });
    page.on('pageerror', (error) => process.stderr.write(`  page error: ${error.message}\n`));
    await page.goto(hello.url);

    // The unlock screen, as a person would: the passphrase, then Unlock.
    await page.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(env.passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 300_000 });

    const command = async (line: string) => {
      child.stdin.write(`${line}\n`);
      return replies.next();
    };
    const session: RendererSession = {
      page,
      pid,
      baselineRssMB,
      calls: async () => ((await command('calls')) as { calls: Record<string, number> }).calls,
      resetCalls: async () => void (await command('reset')),
      memory: () => readMemory(pid),
      async open(hash) {
        // A new document (a hash change alone would keep the page and its query cache).
        await page.goto('about:blank');
        await page.goto(new URL(hash, hello.url).href);
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        await page.waitForFunction(
          () => {
            const w = window as unknown as { __benchSettle?: { n: number; at: number } };
            const n = performance.getEntriesByType('resource').length;
            const now = performance.now();
            if (!w.__benchSettle || w.__benchSettle.n !== n) w.__benchSettle = { n, at: now };
            return now - w.__benchSettle.at >= 300;
          },
          undefined,
          { polling: 50, timeout: 30_000 },
        );
      },
    };
    return {
      session,
      async close() {
        await browser?.close();
        child.stdin.write('close\n');
        child.stdin.end();
        await new Promise<void>((done) => (child.exitCode !== null ? done() : child.once('exit', () => done())));
        rmSync(script, { force: true });
      },
    };
  } catch (err) {
    await browser?.close();
    child.kill();
    current = null;
    throw err;
  }
}

/** The child's stdout, one JSON message per line, handed out in order. */
function lineReplies(child: ChildProcess): { next(): Promise<unknown> } {
  const queued: unknown[] = [];
  const waiting: { done(v: unknown): void; fail(e: Error): void }[] = [];
  let ended: Error | null = null;
  const lines = createInterface({ input: child.stdout! });
  lines.on('line', (line) => {
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      process.stderr.write(`  bridge child: ${line}\n`);
      return;
    }
    const w = waiting.shift();
    if (w) w.done(message);
    else queued.push(message);
  });
  child.once('exit', (code) => {
    ended = new Error(`bridge child exited (${code})`);
    for (const w of waiting.splice(0)) w.fail(ended);
  });
  return {
    next: () =>
      new Promise((done, fail) => {
        if (queued.length) done(queued.shift());
        else if (ended) fail(ended);
        else waiting.push({ done, fail });
      }),
  };
}
