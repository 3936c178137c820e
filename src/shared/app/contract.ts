import { method } from '../contract/define';
import { empty } from '../primitives';
import { openExternalInput } from './schema';

/** What the app itself does for the renderer, outside any vault domain. */
export const appContract = {
  /**
   * Opens a link in the system browser (or mail client) once the mentor agrees in a native
   * dialog; `opened: false` when they decline.
   */
  'app.openExternal': method(openExternalInput).returns<{ opened: boolean }>(),
  /**
   * The person pressed a key, moved or clicked the pointer: the only call that postpones
   * the idle lock (with unlock and create). Background saves, timers and prefetches never do.
   */
  'app.activity': method(empty).returns<null>(),
};
