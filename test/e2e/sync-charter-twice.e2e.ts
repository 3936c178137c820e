import { createCharter } from '../../src/main/features/charter/store';
import { syncNow } from '../../src/main/features/sync/service';
import { defaultCharterBody } from '../../src/shared/charter/defaults';
import { test, expect } from './fixtures';
import { dispatch } from './support/dispatch';
import { createVaultAndMentee, dismissToasts } from './support/meetings';
import { secondComputer, startSyncInSettings } from './support/sync';

/**
 * The mentor began Ada's charter here, and before the computers synced began it again on the
 * desktop, with another purpose and another channel. After a round this computer keeps one
 * draft (the one begun first) and lists the desktop's words to review: the channel list
 * reads as lines, not as stored data, and the purpose goes back with the keyboard alone.
 */
test('a charter begun on two computers at once: one draft, the other words to review', async ({ app }) => {
  test.skip(!app.bridge, 'The second computer writes into the sync folder beside the test bridge.');
  const { page, bridge } = app;
  await createVaultAndMentee(page, 'Ada Lovelace');
  const menteeId = bridge!.session.db.prepare('SELECT id FROM mentees').pluck().get() as number;
  const folder = await startSyncInSettings(page, bridge!, app.dataDir);
  const card = page.getByRole('region', { name: 'Sync between computers' });
  const desktop = await secondComputer(app.dataDir, folder);
  try {
    const body = defaultCharterBody();
    await dispatch(bridge!, 'charter.create', { menteeId, body: { ...body, purpose: 'Grow into leading the platform team.' } });
    await new Promise((r) => setTimeout(r, 20));
    const there = desktop.db.prepare("SELECT id FROM mentees WHERE name = 'Ada Lovelace'").pluck().get() as number;
    createCharter(desktop.db, there, {
      ...body,
      purpose: 'Shadow a staff engineer for a quarter.',
      communication: { channels: [...body.communication.channels, { channel: 'Video call', expectedResponse: 'Within a week' }] },
    });
    syncNow(desktop.db);

    await dismissToasts(page);
    await card.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByText(/^Synced: /)).toBeVisible();
    await dismissToasts(page);
    const drafts = bridge!.session.db.prepare("SELECT purpose FROM charter_versions WHERE status = 'draft'").pluck().all();
    expect(drafts).toEqual(['Grow into leading the platform team.']);

    const review = card.getByRole('button', { name: 'Review…' });
    await review.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Revisions to review' });
    const purpose = dialog.getByRole('article', { name: 'Charter: Purpose of Ada Lovelace' });
    await expect(purpose.getByText('Shadow a staff engineer for a quarter.')).toBeVisible();
    await expect(purpose.getByText('Grow into leading the platform team.')).toBeVisible();
    const channels = dialog.getByRole('article', { name: 'Charter: Communication channels and response times of Ada Lovelace' });
    await expect(channels.locator('blockquote').first()).toContainText('• Video call – Within a week');
    await expect(channels).not.toContainText('expectedResponse');
    await app.expectAccessible('a charter begun twice, to review');
    await app.screenshot('sync-charter-twice-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.expectAccessible('a charter begun twice, to review, dark');
    await app.screenshot('sync-charter-twice-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Keyboard alone: Tab to the purpose's "Put this text back", and press it.
    const back = purpose.getByRole('button', { name: 'Put this text back' });
    for (let i = 0; i < 12 && !(await back.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(back).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('The kept text is back in the record.', { exact: false })).toBeVisible();
    expect(bridge!.session.db.prepare("SELECT purpose FROM charter_versions WHERE status = 'draft'").pluck().all()).toEqual(['Shadow a staff engineer for a quarter.']);
  } finally {
    desktop.close();
  }
});
