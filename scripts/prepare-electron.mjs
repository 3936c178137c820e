// `npm start` on a connected machine: fetch Electron's binary (electron 45 has no
// install script) and build the native module for Electron's ABI into .electron-native/,
// apart from node_modules' Node build that the tests use. Both steps are skipped when
// already done. Needs the network (electron's binary and headers come from its site).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = process.cwd();
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log(`fetching the Electron ${electronVersion} binary...`);
  execFileSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
}

const target = join(root, '.electron-native');
const stamp = join(target, '.built-for');
const wanted = `electron-${electronVersion}-${process.platform}-${process.arch}`;
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
  console.log(`building better-sqlite3-multiple-ciphers for Electron ${electronVersion} into .electron-native/ ...`);
  rmSync(target, { recursive: true, force: true });
  const source = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
  cpSync(source, target, { recursive: true, filter: (p) => !p.includes(`${source}/build`) });
  // npm's nodedir setting would silently build for Node while claiming Electron.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_config_')));
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  execFileSync(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: target, stdio: 'inherit', env },
  );
  writeFileSync(stamp, wanted);
}
