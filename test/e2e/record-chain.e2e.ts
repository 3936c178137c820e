import { recordChainHead } from '../../src/main/vault/record-chain/fingerprint';
import { expect, test } from './fixtures';
import { createVaultAndMentee, dismissToasts } from './support/meetings';

/**
 * The vault fingerprint in Settings is the record chain's head, read by the same query the
 * CLI uses, and it moves when an append-only record is added.
 */
test('Settings shows the vault fingerprint, which moves with each new record', async ({ app }) => {
  test.skip(!app.bridge, 'reads the vault through the test bridge');
  const { page, bridge } = app;
  await createVaultAndMentee(page, 'Ada Lovelace');

  const settings = async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  };
  await settings();
  const shown = page.getByTestId('vault-fingerprint');
  const head = () => recordChainHead(bridge!.session.db);
  await expect(shown).toHaveText(head().fingerprint);
  await expect(page.getByRole('region', { name: 'Vault fingerprint' })).toContainText('covers 0 records');
  const before = head().fingerprint;

  // An escalation record: one new link, so a new fingerprint.
  const menteeId = bridge!.session.db.prepare('SELECT id FROM mentees').pluck().get() as number;
  const created = await bridge!.dispatch('escalations.create', { menteeId, category: 'wellbeing', severity: 'medium', title: 'Workload', summary: '', needToKnow: [] });
  expect(created).toMatchObject({ ok: true });
  await page.getByRole('link', { name: 'Overview' }).click();
  await settings();
  await expect(shown).toHaveText(head().fingerprint);
  expect(head().fingerprint).not.toBe(before);
  await expect(page.getByRole('region', { name: 'Vault fingerprint' })).toContainText('covers 1 record');

  await dismissToasts(page);
  await app.expectAccessible('settings with the vault fingerprint');
  await app.screenshot('settings-fingerprint');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectAccessible('settings with the vault fingerprint (dark)');
  await app.screenshot('settings-fingerprint-dark');
});
