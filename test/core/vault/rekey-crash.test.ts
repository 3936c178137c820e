import { spawn } from 'node:child_process';
import { mkdirSync, watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import { VaultError } from '../../../src/main/vault/vault-error';
import { Vault } from '../../../src/main/vault/vault';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { listDir, makeTempDir, removeTempDir } from '../../helpers/temp';
import { copyVault, createTestVault, dumpHash, openWithKey, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';

/**
 * A change of passphrase is atomic under a crash: a child process re-keys the vault and
 * is killed with SIGKILL at delays spread across the re-key; after every kill the vault
 * opens with exactly one of the two passphrases, passes integrity_check and holds
 * exactly the rows it held before. CRASH_RUNS raises the count (soak).
 */
const RUNS = Number(process.env.CRASH_RUNS ?? 30);
/** Two children at a time, each on its own copy of the vault (same salt, same keys). */
const LANES = 2;
const CHILD = resolve(import.meta.dirname, 'fixtures/rekey-child.ts');
const NAME = 'crash.mentorvault';

let root: string;
let original: string;
/** Children still running, killed if the test ends early (a timeout on a busy machine). */
const running = new Set<ReturnType<typeof spawn>>();
const keys = new Map<string, KeyMaterial>();
let expectedDump: string;

beforeAll(async () => {
  root = makeTempDir('rekey-crash');
  const created = await createTestVault(join(root, NAME), { fill: (db) => fillDemoVault(db, { mentees: 400, seed: 3 }) });
  original = created.path;
  keys.set(PASSPHRASE, created.key);
  keys.set(OTHER_PASSPHRASE, await Vault.deriveKeyFor(original, OTHER_PASSPHRASE));
  const vault = openWithKey(original, created.key);
  expectedDump = dumpHash(vault.db);
  vault.close();
});

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  removeTempDir(root);
});

function newLane(name: string): { dir: string; path: string } {
  const dir = join(root, name);
  mkdirSync(dir);
  return { dir, path: copyVault(original, join(dir, NAME)) };
}

/**
 * Moments the parent sees, in ms after the child's "ready": `copy` when the re-keyed
 * copy appears beside the vault (VACUUM INTO starts), `rekey` at the first write to it
 * after a quiet spell (the new key's KDF sits between the two), i.e. the re-key itself.
 */
type Moment = 'ready' | 'copy' | 'rekey';
const QUIET_MS = 150;

interface ChildRun {
  seen: Partial<Record<Moment, number>>;
  /** ms from "ready" to the kill, or to the end of an uncut run. */
  elapsed: number;
  doneLines: number;
  killed: boolean;
  /** A re-keyed copy was on disk beside the vault when the child died. */
  copyInProgress: boolean;
}

/**
 * Runs the child; with `kill`, sends SIGKILL `delay` ms after the moment named. Moments
 * come from watching the folder, so a kill lands in the intended step even when a busy
 * machine shifts the step's timing.
 */
function runChild(lane: { dir: string; path: string }, current: string, kill: { after: Moment; delay: number } | undefined): Promise<ChildRun> {
  const key = keys.get(current)!;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, lane.path], {
      env: {
        ...process.env,
        MV_CURRENT: current,
        MV_NEXT: current === PASSPHRASE ? OTHER_PASSPHRASE : PASSPHRASE,
        MV_KEY: key.key.toString('hex') + key.salt.toString('hex'),
        MV_LOOPS: kill === undefined ? '1' : '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let readyAt = 0;
    let lastCopyEvent = 0;
    let doneLines = 0;
    let stderr = '';
    const seen: ChildRun['seen'] = {};
    const reached = (moment: Moment) => {
      if (seen[moment] !== undefined) return;
      seen[moment] = moment === 'ready' ? 0 : performance.now() - readyAt;
      if (kill?.after === moment) setTimeout(() => child.kill('SIGKILL'), kill.delay);
    };
    const watcher = watch(lane.dir, (_event, name) => {
      if (readyAt === 0 || !name?.includes('.rekey-')) return;
      const now = performance.now();
      if (seen.copy === undefined) reached('copy');
      else if (now - lastCopyEvent >= QUIET_MS) reached('rekey');
      lastCopyEvent = now;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line === 'ready') {
          readyAt = performance.now();
          reached('ready');
        } else if (line.startsWith('done')) doneLines++;
      }
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      running.delete(child);
      watcher.close();
      let copyInProgress = false;
      try {
        copyInProgress = listDir(lane.dir).some((f) => f.includes('.rekey-'));
      } catch (err) {
        return fail(err as Error); // the folder is gone: the test already ended
      }
      if (signal !== 'SIGKILL' && code !== 0) return fail(new Error(`child failed (${code}): ${stderr}`));
      done({ seen, elapsed: performance.now() - readyAt, doneLines, killed: signal === 'SIGKILL', copyInProgress });
    });
  });
}

/** Tries both passphrases' keys; returns those that open, checking each open vault. */
function openers(path: string): string[] {
  const opened: string[] = [];
  for (const [passphrase, key] of keys) {
    let vault: Vault;
    try {
      vault = openWithKey(path, key);
    } catch (err) {
      expect(err).toBeInstanceOf(VaultError);
      expect((err as VaultError).code).toBe('WRONG_PASSPHRASE');
      continue;
    }
    try {
      expect(vault.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(dumpHash(vault.db)).toBe(expectedDump);
    } finally {
      vault.close();
    }
    opened.push(passphrase);
  }
  return opened;
}

describe('change of passphrase under a crash', () => {
  // Each run starts a Node process and waits for a KDF or two: minutes on a loaded machine.
  it(`opens with exactly one passphrase and intact data after each of ${RUNS} kills`, { timeout: 300_000 }, async () => {
    // An uncut run measures how long one change and its steps take here, and must work.
    const calibrationLane = newLane('calibration');
    const calibration = await runChild(calibrationLane, PASSPHRASE, undefined);
    expect(calibration.doneLines).toBe(1);
    expect(openers(calibrationLane.path)).toEqual([OTHER_PASSPHRASE]);
    const duration = calibration.elapsed;
    const { copy = 0, rekey = 0 } = calibration.seen;
    expect(copy).toBeGreaterThan(0);
    expect(rekey).toBeGreaterThan(copy);

    // A third of the kills spread over the whole change (and a little past its end), a
    // third in the copy (VACUUM INTO), a third from the re-key through the check, rename
    // and reopen: the KDFs write nothing, so uniform delays alone would seldom hit the
    // file steps.
    const plans: { after: Moment; to: number }[] = [
      { after: 'ready', to: duration * 1.1 },
      { after: 'copy', to: 40 },
      { after: 'rekey', to: duration - rekey + 10 },
    ];
    const slices = Math.ceil(RUNS / plans.length);
    const kills = Array.from({ length: RUNS }, (_v, k) => {
      const plan = plans[k % plans.length]!;
      return { after: plan.after, delay: (plan.to * (Math.floor(k / plans.length) + Math.random())) / slices };
    });

    const figures = { runs: 0, openedWithOld: 0, openedWithNew: 0, copyInProgress: 0 };
    const lanes = Array.from({ length: LANES }, (_v, i) => ({ ...newLane(`lane-${i}`), current: PASSPHRASE }));
    await Promise.all(
      lanes.map(async (lane, i) => {
        for (let k = i; k < kills.length; k += LANES) {
          const kill = kills[k]!;
          const run = await runChild(lane, lane.current, kill);
          if (process.env.CRASH_DEBUG) console.log(k, kill, run);
          expect(run.killed).toBe(true);
          if (run.copyInProgress) figures.copyInProgress++;
          const opened = openers(lane.path);
          expect(opened, `run ${k}: killed ${kill.delay.toFixed(0)} ms after ${kill.after}`).toHaveLength(1);
          figures.runs++;
          if (opened[0] === lane.current) figures.openedWithOld++;
          else figures.openedWithNew++;
          lane.current = opened[0]!;
          // The open removed whatever the killed re-key left beside the vault.
          expect(listDir(lane.dir)).toEqual([NAME]);
        }
      }),
    );
    console.log(
      `re-key crash: ${figures.runs} kills over a ${duration.toFixed(0)} ms change (copy at ${copy.toFixed(0)} ms, ` +
        `re-key at ${rekey.toFixed(0)} ms); opened with old ${figures.openedWithOld}, with new ${figures.openedWithNew}; ` +
        `a re-keyed copy was on disk at ${figures.copyInProgress} kills`,
    );
    expect(figures.runs).toBe(RUNS);
  });
});
