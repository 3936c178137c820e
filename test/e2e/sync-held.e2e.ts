import { deleteMentee } from '../../src/main/features/mentees/store';
import { syncNow } from '../../src/main/features/sync/service';
import { test, expect } from './fixtures';
import { createVaultAndMentee, dismissToasts } from './support/meetings';
import { secondComputer, startSyncInSettings } from './support/sync';

/**
 * The desktop (a second real vault in the same folder) deletes most mentees at once. Here the
 * batch is held: the sidebar says deletions wait, Settings > Sync says what they are, and the
 * mentor keeps the records with the keyboard alone; the desktop gets them back.
 */
test('Settings > Sync: deletions held from another computer are shown, and the mentor keeps the records', async ({ app }) => {
  test.skip(!app.bridge, 'The second computer writes into the sync folder beside the test bridge.');
  const { page, bridge } = app;
  await createVaultAndMentee(page, 'Ada Lovelace');
  const others = ['Grace Hopper', 'Katherine Johnson', 'Barbara Liskov', 'Margaret Hamilton', 'Radia Perlman', 'Frances Allen', 'Shafi Goldwasser', 'Edsger Dijkstra', 'Donald Knuth', 'Alan Kay', 'Ken Thompson', 'Leslie Lamport', 'Tony Hoare', 'Niklaus Wirth', 'John Backus', 'Fran Bilas', 'Jean Bartik', 'Betty Holberton', 'Kathleen Booth'];
  for (const name of others) expect(await bridge!.dispatch('mentees.create', { name, status: 'active' })).toMatchObject({ ok: true });
  const count = () => bridge!.session.db.prepare('SELECT count(*) FROM mentees').pluck().get() as number;
  expect(count()).toBe(20);

  const folder = await startSyncInSettings(page, bridge!, app.dataDir);
  const card = page.getByRole('region', { name: 'Sync between computers' });
  const desktop = await secondComputer(app.dataDir, folder);
  try {
    const rows = desktop.db.prepare("SELECT id, name FROM mentees WHERE name <> 'Ada Lovelace' ORDER BY name").all() as { id: number; name: string }[];
    for (const row of rows.slice(0, 15)) deleteMentee(desktop.db, row.id, row.name);
    syncNow(desktop.db);

    await card.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByText(/^Synced: /)).toBeVisible();
    await expect(page.getByText('15 records another computer deleted wait for your decision.')).toBeVisible();
    await dismissToasts(page);
    await expect(page.locator('.sidebar-sync')).toContainText('15 deletions wait for you');
    const held = card.getByRole('region', { name: 'Deletions wait for you' });
    await expect(held).toContainText('Another computer deleted 15 records at once.');
    await expect(held).toContainText('Mentee: 15');
    await expect(held).toContainText('Mentees among them: Alan Kay, Barbara Liskov');
    // The computer it came from by the start of its folder id, as the list of other computers names it.
    const desktopId = (desktop.db.prepare("SELECT value FROM sync_state WHERE key = 'folder_device_id'").pluck().get() as string).slice(0, 8);
    await expect(held).toContainText(`Deleted on computer ${desktopId}, `);
    await expect(card.getByRole('listitem').filter({ hasText: `Computer ${desktopId}` })).toBeVisible();
    expect(count()).toBe(20);
    await held.scrollIntoViewIfNeeded();
    await app.expectAccessible('held deletions');
    await app.screenshot('sync-held-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.expectAccessible('held deletions, dark');
    await app.screenshot('sync-held-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Keyboard alone, from "Sync now" back up through the computer's name to the held batch.
    const deleteButton = held.getByRole('button', { name: 'Delete them here too…' });
    await card.getByRole('button', { name: 'Sync now' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(card.getByRole('button', { name: 'Rename' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(deleteButton).toBeFocused();
    // Deleting asks first; Escape leaves everything as it was and gives the focus back.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Delete 15 records on this computer too?' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(count()).toBe(20);
    await expect(deleteButton).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(held.getByRole('button', { name: 'Keep the records' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('The records are kept on every computer.')).toBeVisible();
    await expect(held).toHaveCount(0);
    await expect(page.locator('.sidebar-sync')).not.toContainText('wait for you');
    expect(count()).toBe(20);

    syncNow(desktop.db);
    expect(desktop.db.prepare('SELECT count(*) FROM mentees').pluck().get()).toBe(20);

    // The same held batch in German.
    for (const row of desktop.db.prepare("SELECT id, name FROM mentees WHERE name <> 'Ada Lovelace' ORDER BY name").all().slice(0, 15) as { id: number; name: string }[]) {
      deleteMentee(desktop.db, row.id, row.name);
    }
    syncNow(desktop.db);
    await page.getByLabel('Language of the app').selectOption('de');
    const karte = page.getByRole('region', { name: 'Abgleich zwischen Computern' });
    await karte.getByRole('button', { name: 'Jetzt abgleichen' }).click();
    const zurück = karte.getByRole('region', { name: 'Löschungen warten auf Sie' });
    await expect(zurück).toContainText('Ein anderer Computer hat 15 Einträge auf einmal gelöscht.');
    await expect(page.locator('.sidebar-sync')).toContainText('15 Löschungen warten auf Sie');
    await zurück.scrollIntoViewIfNeeded();
    await app.expectAccessible('held deletions in German');
    await expect(zurück).toContainText(`Gelöscht auf Computer ${desktopId} am `);
    await expect(page.getByText('15 Einträge, die ein anderer Computer gelöscht hat, warten auf Ihre Entscheidung.')).toBeVisible();
    const schließen = page.getByRole('button', { name: 'Meldung schließen' });
    while ((await schließen.count()) > 0) await schließen.first().click({ timeout: 1000 }).catch(() => undefined);
    await app.screenshot('sync-held-de');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('sync-held-de-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await zurück.getByRole('button', { name: 'Auch hier löschen …' }).click();
    await page.getByRole('dialog', { name: '15 Einträge auch auf diesem Computer löschen?' }).getByRole('button', { name: 'Löschen', exact: true }).click();
    await expect(zurück).toHaveCount(0);
    expect(count()).toBe(5);
  } finally {
    desktop.close();
  }
});
