import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalCursors } from '../../src/shared/sync/journal';
import { fillDemoVault } from '../../src/main/demo/generate';
import '../../src/main/features/escalations/verify-check';
import { TEMP_PREFIX } from '../../src/main/features/sync/journal/atomic-file';
import { openKeysFile, type JournalKeys } from '../../src/main/features/sync/journal/keys';
import { readNew } from '../../src/main/features/sync/journal/read';
import { clearSeedBeforeJoining } from '../../src/main/features/sync/join';
import { round, startSync } from '../../src/main/features/sync/service';
import { folderDeviceId } from '../../src/main/features/sync/state';
import type { KeyMaterial } from '../../src/main/vault/kdf';
import { enableSync } from '../../src/main/vault/sync-capture/enable';
import { verifyDatabase } from '../../src/main/vault/verify';
import type { Vault } from '../../src/main/vault/vault';
import { comparableExport } from '../core/sync/replicas';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { createTestVault, openWithKey, PASSPHRASE } from '../helpers/vault';
import { bundleChild, type Bundle } from './support/bundle';
import { seeded } from './support/random';

/**
 * A computer is killed with SIGKILL at random moments of its sync round, 100 times, each
 * time restarted on the same vault and folder. The child makes a batch of changes (notes,
 * edits, a deletion, an escalation entry) and runs the app's own round; the kill lands
 * before, inside or after writing the segment, or before the vault recorded the send, and
 * the test counts where. After every kill: every file at a segment's name is whole, the
 * writer's vault verifies, the next round (run here) keeps its identity and sends exactly
 * what no segment held yet, and a second computer reading the folder holds each change
 * once and is equal to the writer (JSON export, local ids aside).
 * SYNC_KILLS changes the count, SYNC_KILL_SEED replays a run.
 */
const KILLS = Number(process.env.SYNC_KILLS ?? 100);
const SEED = Number(process.env.SYNC_KILL_SEED ?? Date.now() % 1_000_000);

let root: string;
let child: Bundle;
let folder: string;
let writer: { path: string; key: KeyMaterial };
let reader: { path: string; key: KeyMaterial };
let keys: JournalKeys;

beforeAll(async () => {
  root = makeTempDir('sync-kill');
  folder = join(root, 'Dropbox');
  mkdirSync(folder);
  child = await bundleChild(resolve(import.meta.dirname, 'fixtures/sync-kill-child.ts'));
  writer = await createTestVault(join(root, 'writer.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 1, seed: 5 }) });
  const vault = openWithKey(writer.path, writer.key);
  try {
    await startSync(vault.db, folder, PASSPHRASE);
  } finally {
    vault.close();
  }
  keys = await openKeysFile(folder, PASSPHRASE);
  // The second computer joins with its seed left to the folder, as startSync would.
  reader = await createTestVault(join(root, 'reader.mentorvault'));
  const joining = openWithKey(reader.path, reader.key);
  try {
    clearSeedBeforeJoining(joining.db, folder, folderDeviceId(joining.db));
    enableSync(joining.db);
  } finally {
    joining.close();
  }
});

afterAll(() => {
  child?.remove();
  removeTempDir(root);
});

const SEGMENT_NAME = /^\d{12}-[0-9a-f]{16}$/;

type Kill = { from: 'round' | 'write'; delay: number };

/**
 * Runs the child on the writer and kills it `delay` ms after it began its round, or after
 * the segment's temporary file appeared (fs.watch), or lets it end when `kill` is null.
 * Returns whether the round returned, how long the round took, and how long from the
 * temporary file's appearance to the segment's name (the write, as heard here).
 */
function runChild(run: number, self: string, kill: Kill | null): Promise<{ done: boolean; roundMs: number; writeMs: number }> {
  return new Promise((settle, fail) => {
    const dir = join(folder, self);
    const proc = spawn(process.execPath, [child.file], {
      env: {
        ...process.env,
        MV_VAULT: writer.path,
        MV_KEY: writer.key.key.toString('hex') + writer.key.salt.toString('hex'),
        MV_FOLDER: folder,
        MV_VAULT_ID: keys.vaultId,
        MV_DATA_KEY: keys.dataKey.toString('hex'),
        MV_SEED: String(SEED + run),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let roundAt = 0;
    let writeAt = 0;
    let renamedAt = 0;
    let doneAt = 0;
    const arm = (from: Kill['from']) => {
      if (kill?.from === from) setTimeout(() => proc.kill('SIGKILL'), kill.delay);
    };
    // A temporary file that exists when heard of is the segment being written (the round's
    // start removes leftovers); a segment name heard first means the temporary one was missed.
    const watcher = watch(dir, (_event, name) => {
      if (roundAt === 0 || !name) return;
      if (writeAt === 0 && ((name.startsWith(TEMP_PREFIX) && existsSync(join(dir, name))) || SEGMENT_NAME.test(name))) {
        writeAt = performance.now();
        arm('write');
      }
      if (renamedAt === 0 && SEGMENT_NAME.test(name)) renamedAt = performance.now();
    });
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (roundAt === 0 && out.includes('round\n')) {
        roundAt = performance.now();
        arm('round');
      }
      if (doneAt === 0 && out.includes('done\n')) doneAt = performance.now();
    });
    proc.on('error', fail);
    proc.on('close', (code, signal) => {
      watcher.close();
      if (signal !== 'SIGKILL' && code !== 0) return fail(new Error(`sync kill child failed (code ${code}): ${stderr}`));
      if (roundAt === 0) return fail(new Error(`sync kill child never began its round: ${stderr}`));
      settle({ done: doneAt !== 0, roundMs: doneAt - roundAt, writeMs: renamedAt === 0 ? Number.NaN : renamedAt - writeAt });
    });
  });
}

const segmentNames = (device: string) => (existsSync(join(folder, device)) ? readdirSync(join(folder, device)).filter((n) => SEGMENT_NAME.test(n)) : []);
const tempNames = (device: string) => (existsSync(join(folder, device)) ? readdirSync(join(folder, device)).filter((n) => n.startsWith(TEMP_PREFIX)) : []);
const stampedInOutbox = (vault: Vault) => vault.db.prepare('SELECT count(*) FROM sync_outbox WHERE timestamp IS NOT NULL').pluck().get() as number;

type Landed = 'beforeWrite' | 'insideWrite' | 'beforeMark' | 'afterMark' | 'afterRound';

describe(`SIGKILL during a sync round's write (${KILLS} kills, seed ${SEED})`, () => {
  it('leaves whole segments only, and the next round sends exactly what no segment held: nothing lost, nothing twice', async () => {
    const self = (() => {
      const vault = openWithKey(writer.path, writer.key);
      try {
        return folderDeviceId(vault.db);
      } finally {
        vault.close();
      }
    })();
    // How long a round and its write take here (the quickest of three: a busy computer makes
    // one run now and then far slower), so the kills spread over them. The calibration's
    // changes stay, as any run's do.
    const calibrations = [await runChild(-3, self, null), await runChild(-2, self, null), await runChild(-1, self, null)];
    for (const c of calibrations) expect(c.writeMs, 'the temporary file and the segment were seen').toBeGreaterThanOrEqual(0);
    const calibration = { roundMs: Math.min(...calibrations.map((c) => c.roundMs)), writeMs: Math.min(...calibrations.map((c) => c.writeMs)) };

    // What a reader has taken from the folder: every change by its timestamp, to find one sent twice.
    const seen = new Set<string>();
    let cursors: JournalCursors = {};
    const readFolder = (run: number) => {
      const read = readNew(folder, keys, cursors, { self: 'f'.repeat(32), now: new Date() });
      expect(read.skipped, `run ${run}: every file at a segment name is whole`).toBe(0);
      expect(read.warnings, `run ${run}: no warnings`).toEqual([]);
      expect(read.forks, `run ${run}: no fork`).toEqual([]);
      for (const m of read.messages) {
        expect(seen.has(m.timestamp), `run ${run}: change ${m.timestamp} is in the folder once`).toBe(false);
        seen.add(m.timestamp);
      }
      cursors = read.cursors;
    };
    readFolder(-1);

    // The second computer reads the folder after every kill and the round that follows it.
    const second = openWithKey(reader.path, reader.key);
    const random = seeded(SEED);
    const landed: Record<Landed, number> = { beforeWrite: 0, insideWrite: 0, beforeMark: 0, afterMark: 0, afterRound: 0 };
    try {
      for (let run = 0; run < KILLS; run++) {
        const before = segmentNames(self).length;
        // Every other kill is timed from the temporary file's appearance, over twice the write
        // (and two milliseconds more), to land inside it about as often as just after the rename.
        const from = run % 2 === 0 ? 'round' : 'write';
        const window = from === 'round' ? calibration.roundMs : 2 * calibration.writeMs + 2;
        const { done } = await runChild(run, self, { from, delay: Math.floor(random() * window) });
        const wrote = segmentNames(self).length > before;

        const vault = openWithKey(writer.path, writer.key);
        try {
          expect(verifyDatabase(vault.db).problems, `run ${run}: the killed vault verifies`).toEqual([]);
          const waiting = stampedInOutbox(vault);
          landed[done ? 'afterRound' : tempNames(self).length > 0 ? 'insideWrite' : !wrote ? 'beforeWrite' : waiting > 0 ? 'beforeMark' : 'afterMark']++;
          readFolder(run);

          // The next round, as the app's next start runs it: same identity, and what it sends
          // is new to the folder (readFolder refuses a change seen before).
          const result = round(vault.db, folder, keys);
          expect(result.renewedIdentity, `run ${run}: the vault keeps its identity`).toBe(false);
          expect(stampedInOutbox(vault), `run ${run}: nothing left to send`).toBe(0);
          expect(tempNames(self), `run ${run}: the writer removed its temporary files`).toEqual([]);
          readFolder(run);

          const received = round(second.db, folder, keys);
          expect(received.sent, `run ${run}: the second computer has nothing of its own to send`).toBe(0);
          expect(second.db.prepare('SELECT count(*) FROM sync_waiting').pluck().get(), `run ${run}: nothing waits`).toBe(0);
          expect(comparableExport(second.db), `run ${run}: the second computer equals the writer`).toEqual(comparableExport(vault.db));
        } finally {
          vault.close();
        }
      }
      // Each change of the folder applied once (the writer's own changes are all it holds).
      expect(second.db.prepare('SELECT count(*) FROM sync_seen').pluck().get(), 'each change applied once').toBe(seen.size);
      expect(verifyDatabase(second.db).problems).toEqual([]);
    } finally {
      second.close();
    }
    console.log(
      `sync kill: ${KILLS} kills over a ${Math.round(calibration.roundMs)} ms round (its write ${calibration.writeMs.toFixed(1)} ms), ${segmentNames(self).length} segments, ${seen.size} changes; ` +
        `before the write ${landed.beforeWrite}, inside it ${landed.insideWrite}, after the rename before the mark ${landed.beforeMark}, after the mark ${landed.afterMark}, after the round ${landed.afterRound}`,
    );
    expect(landed.insideWrite, 'kills land inside the write').toBeGreaterThan(0);
    expect(landed.beforeMark, 'kills land between the rename and the recorded send').toBeGreaterThan(0);
    // Over half a second a kill, most of it the child's start; the limit leaves room for a busy computer.
  }, 240_000);
});
