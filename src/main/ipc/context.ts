import type { VaultSession } from '../app/session';
import type { Platform } from '../app/platform';

/** What every handler receives besides its parsed input. */
export interface HandlerContext {
  session: VaultSession;
  platform: Platform;
}
