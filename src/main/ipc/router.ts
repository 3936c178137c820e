import type { z } from 'zod';
import { contract, isMethodName, type Contract, type MethodName } from '../../shared/contract';
import type { ContractShape, OutputOf, ParsedInputOf } from '../../shared/contract/define';
import type { BridgeResult, FieldIssue } from '../../shared/errors';
import { fieldIssue } from '../../shared/i18n/field-issue';
import { fromSqliteError, VaultError } from '../vault/vault-error';
import type { HandlerContext } from './context';
import { wellFormed } from './well-formed';

type MaybePromise<T> = T | Promise<T>;

/** The handlers of one domain's part of the contract, typed from it. */
export type HandlersFor<C extends ContractShape> = {
  [K in keyof C]: (input: ParsedInputOf<C[K]>, ctx: HandlerContext) => MaybePromise<OutputOf<C[K]>>;
};

export type Handlers = HandlersFor<Contract>;

/**
 * Methods that choose, create or unlock a vault, or touch the app's own settings: they
 * work while locked. Every other method answers VAULT_LOCKED before its input is read.
 */
const OPEN_WHEN_LOCKED: ReadonlySet<MethodName> = new Set<MethodName>([
  'vault.status',
  'vault.chooseLocation',
  'vault.create',
  'vault.createDemo',
  'vault.switch',
  'vault.unlock',
  'vault.recent',
  'vault.selectRecent',
  'vault.forgetRecent',
  'vault.move',
  'vault.openCopy',
  'vault.lock',
  'settings.get',
  'settings.update',
  'app.activity',
]);

/**
 * The calls that only a person makes: input reported by the window, and opening a vault.
 * Every other call may come from a timer (meeting autosave), a prefetch or a refresh, so
 * none of them keeps the vault unlocked on an unattended computer.
 */
const COUNTS_AS_ACTIVITY: ReadonlySet<MethodName> = new Set<MethodName>(['app.activity', 'vault.unlock', 'vault.create', 'vault.createDemo']);

export type Dispatch = (method: unknown, input: unknown) => Promise<BridgeResult<unknown>>;

export interface RouterOptions {
  /** Called for a person's activity (COUNTS_AS_ACTIVITY): the idle-lock timer restarts. */
  onActivity?: () => void;
  /** Receives failures that were not expected; never the input, only a code and a stack. */
  onUnexpected?: (method: string, err: unknown) => void;
}

/**
 * The one place every call from the renderer passes: the method must be in the
 * contract, the input must satisfy its schema, and errors come back as values.
 * Transports (Electron IPC, the test bridge) check the sender before calling this.
 */
export function createRouter(handlers: Handlers, ctx: HandlerContext, options: RouterOptions = {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return failure(new VaultError('INVALID_INPUT', 'Unknown method.'));
    }
    if (COUNTS_AS_ACTIVITY.has(method)) options.onActivity?.();
    if (!OPEN_WHEN_LOCKED.has(method) && !ctx.session.isUnlocked) {
      return failure(new VaultError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.'));
    }
    const schema: z.ZodType = contract[method].input;
    const parsed = schema.safeParse(input === undefined ? {} : wellFormed(input));
    if (!parsed.success) {
      const issues: FieldIssue[] = parsed.error.issues.slice(0, 20).map(fieldIssue);
      const first = issues[0];
      const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
      return failure(new VaultError('INVALID_INPUT', `${where}${first?.message ?? 'Invalid input'}`, issues));
    }
    try {
      const handler = handlers[method] as (i: unknown, c: HandlerContext) => unknown;
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (err) {
      const known = fromSqliteError(err);
      if (known) return failure(known);
      options.onUnexpected?.(method, err);
      return failure(new VaultError('INTERNAL', 'Something went wrong inside Mentor Vault; nothing was changed.'));
    }
  };
}

function failure(err: VaultError): BridgeResult<never> {
  return { ok: false, error: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) } };
}
