import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ConfigStore } from '../../src/main/app/config';
import { VaultSession } from '../../src/main/app/session';
import { fillDemoVault } from '../../src/main/demo/generate';
import '../../src/main/features/escalations/verify-check';
import { handlers } from '../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../src/main/ipc/router';
import { applyKey } from '../../src/main/vault/connection';
import type { KeyMaterial } from '../../src/main/vault/kdf';
import { openSqlite, type Db } from '../../src/main/vault/sqlite';
import { verifyDatabase } from '../../src/main/vault/verify';
import { Vault } from '../../src/main/vault/vault';
import { contract, METHOD_NAMES, type MethodName } from '../../src/shared/contract';
import { ERROR_CODES } from '../../src/shared/errors';
import { TestPlatform } from '../bridge/test-platform';
import { VALID_INPUTS } from '../core/router/valid-inputs';
import { makeTempDir, removeTempDir, sha256File } from '../helpers/temp';
import { cloneKey, dumpHash, keyOf, PASSPHRASE } from '../helpers/vault';
import { fixedPayloads, hostilePayloads, type HostilePayload } from './support/hostile-payloads';

/**
 * Hostile input at the bridge: for EVERY method of the contract (iterated, so a new one
 * is covered), 1,000 generated payloads (HOSTILE_RUNS; SOAK=1: 3,000) from
 * support/hostile-payloads.ts, sent through the real router to a real vault with every
 * dialog cancelled. Each answer is a typed value: payloads wrong by construction and
 * those the schema refuses get INVALID_INPUT; valid-shaped ones reach the handler and
 * get a value or a known error code other than INTERNAL. Nothing refused commits
 * anything (a second connection's data_version would move; no transaction is left
 * open; the vault's rows hash the same before and after the method's refusals), the
 * config file is untouched by refusals, Object.prototype stays clean, no file appears,
 * and the vault verifies (hash chains included) at the end.
 *
 * Methods that run the KDF on a valid shape (0.4 s each) get at most KDF_CAP such calls.
 */
const RUNS = Number(process.env.HOSTILE_RUNS ?? (process.env.SOAK ? 3000 : 1000));
const SEED = Number(process.env.HOSTILE_SEED ?? Date.now() % 1_000_000);
const KDF_METHODS = new Set<string>(['vault.changePassphrase', 'vault.createDemo']);
const KDF_CAP = 3;
const KNOWN_CODES = new Set<string>(ERROR_CODES);
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

let dir: string;
let vaultPath: string;
let configFile: string;
let key: KeyMaterial;
let session: VaultSession;
let platform: TestPlatform;
let dispatch: Dispatch;
let observer: Db;
const unexpected: string[] = [];

beforeAll(async () => {
  dir = makeTempDir('hostile');
  configFile = join(dir, 'config.json');
  vaultPath = join(dir, 'vault', 'main.mentorvault');
  session = new VaultSession(new ConfigStore(configFile), { defaultVaultPath: vaultPath, demoVaultPath: join(dir, 'demo', 'demo.mentorvault') });
  platform = new TestPlatform(join(dir, 'dialogs'));
  dispatch = createRouter(handlers, { session, platform }, { onUnexpected: (method, err) => unexpected.push(`${method}: ${(err as Error)?.stack ?? String(err)}`) });
  await session.create(PASSPHRASE, 'default');
  fillDemoVault(session.db, { mentees: 3, seed: 11 });
  key = cloneKey(keyOf(session.current));
  withoutFsync();
  // A second connection sees every commit of the session's connection as a new data_version.
  observer = openSqlite(vaultPath);
  applyKey(observer, cloneKey(key));
});

afterAll(() => {
  observer?.close();
  session?.lock('quit');
  removeTempDir(dir);
});

/**
 * Thousands of accepted writes at ~20 ms of fsync each would dominate the run; what is
 * tested here is the answers, not durability (the crash test covers that), so the
 * session's connection skips fsync.
 */
function withoutFsync(): void {
  session.db.pragma('synchronous = OFF');
}

const dataVersion = () => observer.pragma('data_version', { simple: true }) as number;

/**
 * Methods like vault.lock, vault.switch and vault.create lock the open vault by design.
 * Reopen it without the KDF (the key was derived once): the session has no public
 * raw-key unlock, so its private field is set; the assertion catches a rename.
 */
function ensureUnlocked(): void {
  const status = session.status();
  if (session.isUnlocked && status.path === vaultPath && !status.isDemo) return;
  session.switchTo('main');
  Reflect.set(session, 'vault', Vault.openWithKey(vaultPath, cloneKey(key)));
  expect(session.isUnlocked && session.status().path === vaultPath, 'reopened the vault under test').toBe(true);
  withoutFsync();
}

interface Tally {
  calls: number;
  refusedByConstruction: number;
  refusedBySchema: number;
  handled: Map<string, number>;
  kdfSkipped: number;
}

async function send(method: MethodName, bad: HostilePayload, schemaAccepts: boolean, tally: Tally, failures: string[]): Promise<void> {
  const label = `${method} ← ${bad.kind} at ${bad.where} (seed ${SEED})`;
  if (bad.mustRefuse && schemaAccepts) failures.push(`${label}: the schema accepts a payload that is wrong by construction`);
  if (schemaAccepts && KDF_METHODS.has(method) && [...tally.handled.values()].reduce((a, b) => a + b, 0) >= KDF_CAP) {
    tally.kdfSkipped++;
    return;
  }
  platform.cancelNextDialog = true;
  platform.nextOpenPath = undefined;
  const version = dataVersion();
  const config = sha256File(configFile);
  const result = await dispatch(method, bad.payload);
  tally.calls++;
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') {
    failures.push(`${label}: not a result value: ${String(result)}`);
    return;
  }
  if (!result.ok) {
    const { code, message } = result.error;
    if (!KNOWN_CODES.has(code) || code === 'INTERNAL') failures.push(`${label}: ${code}: ${message}`);
    if (typeof message !== 'string' || message.length === 0 || message.length > 600) failures.push(`${label}: message of ${String(message).length} characters`);
    if (!schemaAccepts && code !== 'INVALID_INPUT') failures.push(`${label}: the schema refuses it, but the answer is ${code}`);
    if (dataVersion() !== version) failures.push(`${label}: refused with ${code}, but a write was committed`);
    if (sha256File(configFile) !== config) failures.push(`${label}: refused with ${code}, but the config file changed`);
  } else if (!schemaAccepts) {
    failures.push(`${label}: the schema refuses it, but the answer is ok`);
  }
  if (session.isUnlocked && session.db.inTransaction) failures.push(`${label}: left a transaction open`);
  if (bad.mustRefuse) tally.refusedByConstruction++;
  else if (!schemaAccepts) tally.refusedBySchema++;
  else {
    const bucket = result.ok ? 'ok' : result.error.code;
    tally.handled.set(bucket, (tally.handled.get(bucket) ?? 0) + 1);
  }
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  if (JSON.stringify(prototypeKeys) !== JSON.stringify(PROTOTYPE_KEYS) || ({} as Record<string, unknown>).polluted !== undefined) {
    failures.push(`${label}: Object.prototype was polluted`);
  }
  ensureUnlocked();
}

const totals = { methods: 0, calls: 0, byConstruction: 0, bySchema: 0, handled: new Map<string, number>(), kdfSkipped: 0, dumpsCompared: 0, perMethodMin: Infinity };

describe('hostile input at the bridge', () => {
  it('has a valid example for every method (test/core/router/valid-inputs.ts)', () => {
    const missing = METHOD_NAMES.filter((m) => VALID_INPUTS[m] === undefined);
    expect(missing, 'add a valid example input for these methods to test/core/router/valid-inputs.ts').toEqual([]);
  });

  it.each(METHOD_NAMES)('%s: typed answers to generated hostile payloads', async (method) => {
    const valid = VALID_INPUTS[method];
    expect(valid, `add a valid example input for ${method} to test/core/router/valid-inputs.ts`).toBeDefined();
    const schema = contract[method].input as z.ZodType;
    expect(schema.safeParse(valid).success, `the example for ${method} in valid-inputs.ts does not pass its schema`).toBe(true);

    const fixed = fixedPayloads(schema, valid).slice(0, RUNS);
    const payloads = [...fixed, ...fc.sample(hostilePayloads(schema, valid), { numRuns: RUNS - fixed.length, seed: SEED + METHOD_NAMES.indexOf(method) })];
    // Refusals first, between two hashes of every row; then the valid-shaped ones.
    const classified = payloads.map((p) => ({ p, accepts: schema.safeParse(p.payload === undefined ? {} : p.payload).success }));
    const refused = classified.filter((c) => c.p.mustRefuse || !c.accepts);
    const rest = classified.filter((c) => !c.p.mustRefuse && c.accepts);
    const tally: Tally = { calls: 0, refusedByConstruction: 0, refusedBySchema: 0, handled: new Map(), kdfSkipped: 0 };
    const failures: string[] = [];
    const filesBefore = readdirSync(dir).sort();

    const rowsBefore = dumpHash(session.db);
    for (const { p, accepts } of refused) await send(method, p, accepts, tally, failures);
    expect(dumpHash(session.db), `${method}: the vault's rows changed during its refusals`).toBe(rowsBefore);
    totals.dumpsCompared++;
    for (const { p, accepts } of rest) await send(method, p, accepts, tally, failures);

    expect(failures.slice(0, 10)).toEqual([]);
    expect(unexpected.splice(0)).toEqual([]);
    // Only vault.createDemo may add something (the demo vault, its purpose); dialogs were cancelled.
    const appeared = readdirSync(dir).filter((f) => !filesBefore.includes(f) && !(method === 'vault.createDemo' && f === 'demo'));
    expect(appeared, `${method}: files appeared in the data folder`).toEqual([]);
    expect(tally.calls + tally.kdfSkipped).toBe(RUNS);
    totals.methods++;
    totals.calls += tally.calls;
    totals.byConstruction += tally.refusedByConstruction;
    totals.bySchema += tally.refusedBySchema;
    totals.kdfSkipped += tally.kdfSkipped;
    totals.perMethodMin = Math.min(totals.perMethodMin, tally.calls + tally.kdfSkipped);
    for (const [code, n] of tally.handled) totals.handled.set(code, (totals.handled.get(code) ?? 0) + n);
  });

  it('leaves a vault that verifies, hash chains included, and a clean Object.prototype', () => {
    ensureUnlocked();
    const { problems, rowsRead } = verifyDatabase(session.db);
    expect(problems).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
    const handled = [...totals.handled].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ');
    console.log(
      `hostile input: ${totals.methods} methods × ${RUNS} payloads (min per method ${totals.perMethodMin}) = ${totals.calls} calls: ` +
        `${totals.byConstruction} malformed by construction and ${totals.bySchema} refused by the schema, all INVALID_INPUT; ` +
        `${totals.calls - totals.byConstruction - totals.bySchema} valid-shaped reached handlers (${handled}); ` +
        `0 INTERNAL or unknown codes, Object.prototype clean, no commit on any refusal, rows equal across ${totals.dumpsCompared} refusal phases, ` +
        `vault verifies (${rowsRead} rows, hash chains); KDF methods (${[...KDF_METHODS].join(', ')}) capped at ${KDF_CAP} handled calls each, ${totals.kdfSkipped} valid-shaped payloads not sent; seed ${SEED}`,
    );
  });
});
