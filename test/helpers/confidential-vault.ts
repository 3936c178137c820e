import { join } from 'node:path';
import { ConfigStore } from '../../src/main/app/config';
import { VaultSession } from '../../src/main/app/session';
import { handlers } from '../../src/main/ipc/handlers';
import { createRouter } from '../../src/main/ipc/router';
import type { Db } from '../../src/main/vault/sqlite';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/contract';
import type { BridgeResult } from '../../src/shared/errors';
import { TestPlatform } from '../bridge/test-platform';
import { routerCalls } from './router-calls';
import { makeTempDir, removeTempDir } from './temp';
import { keyOf, PASSPHRASE } from './vault';

/**
 * A real vault behind the real router, as the renderer reaches it (one KDF run per
 * test file). `ok` returns the value or throws; `fail` returns the error or throws.
 */
export async function openHarness(label: string) {
  const dir = makeTempDir(label);
  const path = join(dir, 'vault', 'mentor.mentorvault');
  const session = new VaultSession(new ConfigStore(undefined), { defaultVaultPath: path, demoVaultPath: join(dir, 'demo', 'demo.mentorvault') });
  await session.create(PASSPHRASE, 'default');
  const platform = new TestPlatform(dir);
  const unexpected: unknown[] = [];
  const dispatch = createRouter(handlers, { session, platform }, { onUnexpected: (_m, err) => unexpected.push(err) });

  const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatch(method, input) as Promise<BridgeResult<MethodOutput<M>>>;
  const { call: ok, fail } = routerCalls(dispatch);
  const mentee = async (name: string) => (await ok('mentees.create', { name })).id;

  return {
    dir,
    path,
    session,
    platform,
    unexpected,
    key: keyOf(session.current),
    get db(): Db {
      return session.db;
    },
    call,
    ok,
    fail,
    mentee,
    close() {
      session.lock('user');
      removeTempDir(dir);
    },
  };
}

export type Harness = Awaited<ReturnType<typeof openHarness>>;
