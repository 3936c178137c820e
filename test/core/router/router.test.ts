import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ConfigStore } from '../../../src/main/app/config';
import { VaultSession } from '../../../src/main/app/session';
import { handlers } from '../../../src/main/ipc/handlers';
import { createRouter, type Dispatch, type Handlers } from '../../../src/main/ipc/router';
import { VaultError } from '../../../src/main/vault/vault-error';
import { METHOD_NAMES } from '../../../src/shared/contract';
import { TestPlatform } from '../../bridge/test-platform';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { PASSPHRASE } from '../../helpers/vault';
import { badPayloads } from './bad-payloads';
import { VALID_INPUTS } from './valid-inputs';

/** The router's own rules: known methods only, locked means locked, errors as values. */
let dir: string;
let session: VaultSession;
let platform: TestPlatform;
let dispatch: Dispatch;

beforeAll(async () => {
  dir = makeTempDir('router');
  session = new VaultSession(new ConfigStore(undefined), {
    defaultVaultPath: join(dir, 'main.mentorvault'),
    demoVaultPath: join(dir, 'demo.mentorvault'),
  });
  platform = new TestPlatform(dir);
  dispatch = createRouter(handlers, { session, platform });
  await session.create(PASSPHRASE, 'default');
});

afterAll(() => {
  session.lock('quit');
  removeTempDir(dir);
});

/** A router whose mentees.list handler does what the test says. */
function routerWith(listHandler: () => unknown) {
  const onUnexpected = vi.fn();
  const patched = { ...handlers, 'mentees.list': listHandler } as unknown as Handlers;
  return { dispatch: createRouter(patched, { session, platform }, { onUnexpected }), onUnexpected };
}

describe('method names', () => {
  it('refuses unknown methods, including prototype names, with INVALID_INPUT', async () => {
    for (const method of ['nope', '', 'MENTEES.LIST', 'mentees.list ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 42, null, undefined, {}, ['mentees.list']]) {
      const result = await dispatch(method, {});
      expect(result, String(method)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown method.' } });
    }
  });
});

describe('input errors', () => {
  it('name the field in the message and in issues', async () => {
    const result = await dispatch('mentees.create', { name: 'Someone', role: 7 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/^role: /);
    expect(result.error.issues?.[0]?.path).toEqual(['role']);
  });
});

describe('while locked', () => {
  it('answers VAULT_LOCKED to every data method, even with a valid input', async () => {
    session.lock('user');
    try {
      // app.activity only reports a person's input (it also answers while locked).
      const data = METHOD_NAMES.filter((m) => !m.startsWith('vault.') && !m.startsWith('settings.') && m !== 'app.activity');
      expect(data.length).toBeGreaterThan(5);
      for (const method of data) {
        const result = await dispatch(method, VALID_INPUTS[method] ?? {});
        expect(result, method).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
      }
      expect(await dispatch('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    } finally {
      await session.unlock(PASSPHRASE);
    }
  });
});

describe('unexpected failures', () => {
  const CANARY = 'private note body: CANARY-7f3a';

  it('become INTERNAL without the original message, and are reported once', async () => {
    for (const fail of [
      () => {
        throw new Error(CANARY);
      },
      () => Promise.reject(new TypeError(CANARY)),
      () => {
        throw CANARY; // not even an Error
      },
    ]) {
      const { dispatch: d, onUnexpected } = routerWith(fail);
      const result = await d('mentees.list', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(JSON.stringify(result)).not.toContain('CANARY');
      expect(onUnexpected).toHaveBeenCalledTimes(1);
      expect(onUnexpected.mock.calls[0]![0]).toBe('mentees.list');
    }
  });

  it('typed errors pass through with their code; SQLite errors are mapped', async () => {
    const typed = routerWith(() => {
      throw new VaultError('NOT_FOUND', 'No mentee with that id.');
    });
    expect(await typed.dispatch('mentees.list', {})).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No mentee with that id.' } });
    expect(typed.onUnexpected).not.toHaveBeenCalled();

    const constraint = routerWith(() => {
      throw Object.assign(new Error(`UNIQUE constraint failed: ${CANARY}`), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    });
    const result = await constraint.dispatch('mentees.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(JSON.stringify(result)).not.toContain('CANARY');
  });
});

describe('the bad-payload generator itself', () => {
  it('would catch a lax schema: a non-strict object and an unbounded string', () => {
    const lax = z.object({ name: z.string(), count: z.number() });
    const { arbitrary, unbounded } = badPayloads(lax, { name: 'a', count: 1 });
    expect(unbounded).toEqual(['name']);
    const accepted = fc.sample(arbitrary, 300).filter((bad) => lax.safeParse(bad.payload).success);
    expect(accepted.map((b) => b.kind)).toContain('extra key');
  });

  it('makes only payloads a tight schema refuses', () => {
    const tight = z.strictObject({ id: z.int().positive(), tags: z.array(z.string().max(5)).max(2), when: z.iso.date().nullable() });
    const valid = { id: 3, tags: ['a'], when: '2025-01-01' };
    const { arbitrary, unbounded } = badPayloads(tight, valid);
    expect(unbounded).toEqual([]);
    const samples = fc.sample(arbitrary, 500);
    expect(samples.filter((bad) => tight.safeParse(bad.payload).success)).toEqual([]);
    expect(new Set(samples.map((s) => s.kind)).size).toBeGreaterThanOrEqual(8);
  });
});
