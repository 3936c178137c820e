// `npm run start:browser`: the app's real main-process core and the built renderer, served on
// 127.0.0.1 with a random token through the test bridge's server (same token, loopback-only
// address and Host/Origin checks), for development where Electron is not at hand. Never part of
// the packaged app: electron-builder ships only out/ and package.json.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultUserDataDir } from '../src/main/app/user-data-dir';
import { startBridge } from '../test/bridge/server';
import { TestPlatform } from '../test/bridge/test-platform';

const USAGE = `usage: npm run start:browser [-- --data DIR] [--no-open]
  --data DIR   keep the vault and config.json in DIR (default: the app's own data folder)
  --no-open    print the address without opening the system browser`;

const { values } = (() => {
  try {
    return parseArgs({ options: { data: { type: 'string' }, 'no-open': { type: 'boolean' }, help: { type: 'boolean' } } });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const dataDir = resolve(values.data || process.env.MENTOR_VAULT_USER_DATA || defaultUserDataDir());
mkdirSync(dataDir, { recursive: true });
buildIfStale();

/** Browser mode has no dialogs: saved files go to one folder beside the vault, said in the terminal. */
class BrowserModePlatform extends TestPlatform {
  override async chooseSavePath(options: { title: string; defaultPath: string }) {
    mkdirSync(join(dataDir, 'browser-mode-files'), { recursive: true });
    this.nextSavePath ??= join(dataDir, 'browser-mode-files', basename(options.defaultPath));
    const path = await super.chooseSavePath(options);
    console.log(`saving to ${path}`);
    return path;
  }

  override async openExternal(target: string) {
    await super.openExternal(target);
    console.log(`to open: ${target}`);
  }
}

const bridge = await startBridge({
  dataDir,
  rendererRoot: resolve('out/renderer'),
  platform: new BrowserModePlatform(join(dataDir, 'browser-mode-files')),
  serveClient: true,
});
const address = `${bridge.url}?token=${bridge.token}`;
console.log(`Mentor Vault, development mode in the browser (not the desktop app)
  vault folder: ${dataDir}
  open: ${address}
Press Ctrl+C to stop (the vault locks).`);
if (!values['no-open']) openInBrowser(address);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void bridge.close().then(() => process.exit(0));
  });
}

/** Builds with electron-vite when out/renderer is missing or older than any source it is built from. */
function buildIfStale(): void {
  const built = resolve('out/renderer/index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt > newest(resolve('src/renderer')) && builtAt > newest(resolve('src/shared'))) return;
  console.log(builtAt ? 'the renderer changed since the last build: building...' : 'building the renderer (once, a few seconds)...');
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('electron-vite/package.json');
  const bin = (require(pkg) as { bin: Record<string, string> }).bin['electron-vite']!;
  const result = spawnSync(process.execPath, [join(dirname(pkg), bin), 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error('the build failed (see above); fix it and run npm run start:browser again.');
    process.exit(1);
  }
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** The system browser where there is one; the address is printed either way. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('no system browser found: open the address above yourself.'));
  child.unref();
}
