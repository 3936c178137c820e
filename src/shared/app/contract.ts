import { method } from '../contract/define';
import { openExternalInput } from './schema';

/** What the app itself does for the renderer, outside any vault domain. */
export const appContract = {
  /** Opens a link in the system browser (or mail client); the renderer asks the mentor first. */
  'app.openExternal': method(openExternalInput).returns<{ opened: true }>(),
};
