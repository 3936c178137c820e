import type { BridgeResult } from '../errors';
import type { MethodInput, MethodName, MethodOutput } from './index';

/** The one IPC channel for calls, and the one for events from main to the window. */
export const CALL_CHANNEL = 'mentor-vault:call';
export const EVENT_CHANNEL = 'mentor-vault:event';

/** Things the main process tells the window without being asked. */
export type AppEvent =
  | { type: 'locked'; reason: 'user' | 'idle' | 'suspend' | 'screen-lock' | 'quit' | 'damaged' }
  | { type: 'command'; command: 'lock' | 'search' | 'settings' | 'export-charter' | 'export-report' | 'export-calendar' | 'export-json' | 'backup' | 'import-form' };

/**
 * What `window.mentorVault` offers: one named function per contract method (derived,
 * never written per method) and an event subscription.
 */
export type MentorVaultApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<BridgeResult<MethodOutput<M>>>;
} & {
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Set only by the development server's browser mode (`npm run start:browser`); absent in the desktop app. */
  readonly runtime?: 'browser-development';
};

/** Builds the API object from any transport that can send one call. */
export function deriveApi(
  methods: readonly MethodName[],
  send: (method: MethodName, input: unknown) => Promise<BridgeResult<unknown>>,
  onEvent: MentorVaultApi['onEvent'],
): MentorVaultApi {
  const api: Record<string, unknown> = { onEvent };
  for (const name of methods) api[name] = (input: unknown) => send(name, input ?? {});
  return api as MentorVaultApi;
}
