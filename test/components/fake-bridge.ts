import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/contract';
import type { BridgeError, BridgeResult } from '../../src/shared/errors';
import type { AppEvent } from '../../src/shared/contract/bridge-api';

type Answer<M extends MethodName> = (input: MethodInput<M>) => MethodOutput<M> | BridgeError | Promise<MethodOutput<M> | BridgeError>;
export type FakeHandlers = { [M in MethodName]?: Answer<M> };

export interface FakeBridge {
  calls: { method: MethodName; input: unknown }[];
  callsTo(method: MethodName): unknown[];
  emit(event: AppEvent): void;
}

/** An error answer for a fake handler: `refuse('WRONG_PASSPHRASE', '...')`. */
export function refuse(code: BridgeError['code'], message: string, issues?: BridgeError['issues']): BridgeError {
  return Object.assign(Object.create(REFUSAL) as object, { code, message, ...(issues ? { issues } : {}) }) as BridgeError;
}
const REFUSAL = {};

/**
 * A tiny `window.mentorVault` for component tests only (e2e uses the real bridge):
 * each method answers from the given handlers, or NOT_FOUND when there is none.
 */
export function installFakeBridge(handlers: FakeHandlers): FakeBridge {
  const calls: FakeBridge['calls'] = [];
  const listeners = new Set<(event: AppEvent) => void>();
  const api = new Proxy(
    {},
    {
      get(_target, prop) {
        if (prop === 'onEvent') {
          return (listener: (event: AppEvent) => void) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          };
        }
        const method = prop as MethodName;
        return async (input: unknown): Promise<BridgeResult<unknown>> => {
          // Copied as sent, as IPC and fetch serialise it: the app may empty its own object afterwards.
          calls.push({ method, input: structuredClone(input) });
          const handler = handlers[method] as ((i: unknown) => unknown) | undefined;
          if (!handler) return { ok: false, error: { code: 'NOT_FOUND', message: `No fake for ${method}` } };
          const value = await handler(input);
          if (value && Object.getPrototypeOf(value) === REFUSAL) return { ok: false, error: { ...(value as BridgeError) } };
          return { ok: true, value };
        };
      },
    },
  );
  Object.defineProperty(window, 'mentorVault', { value: api, configurable: true });
  return {
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method).map((c) => c.input),
    emit: (event) => listeners.forEach((l) => l(event)),
  };
}
