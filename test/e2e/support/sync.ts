import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { startSync } from '../../../src/main/features/sync/service';
import { Vault } from '../../../src/main/vault/vault';
import type { Bridge } from '../../bridge/server';
import { PASSPHRASE } from './meetings';

/**
 * Sync in the e2e scenarios: the app's vault starts syncing as a person does it in
 * Settings > Sync, and a second computer is a second real vault in this process that joins
 * the same folder (the test bridge runs the app's core here too).
 */
export async function startSyncInSettings(page: Page, bridge: Bridge, dataDir: string): Promise<string> {
  const folder = join(dataDir, 'Dropbox', 'mentoring');
  mkdirSync(folder, { recursive: true });
  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Sync between computers' });
  bridge.platform.nextFolderPath = folder;
  await card.getByRole('button', { name: 'Choose folder…' }).click();
  await card.getByLabel('Vault passphrase').pressSequentially(PASSPHRASE, { delay: 10 });
  await card.getByRole('button', { name: 'Start syncing' }).click();
  await expect(card.getByRole('button', { name: 'Sync now' })).toBeVisible({ timeout: 30_000 });
  return folder;
}

export async function secondComputer(dataDir: string, folder: string): Promise<Vault> {
  const other = await Vault.create(join(dataDir, 'desktop.mentorvault'), PASSPHRASE);
  await startSync(other.db, folder, PASSPHRASE);
  return other;
}
