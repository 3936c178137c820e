import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from '../helpers/browser-mode';

/**
 * `npm run start:browser` as a newcomer uses it: the printed address opened in a browser with
 * nothing installed into the page, a vault created and a mentee added through it, and the
 * development-mode banner on every screen. The test bridge's other runs install their client
 * themselves and have no banner, as the desktop app has none.
 */
const test = base.extend<{ server: BrowserMode & { dataDir: string } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its first parameter's pattern
  server: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mv-browser-mode-'));
    const server = await startBrowserMode(['--data', dataDir]);
    await use({ ...server, dataDir });
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

// One run is enough: this file drives its own server, not the project's transport.
// eslint-disable-next-line no-empty-pattern -- as above
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'bridge', 'runs once, in the bridge project'));

test('browser mode: the printed address opens the app with its banner, and a vault and a mentee can be made', async ({ browser, server }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin)) external.push(request.url());
  });
  await page.goto(server.address);

  const banner = page.getByRole('complementary', { name: 'Development mode' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('not the desktop app');
  // The token leaves the address bar at once.
  await expect.poll(() => page.url()).not.toContain('token=');

  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await expect(page.getByTestId('vault-location')).toHaveText(join(server.dataDir, 'vault', 'mentor.mentorvault'));
  await page.getByLabel('Passphrase', { exact: true }).pressSequentially('tidal-orchard-lantern-42', { delay: 20 });
  await page.getByLabel('Passphrase, again', { exact: true }).pressSequentially('tidal-orchard-lantern-42', { delay: 20 });
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { name: 'Mentees', level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(banner).toBeVisible();

  await page.getByRole('button', { name: 'New mentee' }).click();
  await page.getByLabel('Name', { exact: true }).pressSequentially('Ada Lovelace', { delay: 20 });
  await page.getByRole('button', { name: 'Add mentee' }).click();
  await expect(page.getByRole('heading', { name: 'Ada Lovelace', level: 1 })).toBeVisible();
  await expect(banner).toBeVisible();

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // A reload keeps working: the token stays with this tab, not in the address.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' }).or(page.getByRole('heading', { name: 'Ada Lovelace' }))).toBeVisible();
  expect(external).toEqual([]);
  await context.close();
});

test('the test bridge, like the desktop app, shows no development banner', async ({ browser }) => {
  const { startBridge } = await import('../bridge/server');
  const { installBridgeClient } = await import('../bridge/client');
  const { METHOD_NAMES } = await import('../../src/shared/contract');
  const dataDir = mkdtempSync(join(tmpdir(), 'mv-bridge-'));
  const bridge = await startBridge({ dataDir });
  const page = await browser.newPage();
  await page.addInitScript(installBridgeClient, { token: bridge.token, methods: METHOD_NAMES as string[] });
  await page.goto(bridge.url);
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Development mode' })).toHaveCount(0);
  await page.close();
  await bridge.close();
  rmSync(dataDir, { recursive: true, force: true });
});
