import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ConfigStore } from '../../../src/main/app/config';
import { VaultSession } from '../../../src/main/app/session';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { handlers } from '../../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../../src/main/ipc/router';
import { contract, METHOD_NAMES } from '../../../src/shared/contract';
import { TestPlatform } from '../../bridge/test-platform';
import { makeTempDir, removeTempDir, sha256File } from '../../helpers/temp';
import { dumpHash, PASSPHRASE } from '../../helpers/vault';
import { badPayloads } from './bad-payloads';
import { VALID_INPUTS } from './valid-inputs';

/**
 * Every method of the contract (iterated, so new ones are covered without a change here)
 * refuses generated bad payloads with INVALID_INPUT and a message, and writes nothing:
 * the vault's rows, the app's config file and Object.prototype are as before.
 * ROUTER_FUZZ_RUNS sets the payloads per method (the hardening suite runs more).
 */
const RUNS = Number(process.env.ROUTER_FUZZ_RUNS ?? 100);

let dir: string;
let session: VaultSession;
let dispatch: Dispatch;
let configFile: string;

beforeAll(async () => {
  dir = makeTempDir('router-fuzz');
  configFile = join(dir, 'config.json');
  session = new VaultSession(new ConfigStore(configFile), {
    defaultVaultPath: join(dir, 'vault', 'main.mentorvault'),
    demoVaultPath: join(dir, 'demo', 'demo.mentorvault'),
  });
  dispatch = createRouter(handlers, { session, platform: new TestPlatform(dir) });
  await session.create(PASSPHRASE, 'default');
  // Rows in every table, so ids in the payloads can point at something real.
  fillDemoVault(session.db, { mentees: 3, seed: 11 });
});

afterAll(() => {
  session.lock('quit');
  removeTempDir(dir);
});

describe('the table of valid inputs', () => {
  it('has no entry for a method that no longer exists', () => {
    expect(Object.keys(VALID_INPUTS).filter((m) => !(METHOD_NAMES as string[]).includes(m))).toEqual([]);
  });
});

describe.each(METHOD_NAMES)('%s', (method) => {
  it(`refuses ${RUNS} generated bad payloads with INVALID_INPUT and writes nothing`, async () => {
    const valid = VALID_INPUTS[method];
    expect(valid, `add a valid example input for ${method} to test/core/router/valid-inputs.ts`).toBeDefined();
    const schema = contract[method].input as z.ZodType;
    const parsed = schema.safeParse(valid);
    expect(parsed.success, `the example for ${method} in valid-inputs.ts does not pass its schema: ${parsed.error?.message}`).toBe(true);

    const { arbitrary, unbounded } = badPayloads(schema, valid);
    expect(unbounded, `${method}: strings without a length limit`).toEqual([]);

    const vaultBefore = dumpHash(session.db);
    const configBefore = sha256File(configFile);
    const statusBefore = session.status();
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(arbitrary, async (bad) => {
        kinds.add(bad.kind);
        const result = await dispatch(method, bad.payload);
        const where = `${bad.kind} at ${bad.where}`;
        expect(result.ok, where).toBe(false);
        if (result.ok) return;
        expect(result.error.code, where).toBe('INVALID_INPUT');
        expect(result.error.message.length, where).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted, where).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    if (process.env.ROUTER_FUZZ_DEBUG) console.log(method, [...kinds].join(', '));
    expect(kinds.size).toBeGreaterThanOrEqual(2);
    expect(dumpHash(session.db)).toBe(vaultBefore);
    expect(sha256File(configFile)).toBe(configBefore);
    expect(session.status()).toEqual(statusBefore);
  });
});
