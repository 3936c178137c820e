import type { AppEvent } from '../../shared/contract/bridge-api';

export type AppCommand = Extract<AppEvent, { type: 'command' }>['command'];

/**
 * Where each menu command takes the mentor. 'lock' is handled by the layout. A
 * feature that answers a command (exports, backup) adds its line here.
 */
export const commandRoutes: Partial<Record<AppCommand, string>> = {
  settings: '/settings',
  search: '/search',
};
