import { expect, test } from './fixtures';
import { dispatch } from './support/dispatch';
import { dismissToasts } from './support/meetings';

const PASSPHRASE = 'lantern orchard quietly mosaic 47 rivers';
const OTHER_COMPUTER = '0B0B0B0B0B0B0B0B';

/**
 * A timeline two computers wrote in: each keeps its own chain, and the record page shows
 * one list numbered in (clock, device) order, its state from the latest entry, and a
 * broken entry of the other computer's chain by its number in that list. The other
 * computer's entries are written here under its device id, as sync would bring them.
 */
test('a timeline written on two computers shows as one numbered list, checked chain by chain', async ({ app }) => {
  test.skip(!app.bridge, 'writes as another computer through the test bridge');
  const { page, bridge } = app;
  await dispatch(bridge!, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const ada = await dispatch<{ id: number }>(bridge!, 'mentees.create', { name: 'Ada Lovelace', status: 'active' });
  const record = await dispatch<{ id: number }>(bridge!, 'escalations.create', { menteeId: ada.id, category: 'wellbeing', severity: 'medium', title: 'Workload', summary: '', needToKnow: [] });
  const db = bridge!.session.db;
  const own = db.prepare("SELECT value FROM sync_state WHERE key = 'device_id'").pluck().get() as string;
  const writeAs = async (device: string, entry: Record<string, unknown>) => {
    db.prepare("UPDATE sync_state SET value = ? WHERE key = 'device_id'").run(device);
    await dispatch(bridge!, 'escalations.addEntry', { escalationId: record.id, ...entry });
  };
  await writeAs(own, { kind: 'note', what: 'Raised on the laptop' });
  await writeAs(OTHER_COMPUTER, { kind: 'note', what: 'Talked it through on the desktop' });
  await writeAs(own, { kind: 'status-change', what: 'Watching for two weeks', status: 'monitoring' });
  await writeAs(OTHER_COMPUTER, { kind: 'status-change', what: 'Raised the severity', severity: 'high' });
  db.prepare("UPDATE sync_state SET value = ? WHERE key = 'device_id'").run(own);

  await page.goto(`${bridge!.url}#/escalations/${record.id}`);
  await page.reload();
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('list').first();
  const entries = timeline.locator(':scope > li');
  await expect(entries).toHaveCount(4);
  const expected = ['Raised on the laptop', 'Talked it through on the desktop', 'Watching for two weeks', 'Raised the severity'];
  for (const [i, what] of expected.entries()) {
    await expect(entries.nth(i)).toContainText(what);
    await expect(entries.nth(i)).toContainText(`#${i + 1}`);
  }
  const chain = page.getByRole('region', { name: 'Timeline check' });
  await expect(chain).toContainText('Timeline intact');
  await expect(chain).toContainText('All 4 entries verify');
  await dismissToasts(page);
  await app.expectAccessible('a timeline two computers wrote in');
  await app.screenshot('shared-timeline');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('shared-timeline-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Behind the app's back: the other computer's first entry rewritten; it is #2 in the list.
  db.exec('DROP TRIGGER escalation_entries_no_update');
  db.prepare("UPDATE escalation_entries SET what = 'Nothing was said.' WHERE device = ? AND sequence = 1").run(OTHER_COMPUTER);
  await page.reload();
  await expect(chain).toContainText('Timeline broken at entry #2');
  await dismissToasts(page);
  await app.screenshot('shared-timeline-broken');
});
