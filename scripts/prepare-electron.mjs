// `npm start`: fetch Electron's binary (electron 45 has no install script) and build the
// native module for Electron's ABI into .electron-native/, apart from node_modules' Node
// build that the tests use. Both steps are skipped when already done. Both need the network
// (Electron's binary and headers); where it fails, say what failed and what to do, in words,
// without a stack trace, and point at the browser mode, which needs neither.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = process.cwd();
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';
const DEFAULT_HEADERS = 'https://electronjs.org/headers';

const BROWSER_MODE =
  'Meanwhile, `npm run start:browser` runs the whole app in your browser (development mode, no Electron needed).';

function electronPresent() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

/** The URL @electron/get asks for, after the same ELECTRON_MIRROR / ELECTRON_CUSTOM_DIR settings. */
function binaryUrl() {
  const base = process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror || DEFAULT_MIRROR;
  const dir = (process.env.ELECTRON_CUSTOM_DIR || `v${electronVersion}`).replace('{{ version }}', electronVersion);
  return { url: `${base}${dir}/${binaryZip()}`, base };
}

function binaryZip() {
  return `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
}

/** Where @electron/get looks for an already-downloaded zip of that URL. */
function cacheFolder(url) {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.search = '';
  parsed.pathname = parsed.pathname.slice(0, parsed.pathname.lastIndexOf('/')) || '/';
  const hash = createHash('sha256').update(parsed.toString()).digest('hex');
  const cacheRoot = process.env.electron_config_cache || defaultCacheRoot();
  return join(cacheRoot, hash);
}

function defaultCacheRoot() {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  if (process.platform === 'win32') return join(process.env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'electron', 'Cache');
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'electron');
}

function fail(paragraph) {
  console.error(`\n${paragraph}\n`);
  process.exit(1);
}

/** Runs a node script quietly; resolves with its exit code and what it printed. */
function run(args, options, onOutput) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk) => {
      output += chunk;
      onOutput?.(String(chunk));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (err) => done({ code: 1, output: String(err.message) }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** The reason in a failed download's output, in a few words: "fetch failed, ECONNREFUSED", "HTTP 404", ... */
function reason(output) {
  const message = /(?:^|\s)\w*Error: (.+)$/m.exec(output)?.[1]?.trim() ?? /HTTP(?:Error)?:? ?\d{3}[^\n]*/.exec(output)?.[0] ?? 'no answer';
  const code = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH|[A-Z_]*CERT[A-Z_]*)\b/.exec(output)?.[1];
  return (code && !message.includes(code) ? `${message}, ${code}` : message).slice(0, 160);
}

/** A ticking line while a long step runs: in place on a terminal, every 15 s in a log. */
function progress(label) {
  const started = Date.now();
  let detail = '';
  const tty = process.stdout.isTTY;
  const show = () => {
    const seconds = Math.round((Date.now() - started) / 1000);
    const line = `  ${label}: ${seconds} s${detail ? `, ${detail}` : ''}`;
    if (tty) process.stdout.write(`\r${line}\u001b[K`);
    else console.log(line);
  };
  const timer = setInterval(show, tty ? 1000 : 15_000);
  return {
    set(text) {
      detail = text;
    },
    stop() {
      clearInterval(timer);
      if (tty) process.stdout.write('\n');
    },
  };
}

if (!electronPresent()) {
  const { url, base } = binaryUrl();
  console.log(`[1/2] downloading Electron ${electronVersion} (about 100 MB, once) from ${url}`);
  const ticker = progress('downloading Electron');
  const { code, output } = await run([join(electronDir, 'install.js')], {});
  ticker.stop();
  if (code !== 0) {
    const cache = cacheFolder(url);
    fail(
      [
        `npm start stopped: the download of Electron's binary failed (${reason(output)}).`,
        `It tried ${url}.`,
        `Usual fixes: check the network or proxy and run npm start again;`,
        `set ELECTRON_MIRROR to a mirror that serves the same files (now ${base === DEFAULT_MIRROR ? 'unset' : base});`,
        `or download ${binaryZip()} on another machine and put it in ${cache}`,
        `(set electron_config_cache to use another cache folder; the zip is checked against its known checksum).`,
        BROWSER_MODE,
      ].join('\n'),
    );
  }
}

const target = join(root, '.electron-native');
const stamp = join(target, '.built-for');
const wanted = `electron-${electronVersion}-${process.platform}-${process.arch}`;
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
  const distUrl = (process.env.ELECTRON_HEADERS_MIRROR || DEFAULT_HEADERS).replace(/\/+$/, '');
  const headersUrl = `${distUrl}/v${electronVersion}/node-v${electronVersion}-headers.tar.gz`;
  console.log(`[2/2] building the encrypted database module for Electron ${electronVersion} into .electron-native/ (about a minute, once)`);
  rmSync(target, { recursive: true, force: true });
  const source = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
  cpSync(source, target, { recursive: true, filter: (p) => !p.includes(`${source}/build`) });
  // npm's nodedir setting would silently build for Node while claiming Electron.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_config_')));
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  const logFile = join(target, 'build.log');
  const log = createWriteStream(logFile);
  const ticker = progress('building');
  let compiled = 0;
  const { code, output } = await run(
    [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', `--dist-url=${distUrl}`],
    { cwd: target, env },
    (text) => {
      log.write(text);
      compiled += (text.match(/^\s*(CC|CXX)\(target\)/gm) ?? []).length;
      if (compiled) ticker.set(`${compiled} files compiled`);
    },
  );
  ticker.stop();
  await new Promise((done) => log.end(done));
  if (code !== 0) {
    const headersFailed = !/(CC|CXX)\(target\)/.test(output) && /header|tarball|fetch|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|40\d|50\d/i.test(output);
    fail(
      headersFailed
        ? [
            `npm start stopped: the download of Electron's headers, needed to build the encrypted database module for Electron, failed (${reason(output)}).`,
            `It tried ${headersUrl}.`,
            `Usual fixes: check the network or proxy and run npm start again, or set ELECTRON_HEADERS_MIRROR to a mirror of ${DEFAULT_HEADERS}.`,
            `The full log is in ${logFile}.`,
            BROWSER_MODE,
          ].join('\n')
        : [
            `npm start stopped: building the encrypted database module for Electron ${electronVersion} failed (${reason(output)}).`,
            `The compiler's log is in ${logFile}; a C++ toolchain and Python 3 are needed (see node-gyp's README).`,
            BROWSER_MODE,
          ].join('\n'),
    );
  }
  writeFileSync(stamp, wanted);
  console.log('  built.');
}
