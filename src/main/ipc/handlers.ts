import { escalationHandlers } from '../features/escalations/handlers';
import { menteeHandlers } from '../features/mentees/handlers';
import { noteHandlers } from '../features/notes/handlers';
import { vaultHandlers } from '../features/vault/handlers';
import type { Handlers } from './router';

/** Every handler, one module per domain; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...vaultHandlers,
  ...menteeHandlers,
  ...noteHandlers,
  ...escalationHandlers,
};
