import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../helpers/temp';

/**
 * `npm start` where Electron's site cannot be reached: the prepare script runs in a copy of
 * the project whose Electron package has no binary, against a closed port on 127.0.0.1, and
 * must stop with exit 1, a paragraph that says what failed and what to do, and no stack trace.
 */
let project: string;
let home: string;
let closedPort: number;

beforeAll(async () => {
  project = makeTempDir('prepare');
  home = makeTempDir('prepare-home');
  mkdirSync(join(project, 'scripts'));
  cpSync(resolve('scripts/prepare-electron.mjs'), join(project, 'scripts/prepare-electron.mjs'));
  // Every package of the real install, except Electron: its files without any downloaded binary.
  mkdirSync(join(project, 'node_modules'));
  for (const entry of readdirSync('node_modules')) {
    if (entry === 'electron' || entry === '.bin') continue;
    symlinkSync(resolve('node_modules', entry), join(project, 'node_modules', entry));
  }
  mkdirSync(join(project, 'node_modules/electron'));
  for (const file of ['package.json', 'install.js', 'index.js', 'checksums.json']) {
    cpSync(resolve('node_modules/electron', file), join(project, 'node_modules/electron', file));
  }
  closedPort = await new Promise<number>((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
});

afterAll(() => {
  removeTempDir(project);
  removeTempDir(home);
});

function prepare(env: Record<string, string>) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_config_|ELECTRON_|electron_)/i.test(k)));
  return spawnSync(process.execPath, ['scripts/prepare-electron.mjs'], {
    cwd: project,
    env: { ...base, HOME: home, XDG_CACHE_HOME: join(home, '.cache'), electron_config_cache: join(home, 'electron-cache'), ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

const STACK_LINE = /^\s+at .+[:(]/m;

describe('npm start without Electron binary', () => {
  it('stops with exit 1 and one paragraph when the binary cannot be downloaded', () => {
    const mirror = `http://127.0.0.1:${closedPort}/`;
    const result = prepare({ ELECTRON_MIRROR: mirror });
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).not.toMatch(STACK_LINE);
    expect(output).not.toContain('TypeError');
    expect(result.stderr).toContain("the download of Electron's binary failed");
    expect(result.stderr).toContain(`It tried ${mirror}v`);
    expect(result.stderr).toContain('ELECTRON_MIRROR');
    expect(result.stderr).toContain(join(home, 'electron-cache'));
    expect(result.stderr).toContain('electron_config_cache');
    expect(result.stderr).toContain('npm run start:browser');
  });

  it('stops the same way when the headers for the native build cannot be downloaded', () => {
    const headers = `http://127.0.0.1:${closedPort}/headers`;
    // A binary given by path skips the download; the build then needs Electron's headers.
    const result = prepare({ ELECTRON_OVERRIDE_DIST_PATH: join(home, 'electron-dist'), ELECTRON_HEADERS_MIRROR: headers });
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).not.toMatch(STACK_LINE);
    expect(result.stdout).toContain('about a minute');
    expect(result.stderr).toContain("the download of Electron's headers");
    expect(result.stderr).toContain(`It tried ${headers}/v`);
    expect(result.stderr).toContain('npm run start:browser');
  });
});
