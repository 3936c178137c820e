import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, _electron, type Page } from '@playwright/test';
import { METHOD_NAMES } from '../../src/shared/contract';
import { installBridgeClient } from '../bridge/client';
import { startBridge, type Bridge } from '../bridge/server';
import { censusMark, installSocketCensus, since } from '../bridge/socket-census';

// The core runs in this process (the test bridge): count what it connects to.
installSocketCensus();

export type Transport = 'bridge' | 'electron';

export interface AppFixture {
  page: Page;
  /** Present with the bridge transport: the real session, platform and router. */
  bridge: Bridge | undefined;
  dataDir: string;
  transport: Transport;
  /** Requests that left the machine (anything but the app's own origin). */
  externalRequests: string[];
  screenshot(name: string): Promise<void>;
  expectAccessible(label: string): Promise<void>;
}

const SCREENSHOT_DIR = resolve('test-results/screenshots');

function electronBinaryPresent(): boolean {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = resolve('node_modules/electron/path.txt');
  return existsSync(pathFile) && existsSync(resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()));
}

export const test = base.extend<{ transport: Transport; systemLocale: string | undefined; app: AppFixture }>({
  transport: ['bridge', { option: true }],
  /** The languages the system reports to the renderer (navigator.languages); the browser's own when unset. */
  systemLocale: [undefined, { option: true }],
  app: async ({ transport, systemLocale, browser }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mv-e2e-'));
    const externalRequests: string[] = [];
    let localRequests = 0;
    let census = 0;
    let page: Page;
    let bridge: Bridge | undefined;
    let cleanup: () => Promise<void>;

    if (transport === 'electron') {
      const skipLine = 'Electron binary not installed here (offline machine): the Electron run is skipped; the bridge run covers the same scenario.';
      // Only where the binary is already there: asking for it would start a download (and a stack trace) offline.
      if (!electronBinaryPresent()) {
        rmSync(dataDir, { recursive: true, force: true });
        testInfo.skip(true, skipLine);
        return;
      }
      let electronApp;
      try {
        electronApp = await _electron.launch({ args: [resolve('out/main/index.js')], env: { ...process.env, MENTOR_VAULT_USER_DATA: dataDir } });
      } catch {
        rmSync(dataDir, { recursive: true, force: true });
        testInfo.skip(true, skipLine);
        return;
      }
      page = await electronApp.firstWindow();
      cleanup = () => electronApp.close();
    } else {
      bridge = await startBridge({ dataDir });
      await censusCheck();
      // From here on, what the scenario makes the core do (the bridge's own listening socket is behind).
      census = censusMark();
      const context = await browser.newContext({ colorScheme: 'light', ...(systemLocale ? { locale: systemLocale } : {}) });
      page = await context.newPage();
      await page.addInitScript(installBridgeClient, { token: bridge.token, methods: METHOD_NAMES as string[] });
      const origin = new URL(bridge.url).origin;
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) externalRequests.push(url);
        else localRequests++;
      });
      await page.goto(bridge.url);
      const b = bridge;
      cleanup = async () => {
        // Lock while the page is still connected, so the 'locked' event goes to a live stream.
        b.session.lock('quit');
        await context.close();
        await b.close();
      };
    }

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await use({
      page,
      bridge,
      dataDir,
      transport,
      externalRequests,
      screenshot: async (name) => {
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${transport}-${name}.png`), fullPage: true });
      },
      expectAccessible: async (label) => {
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${label}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      },
    });

    await cleanup();
    if (transport === 'bridge') {
      // The network-silence figure of the hardening issue, one line per test.
      console.log(`network: ${localRequests} requests served locally, ${externalRequests.length} external (${testInfo.title})`);
      expect(externalRequests, 'requests that left the machine').toEqual([]);
      // What the main-process core itself connected to or looked up while the scenario ran.
      const attempts = since(census);
      const external = attempts.filter((a) => !a.local);
      console.log(`network: main-process core made ${attempts.length} outgoing connections or lookups, ${external.length} external (${testInfo.title})`);
      expect(external.map((a) => `${a.api} ${a.to}`), 'connections the core opened beyond this machine').toEqual([]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/** One loopback connection to a listener of its own, which the census must see: proof it counts in this process. */
async function censusCheck(): Promise<void> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const before = censusMark();
  await new Promise<void>((done, fail) => {
    const socket = connect({ host: '127.0.0.1', port: (server.address() as AddressInfo).port }, () => {
      socket.destroy();
      done();
    });
    socket.on('error', fail);
  });
  await new Promise<void>((done) => server.close(() => done()));
  expect(since(before), 'the socket census sees connections made in this process').toContainEqual({ api: 'net.Socket#connect', to: '127.0.0.1', local: true });
}

export { expect };
