import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultUserDataDir } from '../../src/main/app/user-data-dir';
import { startBrowserMode, type BrowserMode } from '../helpers/browser-mode';
import { makeTempDir, removeTempDir } from '../helpers/temp';

/**
 * `npm run start:browser` serves the real core on 127.0.0.1 with the test bridge's checks:
 * a wrong or missing token, a foreign Host (DNS rebinding) and a foreign Origin get nothing.
 * With no `--data`, its vault is where the desktop app keeps it.
 */
let home: string;
let server: BrowserMode;

beforeAll(async () => {
  home = makeTempDir('browser-mode-home');
  // No --data: the app's own data folder, under this test's own home.
  server = await startBrowserMode([], { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), MENTOR_VAULT_USER_DATA: '' });
});

afterAll(async () => {
  expect(await server.stop()).toBe(0);
  removeTempDir(home);
});

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string }) {
  const { hostname, port } = new URL(server.origin);
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const req = request({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

const statusCall = JSON.stringify({ method: 'vault.status', input: {} });

describe('npm run start:browser', () => {
  it('answers the token from its printed address, with the vault where the app keeps it', async () => {
    const answer = await send('/__bridge/rpc', { method: 'POST', headers: { 'x-bridge-token': server.token, origin: server.origin }, body: statusCall });
    expect(answer.status).toBe(200);
    const status = JSON.parse(answer.body) as { ok: boolean; value: { defaultPath: string } };
    expect(status.value.defaultPath).toBe(join(home, '.config', 'Mentor Vault', 'vault', 'mentor.mentorvault'));
    expect(server.output()).toContain(`vault folder: ${join(home, '.config', 'Mentor Vault')}`);
  });

  it('refuses a wrong or missing token', async () => {
    const wrong = server.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    expect((await send('/__bridge/rpc', { method: 'POST', headers: { 'x-bridge-token': wrong }, body: statusCall })).status).toBe(403);
    expect((await send('/__bridge/rpc', { method: 'POST', body: statusCall })).status).toBe(403);
    expect((await send(`/__bridge/events?token=${wrong}`, {})).status).toBe(403);
  });

  it('refuses a foreign Host, even with the right token and for the page itself', async () => {
    const rebound = { host: `attacker.example:${new URL(server.origin).port}` };
    expect((await send('/__bridge/rpc', { method: 'POST', headers: { ...rebound, 'x-bridge-token': server.token }, body: statusCall })).status).toBe(421);
    expect((await send('/', { headers: rebound })).status).toBe(421);
    expect((await send('/', { headers: { host: 'localhost' } })).status).toBe(421);
  });

  it('refuses a foreign Origin, even with the right token', async () => {
    for (const origin of ['http://attacker.example', 'null', `http://localhost:${new URL(server.origin).port}`]) {
      const answer = await send('/__bridge/rpc', { method: 'POST', headers: { origin, 'x-bridge-token': server.token }, body: statusCall });
      expect(answer.status, origin).toBe(403);
    }
  });

  it('gives the page its client, never the token', async () => {
    const page = await send('/', {});
    expect(page.body).toContain('<script src="/__bridge/client.js"></script>');
    const client = await send('/__bridge/client.js', {});
    expect(client.status).toBe(200);
    expect(client.body).toContain('browser-development');
    expect(client.body).not.toContain(server.token);
    expect(page.body).not.toContain(server.token);
  });
});

describe('where browser mode keeps the vault', () => {
  it('is the desktop app data folder of the README on each system', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('| Linux | `~/.config/Mentor Vault/vault/mentor.mentorvault` |');
    expect(defaultUserDataDir('linux', {}, '/home/ada')).toBe('/home/ada/.config/Mentor Vault');
    expect(readme).toContain('| macOS | `~/Library/Application Support/Mentor Vault/vault/mentor.mentorvault` |');
    expect(defaultUserDataDir('darwin', {}, '/Users/ada')).toBe('/Users/ada/Library/Application Support/Mentor Vault');
    expect(readme).toContain('| Windows | `%APPDATA%\\Mentor Vault\\vault\\mentor.mentorvault` |');
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada')).toBe(join('C:\\Users\\ada\\AppData\\Roaming', 'Mentor Vault'));
  });
});

describe('the packaged app', () => {
  it('ships only the build and package.json, so never the browser-mode server', () => {
    const config = readFileSync('electron-builder.yml', 'utf8');
    const block = /^files:\n((?:[ \t]+.*\n)+)/m.exec(config)?.[1] ?? '';
    const files = block.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('- ')).map((l) => l.slice(2).replace(/^'|'$/g, ''));
    expect(files).toContain('out/**');
    for (const pattern of files) expect(pattern, pattern).toMatch(/^(out\/\*\*|package\.json|!.*)$/);
    expect(files).toContain('!test/**');
    expect(files).toContain('!scripts/**');
  });
});
