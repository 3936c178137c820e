import type { Dispatch } from '../../src/main/ipc/router';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/contract';
import type { BridgeError } from '../../src/shared/errors';

/** Calls through the real router (schema check, errors as values), unwrapped for a test. */
export interface RouterCalls {
  /** The method's value; throws, naming the error's code and message, when it fails. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** The error of a call that must fail; throws when it succeeds. Input is unknown: refusals test bad shapes. */
  fail(method: MethodName, input: unknown): Promise<BridgeError>;
}

export function routerCalls(dispatch: Dispatch): RouterCalls {
  return {
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
    async fail(method, input) {
      const result = await dispatch(method, input);
      if (result.ok) throw new Error(`${method} succeeded but should have failed`);
      return inSentences(result.error);
    },
  };
}

/**
 * A refusal as a domain's tests read it: each issue's path and English sentence. The
 * catalogue rule each issue also carries for other languages is tested on its own
 * (test/core/i18n/field-issue.test.ts), so it is left out here.
 */
export function inSentences(error: BridgeError): BridgeError {
  return error.issues ? { ...error, issues: error.issues.map(({ path, message }) => ({ path, message })) } : error;
}
