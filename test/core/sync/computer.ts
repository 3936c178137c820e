import { join } from 'node:path';
import { ConfigStore } from '../../../src/main/app/config';
import { VaultSession } from '../../../src/main/app/session';
import { handlers } from '../../../src/main/ipc/handlers';
import { createRouter } from '../../../src/main/ipc/router';
import { TestPlatform } from '../../bridge/test-platform';
import { routerCalls, type RouterCalls } from '../../helpers/router-calls';
import { PASSPHRASE } from '../../helpers/vault';

/** One computer for the sync tests through the bridge: its own data folder, session, platform and router, as the app has them. */
export interface Computer {
  session: VaultSession;
  platform: TestPlatform;
  calls: RouterCalls;
}

/** A computer under `dir`, with a new vault made through the bridge. */
export async function computer(dir: string, name: string): Promise<Computer> {
  const home = join(dir, name);
  const platform = new TestPlatform(home);
  const session = new VaultSession(new ConfigStore(join(home, 'config.json')), { defaultVaultPath: join(home, 'mentor.mentorvault'), demoVaultPath: join(home, 'demo.mentorvault') });
  const calls = routerCalls(createRouter(handlers, { session, platform }));
  await calls.call('vault.create', { passphrase: PASSPHRASE, location: 'default' });
  return { session, platform, calls };
}
