import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMP_PREFIX } from '../../src/main/features/sync/journal/atomic-file';
import { readNew } from '../../src/main/features/sync/journal/read';
import { lastWrittenTimestamp } from '../../src/main/features/sync/journal/write';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { bundleChild, type Bundle } from './support/bundle';
import { seeded } from './support/random';
import { changeAt, indexOf } from './support/sync-kill-protocol';

/**
 * A device writing segments is killed with SIGKILL at random moments, again and again, each
 * time restarted on the same folder. Afterwards another device reads the folder: every file at
 * a segment's name is whole and passes its check (no partial segment is read as valid), every
 * change the child reported as sent is there, exactly as written, and none is there twice.
 * SYNC_KILLS raises the count.
 */
const KILLS = Number(process.env.SYNC_KILLS ?? 100);
const SEED = Number(process.env.SYNC_KILL_SEED ?? Date.now() % 1_000_000);
const WINDOW_MS = 400;

let root: string;
let child: Bundle;
const keys = { vaultId: randomBytes(16).toString('hex'), dataKey: randomBytes(32) };
const device = randomBytes(16).toString('hex');

beforeAll(async () => {
  root = makeTempDir('sync-kill');
  child = await bundleChild(resolve(import.meta.dirname, 'fixtures/sync-kill-child.ts'));
});

afterAll(() => {
  child?.remove();
  removeTempDir(root);
});

/** Runs the child until it has said "ready", kills it `delay` ms later; returns the highest change it reported sent. */
function runOnce(folder: string, run: number, delay: number): Promise<number> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child.file], {
      env: { ...process.env, MV_FOLDER: folder, MV_DEVICE: device, MV_VAULT_ID: keys.vaultId, MV_DATA_KEY: keys.dataKey.toString('hex'), MV_STATE: join(root, 'state'), MV_SEED: String(SEED + run) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let reported = 0;
    let partial = '';
    let stderr = '';
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => proc.kill('SIGKILL'), delay);
        else if (line.startsWith('sent ')) reported = Math.max(reported, Number(line.slice(5)));
      }
    });
    proc.on('error', fail);
    proc.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`sync child ended by itself (code ${code}): ${stderr}`));
      done(reported);
    });
  });
}

describe(`SIGKILL while writing segments (${KILLS} kills, seed ${SEED})`, () => {
  it('leaves only whole segments: nothing reported sent is lost, nothing is there twice', async () => {
    const folder = join(root, 'sync');
    const random = seeded(SEED);
    let reported = 0;
    // Where the kills landed, to show they hit the two windows that matter.
    let midWrite = 0;
    let beforeMarked = 0;
    for (let run = 0; run < KILLS; run++) {
      reported = Math.max(reported, await runOnce(folder, run, Math.floor(random() * WINDOW_MS)));
      if (existsSync(join(folder, device)) && readdirSync(join(folder, device)).some((n) => n.startsWith(TEMP_PREFIX))) midWrite++;
      const written = lastWrittenTimestamp(folder, keys, device);
      if (written !== null && indexOf(written) > reported) beforeMarked++;
    }

    const dir = join(folder, device);
    const names = readdirSync(dir);
    const temps = names.filter((n) => n.startsWith(TEMP_PREFIX)).length;
    const segments = names.filter((n) => /^\d{12}-[0-9a-f]{16}$/.test(n));
    expect(names.length - temps - segments.length, 'nothing but segments and temporary files').toBe(0);

    const read = readNew(folder, keys, {}, { self: 'f'.repeat(32), now: new Date() });
    expect(read.skipped, 'every file at a segment name is whole and passes its check').toBe(0);
    expect(read.warnings).toEqual([]);
    expect(read.forks).toEqual([]);
    expect(read.cursors[device]!.upTo).toBe(segments.length);

    const indexes = read.messages.map((m) => indexOf(m.timestamp));
    expect(new Set(indexes).size, 'no change is there twice').toBe(indexes.length);
    expect(reported, 'the child reported sends').toBeGreaterThan(0);
    for (let i = 1; i <= reported; i++) expect(indexes.includes(i), `change ${i} was reported sent`).toBe(true);
    for (const m of read.messages) expect(m).toEqual(changeAt(indexOf(m.timestamp)));
    // Written in order: the changes in the folder are 1..n with no hole.
    expect(indexes.reduce((max, i) => Math.max(max, i), 0)).toBe(indexes.length);
    console.log(`sync kill: ${KILLS} kills, ${segments.length} segments, ${indexes.length} changes (${reported} reported sent), ${temps} temporary files left for the writer to remove; kills inside a write ${midWrite}, between the rename and the mark ${beforeMarked}`);
    // What the replica recorded as sent may be one send ahead of what it printed (a kill
    // between the two), never behind, and never ahead of the folder.
    const recorded = Number(readFileSync(join(root, 'state'), 'utf8'));
    expect(recorded).toBeGreaterThanOrEqual(reported);
    expect(recorded).toBeLessThanOrEqual(indexes.length);
  });
});
