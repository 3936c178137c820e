import type { Bridge } from '../../bridge/server';

/** Calls the real router through the test bridge, as seeding does: a refusal throws with its code and words. */
export async function dispatch<T>(bridge: Bridge, method: string, input: unknown): Promise<T> {
  const result = await bridge.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
