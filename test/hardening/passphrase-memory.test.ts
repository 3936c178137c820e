import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../helpers/temp';

/**
 * Nothing keeps a passphrase after the call that needed it: the real router runs create,
 * lock, unlock, change and lock in a child process, which writes a heap snapshot after
 * each; no snapshot may hold either passphrase or a distinctive piece of one.
 */
// Run from source with tsx, not bundled: V8 takes minutes to snapshot a heap whose code is one large script.
const CHILD = resolve(import.meta.dirname, 'fixtures/passphrase-heap-child.ts');
let dir: string;

beforeAll(() => {
  dir = makeTempDir('heap');
});

afterAll(() => removeTempDir(dir));

/** Random, strong, and unlike anything else in a heap: a hit can only be this passphrase. */
function makePassphrase(): { text: string; pieces: string[] } {
  const pieces = [randomBytes(9).toString('base64url'), randomBytes(9).toString('base64url')];
  return { text: `${pieces[0]} lantern ${pieces[1]} orchard`, pieces };
}

function runChild(first: string, second: string): Promise<{ step: string; file: string }[]> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      env: { ...process.env, MV_DIR: dir, MV_FIRST: Buffer.from(first).toString('hex'), MV_SECOND: Buffer.from(second).toString('hex') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    proc.on('error', fail);
    proc.on('exit', (code) => {
      if (code !== 0) return fail(new Error(`child exited ${code}: ${err.slice(-1000)}`));
      done(
        out
          .trim()
          .split('\n')
          .map((line) => {
            const [step, file] = line.split(' ');
            return { step: step!, file: file! };
          }),
      );
    });
  });
}

describe('passphrases in the main process', () => {
  it('are gone from the heap after create, unlock, change and lock', async () => {
    const first = makePassphrase();
    const second = makePassphrase();
    const snapshots = await runChild(first.text, second.text);
    expect(snapshots.map((s) => s.step)).toEqual(['create', 'unlock', 'change', 'lock']);
    const needles = [first.text, second.text, ...first.pieces, ...second.pieces];
    let bytes = 0;
    for (const { step, file } of snapshots) {
      const heap = readFileSync(file, 'utf8');
      bytes += heap.length;
      // The snapshot is real: it holds the app's own strings.
      expect(heap, step).toContain('VAULT_LOCKED');
      for (const needle of needles) expect(heap.includes(needle), `${step}: ${needle === first.text || needle === second.text ? 'a passphrase' : 'a piece of one'}`).toBe(false);
    }
    console.log(`passphrase memory: ${snapshots.length} heap snapshots (${Math.round(bytes / 1e6)} MB) searched for ${needles.length} strings, none found`);
  }, 300_000);
});
