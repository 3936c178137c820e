import { join } from 'node:path';
import { ConfigStore } from '../../src/main/app/config';
import { VaultSession } from '../../src/main/app/session';
import { handlers } from '../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../src/main/ipc/router';
import { TestPlatform } from '../bridge/test-platform';
import { makeTempDir, removeTempDir } from './temp';

/**
 * The app's settings as a fresh app start sees them: a session over the config file in a
 * temporary folder, behind the real router. `open()` again is a restart.
 */
export function settingsApp(name: string) {
  let dir = '';
  let dispatch: Dispatch | undefined;
  const configFile = () => join(dir, 'config.json');
  const open = (): void => {
    if (!dir) dir = makeTempDir(name);
    const session = new VaultSession(new ConfigStore(configFile()), { defaultVaultPath: join(dir, 'v.mentorvault'), demoVaultPath: join(dir, 'd.mentorvault') });
    dispatch = createRouter(handlers, { session, platform: new TestPlatform(dir) });
  };
  return {
    open,
    configFile,
    dispatch: ((method, input) => dispatch!(method, input)) as Dispatch,
    close: () => removeTempDir(dir),
  };
}
