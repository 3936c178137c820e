import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalCursors, SyncRoundSummary } from '../../../src/shared/sync/journal';
import { createKeysFile, KEYS_FILE, openKeysFile, type JournalKeys } from '../../../src/main/features/sync/journal/keys';
import { runSyncRound } from '../../../src/main/features/sync/journal/round';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { PASSPHRASE } from '../../helpers/vault';
import { MemoryReplica } from './memory-replica';

/**
 * The transport through a real Syncthing: two instances on 127.0.0.1 (no discovery, relays,
 * NAT, usage reporting or upgrades; static addresses; REST on a random loopback port with an
 * API key), introduced to each other in their config, each sharing one folder. A round on
 * one computer reaches the other through Syncthing alone, and back.
 */
const available = spawnSync('syncthing', ['--help'], { stdio: 'ignore' }).status === 0;
if (!available) console.log('syncthing test skipped: `syncthing` is not on PATH (Debian: apt-get install syncthing)');

const FOLDER_ID = 'mv-journal';

interface Instance {
  name: string;
  home: string;
  folder: string;
  id: string;
  port: number;
  gui: number;
  apiKey: string;
  proc?: ChildProcess;
  log: string;
  /** The config format of the installed Syncthing, read from the config it generated. */
  configVersion: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function prepare(root: string, name: string): Promise<Instance> {
  const home = join(root, `${name}-home`);
  const generated = spawnSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], { encoding: 'utf8' });
  const id = /Device ID: ([A-Z0-9-]+)/.exec(generated.stdout + generated.stderr)?.[1];
  if (!id) throw new Error(`syncthing generate gave no device id: ${generated.stderr}`);
  const configVersion = /<configuration version="(\d+)"/.exec(readFileSync(join(home, 'config.xml'), 'utf8'))?.[1] ?? '36';
  const folder = join(root, `${name}-sync`);
  mkdirSync(join(folder, '.stfolder'), { recursive: true });
  return { name, home, folder, id, port: await freePort(), gui: await freePort(), apiKey: randomBytes(16).toString('hex'), log: '', configVersion };
}

function configFor(self: Instance, peer: Instance): string {
  const device = (d: Instance) =>
    `<device id="${d.id}" name="${d.name}" compression="metadata" introducer="false"><address>tcp://127.0.0.1:${d.port}</address></device>`;
  return `<configuration version="${self.configVersion}">
  <folder id="${FOLDER_ID}" label="journal" path="${self.folder}" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="false">
    <device id="${self.id}"></device>
    <device id="${peer.id}"></device>
    <minDiskFree unit="%">0</minDiskFree>
  </folder>
  ${device(self)}
  ${device(peer)}
  <gui enabled="true" tls="false"><address>127.0.0.1:${self.gui}</address><apikey>${self.apiKey}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${self.port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <startBrowser>false</startBrowser>
    <crashReportingEnabled>false</crashReportingEnabled>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
  </options>
</configuration>
`;
}

async function rest(instance: Instance, path: string, method = 'GET'): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${instance.gui}${path}`, { method, headers: { 'X-API-Key': instance.apiKey } });
  if (!response.ok) throw new Error(`${instance.name} ${path}: HTTP ${response.status}`);
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : null;
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 25_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let root: string;
let a: Instance;
let b: Instance;

beforeAll(async () => {
  if (!available) return;
  root = makeTempDir('syncthing');
  a = await prepare(root, 'laptop');
  b = await prepare(root, 'desktop');
  writeFileSync(join(a.home, 'config.xml'), configFor(a, b));
  writeFileSync(join(b.home, 'config.xml'), configFor(b, a));
  for (const instance of [a, b]) {
    const proc = spawn('syncthing', ['serve', `--home=${instance.home}`, '--no-browser', '--no-restart', '--no-upgrade'], {
      env: { ...process.env, STNOUPGRADE: '1', STNODEFAULTFOLDER: '1', STGUIADDRESS: `127.0.0.1:${instance.gui}`, STGUIAPIKEY: instance.apiKey },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout!.setEncoding('utf8').on('data', (c: string) => (instance.log = (instance.log + c).slice(-4000)));
    proc.stderr!.setEncoding('utf8').on('data', (c: string) => (instance.log = (instance.log + c).slice(-4000)));
    instance.proc = proc;
  }
  for (const instance of [a, b]) {
    await until(`${instance.name}'s REST API`, async () => {
      if (instance.proc?.exitCode !== null) throw new Error('syncthing exited');
      return (await rest(instance, '/rest/system/ping')) ? true : undefined;
    }).catch((err: Error) => {
      throw new Error(`${err.message}; its log:\n${instance.log}`);
    });
  }
  await until('the two instances to connect', async () => {
    const connections = (await rest(a, '/rest/system/connections')) as { connections: Record<string, { connected: boolean }> };
    return connections.connections[b.id]?.connected ? true : undefined;
  });
}, 60_000);

afterAll(() => {
  if (!available) return;
  for (const instance of [a, b]) if (instance?.proc?.exitCode === null) instance.proc.kill('SIGTERM');
  removeTempDir(root);
});

/** One side of the test: a replica, the keys it unwrapped, its cursors. */
class Computer {
  cursors: JournalCursors = {};
  readonly replica = new MemoryReplica();
  constructor(
    readonly instance: Instance,
    readonly keys: JournalKeys,
  ) {}
  async round(): Promise<SyncRoundSummary> {
    const summary = runSyncRound({ replica: this.replica, folder: this.instance.folder, keys: this.keys, cursors: this.cursors });
    this.cursors = summary.cursors;
    // What the file watcher would notice a few seconds later, at once.
    await rest(this.instance, `/rest/db/scan?folder=${FOLDER_ID}`, 'POST');
    return summary;
  }
  /** Rounds until something arrives through Syncthing. */
  receive(): Promise<SyncRoundSummary> {
    return until(`${this.instance.name} to receive a segment`, async () => {
      const summary = await this.round();
      return summary.received > 0 ? summary : undefined;
    });
  }
}

describe.skipIf(!available)('two computers syncing through Syncthing', () => {
  it('a change made on the laptop reaches the desktop through Syncthing, and one made there comes back', async () => {
    const laptopKeys = await createKeysFile(a.folder, PASSPHRASE);
    await rest(a, `/rest/db/scan?folder=${FOLDER_ID}`, 'POST');
    // The desktop joins with the same passphrase once the keys file has arrived.
    await until('the keys file on the desktop', () => (existsSync(join(b.folder, KEYS_FILE)) ? true : undefined));
    const desktopKeys = await until('a readable keys file', () => openKeysFile(b.folder, PASSPHRASE));
    expect(desktopKeys.vaultId).toBe(laptopKeys.vaultId);

    const laptop = new Computer(a, laptopKeys);
    const desktop = new Computer(b, desktopKeys);
    laptop.replica.set('mentees', 'm1', 'name', 'Priya');
    laptop.replica.set('goals', 'g1', 'title', 'Lead the quarterly review');
    expect((await laptop.round()).sent).toBe(2);
    const arrived = await desktop.receive();
    expect(arrived).toMatchObject({ received: 2, applied: 2, skipped: 0, forks: [] });
    expect(desktop.replica.get('goals', 'g1', 'title')).toBe('Lead the quarterly review');

    desktop.replica.set('goals', 'g1', 'title', 'Lead the quarterly review, with a dry run');
    expect((await desktop.round()).sent).toBe(1);
    expect(await laptop.receive()).toMatchObject({ received: 1, applied: 1 });
    expect(laptop.replica.state()).toBe(desktop.replica.state());
    // Each computer wrote only its own folder: no conflicted copies anywhere.
    const conflicts = [a, b].flatMap((i) => spawnSync('find', [i.folder, '-name', '*sync-conflict*'], { encoding: 'utf8' }).stdout.trim()).filter(Boolean);
    expect(conflicts).toEqual([]);
  }, 60_000);
});
