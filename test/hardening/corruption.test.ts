import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../src/main/demo/generate';
import { fillCanaries } from '../helpers/canaries';
import { makeTempDir, removeTempDir, sha256 } from '../helpers/temp';
import { createTestVault, dumpHash, openWithKey } from '../helpers/vault';
import { bundleChild, type Bundle } from './support/bundle';
import { CORRUPTIONS, corrupt } from './support/corrupt';
import { OpenChild } from './support/open-child-client';
import { seeded } from './support/random';

/**
 * Random damage to a vault file: 1,000 corruptions (SOAK=1: 5,000; CORRUPTIONS=n) at
 * random places, an equal share of each kind in support/corrupt.ts. Each damaged file
 * is opened (with the right key, no KDF) in a separate, long-lived child process, so a
 * crash or a hang is counted rather than taking the test down. Every open must either
 * succeed with verified data (verifyDatabase clean and every row as in the original:
 * the damage hit a page not in use) or refuse with CORRUPT_VAULT or NOT_A_VAULT; never
 * WRONG_PASSPHRASE (the key is right in every open, and damage to page 1 must not read as
 * a forgotten passphrase), another error, a crash, a hang, a file written beside it, or
 * any change to the damaged file itself.
 */
const ATTEMPTS = Number(process.env.CORRUPTIONS ?? (process.env.SOAK ? 5000 : 1000));
const ALLOWED_REFUSALS = new Set(['CORRUPT_VAULT', 'NOT_A_VAULT']);
const SEED = Number(process.env.CORRUPTION_SEED ?? Date.now() % 1_000_000);
const NAME = 'damaged.mentorvault';

let dir: string;
let original: Buffer;
let originalDump: string;
let keyHex: string;
let bundle: Bundle;
let child: OpenChild;

beforeAll(async () => {
  dir = makeTempDir('corruption');
  // Every kind of row, escalation chains included, so a damaged page can hit any of them.
  const created = await createTestVault(join(dir, 'original.mentorvault'), {
    fill: (db) => {
      fillDemoVault(db, { mentees: 3, seed: 21 });
      fillCanaries(db);
    },
  });
  keyHex = created.key.key.toString('hex') + created.key.salt.toString('hex');
  const vault = openWithKey(created.path, created.key);
  originalDump = dumpHash(vault.db);
  vault.close();
  original = readFileSync(created.path);
  bundle = await bundleChild(resolve(import.meta.dirname, 'fixtures/open-child.ts'));
  child = new OpenChild(bundle.file, 15_000);
  mkdirSync(join(dir, 'work'));
});

afterAll(() => {
  child?.stop();
  bundle?.remove();
  removeTempDir(dir);
});

describe('random corruption', () => {
  it(`every one of ${ATTEMPTS} damaged files opens verified or is refused with a clear error, and is never written`, async () => {
    const random = seeded(SEED);
    const path = join(dir, 'work', NAME);
    const counts = new Map<string, number>();
    const byKind = new Map<string, Map<string, number>>();
    const failures: string[] = [];
    let rowsRead = 0;
    for (let i = 0; i < ATTEMPTS; i++) {
      const damaged = corrupt(original, CORRUPTIONS[i % CORRUPTIONS.length]!, random);
      writeFileSync(path, damaged.bytes);
      const before = sha256(damaged.bytes);
      const result = await child.open(path, keyHex);
      const label = `#${i} ${damaged.kind} ${damaged.where} (seed ${SEED})`;
      let bucket: string;
      switch (result.outcome) {
        case 'opened':
          bucket = 'opened verified';
          if (result.problems.length > 0) failures.push(`${label}: opened, but verify found ${result.problems.join('; ')}`);
          else if (result.dump !== originalDump) failures.push(`${label}: opened with rows that differ from the original`);
          rowsRead += result.rowsRead;
          break;
        case 'refused':
          bucket = result.code;
          if (!ALLOWED_REFUSALS.has(result.code)) failures.push(`${label}: refused with ${result.code}: ${result.message}`);
          break;
        default:
          bucket = result.outcome;
          failures.push(`${label}: ${result.outcome}: ${'name' in result ? `${result.name}: ${result.message}` : result.detail}`);
      }
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
      const kind = byKind.get(damaged.kind) ?? new Map<string, number>();
      kind.set(bucket, (kind.get(bucket) ?? 0) + 1);
      byKind.set(damaged.kind, kind);
      if (sha256(readFileSync(path)) !== before) failures.push(`${label}: the open wrote to the damaged file`);
      const left = readdirSync(join(dir, 'work')).filter((f) => f !== NAME);
      if (left.length) failures.push(`${label}: the open left ${left.join(', ')} beside the file`);
      if (failures.length >= 10) break;
    }
    const count = (k: string) => counts.get(k) ?? 0;
    const other = ATTEMPTS - count('opened verified') - [...ALLOWED_REFUSALS, 'WRONG_PASSPHRASE'].reduce((n, c) => n + count(c), 0) - count('crash') - count('hang');
    console.log(
      `corruption: ${ATTEMPTS} damaged files opened: ${count('opened verified')} opened with verified data (${rowsRead} rows read, all equal to the original), ` +
        `${count('CORRUPT_VAULT')} CORRUPT_VAULT, ${count('WRONG_PASSPHRASE')} WRONG_PASSPHRASE, ${count('NOT_A_VAULT')} NOT_A_VAULT; ` +
        `${other} other errors, ${count('crash')} crashes, ${count('hang')} hangs, ${failures.filter((f) => f.includes('wrote') || f.includes('left')).length} writes; seed ${SEED}`,
    );
    console.log(
      `corruption: by kind: ${[...byKind].map(([kind, buckets]) => `${kind} (${[...buckets].map(([b, n]) => `${b} ${n}`).join(', ')})`).join('; ')}`,
    );
    expect(failures).toEqual([]);
    // The mix reached damage that must be refused, and none of it read as a wrong passphrase.
    expect(count('CORRUPT_VAULT')).toBeGreaterThan(0);
    expect(count('WRONG_PASSPHRASE')).toBe(0);
  });
});
