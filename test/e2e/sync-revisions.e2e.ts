import { syncNow } from '../../src/main/features/sync/service';
import { test, expect } from './fixtures';
import { createVaultAndMentee, dismissToasts } from './support/meetings';
import { secondComputer, startSyncInSettings } from './support/sync';

/**
 * Two computers change one note before they sync: the desktop (a second real vault in this
 * process, syncing through the same folder) writes last and wins; the text typed here is kept.
 * The mentor finds it in Settings > Sync, reads both texts, and puts theirs back with the keyboard.
 */
test('Settings > Sync: the mentor reviews a text another computer replaced, and puts it back', async ({ app }) => {
  test.skip(!app.bridge, 'The second computer writes into the sync folder beside the test bridge.');
  const { page, bridge } = app;
  await createVaultAndMentee(page, 'Ada Lovelace');
  const db = () => bridge!.session.db;
  const menteeId = db().prepare('SELECT id FROM mentees').pluck().get() as number;
  const note = (body: string) => ({ menteeId, meetingId: null, title: 'Stretch assignment', body, tags: [] });
  const created = await bridge!.dispatch('notes.create', note('First draft.'));
  expect(created).toMatchObject({ ok: true });
  const noteId = db().prepare('SELECT id FROM notes').pluck().get() as number;

  const folder = await startSyncInSettings(page, bridge!, app.dataDir);
  const card = page.getByRole('region', { name: 'Sync between computers' });
  const desktop = await secondComputer(app.dataDir, folder);
  const syncHere = async () => {
    await dismissToasts(page);
    await card.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByText(/^Synced: /)).toBeVisible();
  };
  try {
    const there = desktop.db.prepare("SELECT id FROM notes WHERE title = 'Stretch assignment'").pluck().get() as number;

    await bridge!.dispatch('notes.update', { id: noteId, note: note('Agreed in the meeting: lead the migration design review.') });
    await new Promise((r) => setTimeout(r, 20));
    desktop.db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run('Shadow the design review first.', new Date().toISOString(), there);
    syncNow(desktop.db);

    await card.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByText(/^Synced: /)).toBeVisible();
    await dismissToasts(page);

    // The desktop's later text is in the note; this computer's is kept for review.
    const review = card.getByRole('button', { name: 'Review…' });
    await expect(review).toBeVisible();
    await review.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Revisions to review' });
    await expect(dialog).toBeVisible();
    const item = dialog.getByRole('article', { name: /Note: Text “Stretch assignment” of Ada Lovelace/ });
    await expect(item.getByText('Agreed in the meeting: lead the migration design review.')).toBeVisible();
    await expect(item.getByText(/^Kept text, written .* on this computer$/)).toBeVisible();
    await expect(item.getByText('Shadow the design review first.')).toBeVisible();
    await expect(item.getByText(/^In the record now, written .* on another computer$/)).toBeVisible();
    await app.expectAccessible('revisions to review');
    await app.screenshot('sync-revisions-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.expectAccessible('revisions to review, dark');
    await app.screenshot('sync-revisions-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Keyboard alone: the first control in the dialog is this text's "Put this text back".
    await expect(item.getByRole('button', { name: 'Put this text back' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('The kept text is back in the record.', { exact: false })).toBeVisible();
    expect(db().prepare('SELECT body FROM notes WHERE id = ?').pluck().get(noteId)).toBe('Agreed in the meeting: lead the migration design review.');
    // The text it replaced is kept in turn, so the restore can be undone; focus moves to it, not to the page behind.
    const undo = dialog.getByRole('article').first();
    await expect(undo.locator('blockquote').first()).toHaveText('Shadow the design review first.');
    await expect(undo).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(undo.getByRole('button', { name: 'Put this text back' })).toBeFocused();

    // It travels like any edit.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await syncHere();
    syncNow(desktop.db);
    expect(desktop.db.prepare('SELECT body FROM notes WHERE id = ?').pluck().get(there)).toBe('Agreed in the meeting: lead the migration design review.');

    // A goal's metric changed on both computers too: its text is kept, but it changes only in the goal's form.
    const aim = db().prepare('SELECT id FROM career_aims').pluck().get() as number;
    const goal = await bridge!.dispatch('goals.create', {
      menteeId,
      title: 'Lead the migration',
      area: 'leadership',
      specific: { statement: 'Lead the storage migration end to end' },
      measurable: { metric: 'Services migrated', unit: 'services', baseline: 0, target: 6 },
      attainable: { whyRealistic: 'Has migrated two services already' },
      relevant: { careerAimId: aim },
      timeBound: { targetDate: '2099-01-01' },
    });
    expect(goal).toMatchObject({ ok: true });
    await syncHere();
    syncNow(desktop.db);
    const metric = "UPDATE goals SET metric = ? WHERE title = 'Lead the migration'";
    db().prepare(metric).run('Services moved to the new cluster');
    await new Promise((r) => setTimeout(r, 20));
    desktop.db.prepare(metric).run('Services running on the new cluster');
    syncNow(desktop.db);
    await syncHere();

    // Dismissing asks first; in German as in English.
    await dismissToasts(page);
    await page.getByLabel('Language of the app').selectOption('de');
    const karte = page.getByRole('region', { name: 'Abgleich zwischen Computern' });
    await karte.getByRole('button', { name: 'Prüfen …' }).click();
    const dialogDe = page.getByRole('dialog', { name: 'Zu prüfende Fassungen' });
    const ziel = dialogDe.getByRole('article', { name: /^Ziel: Messgröße „Lead the migration“ von Ada Lovelace$/ });
    await expect(ziel.getByText(/^Messgröße oder Einheit eines Ziels zu ändern ist eine Neukalibrierung/)).toBeVisible();
    await expect(ziel.getByRole('button', { name: 'Diesen Text wieder einsetzen' })).toHaveCount(0);
    const notiz = dialogDe.getByRole('article', { name: /Notiz: Text „Stretch assignment“ von Ada Lovelace/ });
    await expect(notiz).toBeVisible();
    await app.expectAccessible('revisions to review in German');
    await app.screenshot('sync-revisions-de');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('sync-revisions-de-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    const confirm = page.getByRole('dialog', { name: 'Diesen aufbewahrten Text verwerfen?' });
    const dismiss = async () => {
      await page.keyboard.press('Enter');
      await confirm.getByRole('button', { name: 'Verwerfen', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(confirm).toBeHidden();
    };
    // The newest first: the goal's. Once it is gone, the focus is on the text that took its place.
    await ziel.getByRole('button', { name: 'Verwerfen …' }).focus();
    await dismiss();
    await expect(notiz).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(notiz.getByRole('button', { name: 'Verwerfen …' })).toBeFocused();
    await dismiss();
    // The list says it is empty, and the focus is there rather than lost with the button.
    const leer = dialogDe.getByText('Nichts zu prüfen', { exact: false });
    await expect(leer).toBeVisible();
    await expect(leer).toBeFocused();
    expect(db().prepare('SELECT count(*) FROM sync_revisions').pluck().get()).toBe(0);
  } finally {
    desktop.close();
  }
});
