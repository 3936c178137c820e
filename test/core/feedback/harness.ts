import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '../../../src/main/app/platform';
import type { VaultSession } from '../../../src/main/app/session';
import { handlers } from '../../../src/main/ipc/handlers';
import { createRouter } from '../../../src/main/ipc/router';
import type { Db } from '../../../src/main/vault/sqlite';
import { Vault } from '../../../src/main/vault/vault';
import type { MethodInput, MethodName, MethodOutput } from '../../../src/shared/contract';
import type { BridgeError } from '../../../src/shared/errors';
import { PASSPHRASE } from '../../helpers/vault';
import { inSentences } from '../../helpers/router-calls';

export interface FeedbackVault {
  db: Db;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  fail(method: MethodName, input: unknown): Promise<BridgeError>;
  close(): void;
}

/** One real encrypted vault per test file, with every handler behind the real router. */
export async function openFeedbackVault(label: string): Promise<FeedbackVault> {
  const dir = mkdtempSync(join(tmpdir(), `mv-feedback-${label}-`));
  const vault = await Vault.create(join(dir, 'feedback.mentorvault'), PASSPHRASE);
  const session = { isUnlocked: true, get db() { return vault.db; } } as unknown as VaultSession;
  const dispatch = createRouter(handlers, { session, platform: {} as Platform }, { onUnexpected: (method, err) => console.error(method, err) });
  return {
    db: vault.db,
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async fail(method, input) {
      const result = await dispatch(method, input);
      if (result.ok) throw new Error(`${method} should have failed`);
      return inSentences(result.error);
    },
    close() {
      vault.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
