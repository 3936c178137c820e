import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product's name, which Electron uses for the app's data folder. */
export const PRODUCT_NAME = 'Mentor Vault';

/**
 * The folder Electron gives the app as `userData` (config.json, vault/, demo/), worked out
 * without Electron, so that tools running in plain Node find the same vault as the app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}
