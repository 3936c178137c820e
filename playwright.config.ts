import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

/** Electron's binary comes from its website on first `npm start`; offline machines have none. */
function electronBinaryPresent(): boolean {
  const pathFile = resolve('node_modules/electron/path.txt');
  return existsSync(pathFile) && existsSync(resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()));
}
const withElectron = electronBinaryPresent();
if (!withElectron && process.env.TEST_WORKER_INDEX === undefined) {
  console.log('electron: binary not installed on this machine, so the Electron run of the e2e scenarios is skipped; the bridge run covers the same files.');
}

/** Debian's Chromium by default; CHROMIUM_PATH overrides (Playwright cannot download browsers here). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'bridge', use: { transport: 'bridge' } as never },
    ...(withElectron ? [{ name: 'electron', use: { transport: 'electron' } as never, testMatch: /.*\.e2e\.ts$/ }] : []),
  ],
  testMatch: /.*\.e2e\.ts$/,
});
