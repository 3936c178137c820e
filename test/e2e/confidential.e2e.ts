import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'lantern orchard quietly mosaic 47 rivers';
const ADA = 'Ada Lovelace';

/**
 * Console errors of the page, checked empty at the end. Chromium's note that the meta CSP
 * cannot carry frame-ancestors comes on every reload (the header of the Electron shell does carry it).
 */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes("'frame-ancestors' is ignored when delivered via a <meta> element")) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Closes the toasts, so screenshots show the screen and not the last few messages. */
async function dismissToasts(page: Page) {
  const close = page.getByRole('button', { name: 'Dismiss message' });
  // A toast may time out on its own between the count and the click.
  while ((await close.count()) > 0) await close.first().click({ timeout: 1000 }).catch(() => undefined);
}

/** `mentor-vault verify` on the vault file, as a child process with the passphrase in its environment. */
function cliVerify(path: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli/index.ts', 'verify', path], {
    env: { ...process.env, MENTOR_VAULT_PASSPHRASE: PASSPHRASE },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

test('notes written, searched from the shortcut and found highlighted; an escalation timeline intact, then broken behind the app’s back', async ({ app }) => {
  test.skip(!app.bridge, 'drives the vault behind the app’s back through the test bridge');
  const bridge = app.bridge!;
  const { page } = app;
  const consoleErrors = collectConsoleErrors(page);
  test.setTimeout(90_000);

  // A vault with one mentee who has an agreed-style charter draft (its escalation steps show beside the record).
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const ada = await dispatch<{ id: number }>(bridge, 'mentees.create', { name: ADA, role: 'Staff Engineer', status: 'active' });
  await dispatch(bridge, 'charter.create', { menteeId: ada.id });
  await page.reload();

  // Notes, written in the UI from the mentee's Notes tab.
  await page.getByRole('table', { name: 'Mentees' }).getByText(ADA).click();
  await page.getByRole('navigation', { name: 'Mentee sections' }).getByRole('link', { name: 'Notes' }).click();
  await expect(page.getByText('No notes yet')).toBeVisible();
  await app.expectAccessible('mentee notes tab');
  await page.getByRole('button', { name: 'New note' }).click();
  await expect(page.getByRole('heading', { name: 'New note', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Mentee')).toHaveValue(String(ada.id));
  await page.getByLabel('Title').fill('Promotion conversation');
  const tags = page.getByRole('textbox', { name: 'Tags' });
  await tags.fill('Career Growth');
  await tags.press('Enter');
  await tags.fill('#feedback');
  await tags.press('Enter');
  await page
    .getByLabel('Note (Markdown)')
    .fill(
      [
        '# Where Ada stands',
        '',
        'She wants a **staff promotion** next cycle; the rubric reading is in [the rubric](https://example.org/rubric).',
        '',
        '- Sponsorship from the platform lead',
        '- Delegation is still the gap',
        '',
        '<b>raw html is not shown</b> <script>window.__pwned = true</script>',
        '',
        '![diagram](https://example.org/diagram.png)',
      ].join('\n'),
    );
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Where Ada stands' })).toBeVisible();
  await expect(preview.getByText('[image not loaded: remote content is blocked]')).toBeVisible();
  await expect(preview.locator('img, b, script')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Promotion conversation', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Tags' })).toContainText('career-growth');

  // A link opens only after the confirmation, through the bridge.
  await preview.getByRole('button', { name: 'the rubric' }).click();
  const confirm = page.getByRole('dialog', { name: 'Open this link in your browser?' });
  await expect(confirm).toContainText('https://example.org/rubric');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(bridge.platform.opened).toEqual([]);
  await preview.getByRole('button', { name: 'the rubric' }).click();
  await confirm.getByRole('button', { name: 'Open in browser' }).click();
  await expect(confirm).toBeHidden();
  expect(bridge.platform.opened).toEqual(['https://example.org/rubric']);
  await app.expectAccessible('note editor');
  await dismissToasts(page);
  await app.screenshot('note-editor');

  // Copy says when the clipboard is cleared.
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /cleared again in 30 seconds/ })).toBeVisible();
  expect(bridge.platform.clipboard).toContain('staff promotion');

  await page.getByRole('link', { name: `← ${ADA}’s notes` }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByLabel('Title').fill('Retro follow-up');
  await page.getByRole('combobox', { name: 'Tags' }).fill('feedback'); // a combobox now: it offers the tags in use
  await page.getByLabel('Note (Markdown)').fill('Asked for feedback on the incident review; promotional material can wait.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('heading', { name: 'Retro follow-up', level: 1 })).toBeVisible();

  // Every note, across mentees, each marked confidential.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
  const noteRows = page.getByRole('table', { name: 'Confidential notes' }).locator('tbody tr');
  await expect(noteRows).toHaveCount(2);
  await expect(noteRows.first()).toContainText('Confidential');
  await expect(noteRows.first()).toContainText('Retro follow-up');
  await app.expectAccessible('notes list');
  await dismissToasts(page);
  await app.screenshot('notes-list');

  // Search from the keyboard shortcut: a prefix finds both notes, ranked, the words marked.
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search for' });
  await expect(box).toBeFocused();
  await page.keyboard.type('promot*');
  const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(results).toHaveCount(2);
  await expect(results.first()).toContainText('Promotion conversation');
  await expect(results.first().locator('mark').first()).toHaveText(/^promot/i);
  await expect(results.nth(1).locator('mark')).toHaveText(['promotional']);
  await expect(results.first()).toContainText('Confidential');
  await app.expectAccessible('search');
  await dismissToasts(page);
  await app.screenshot('search');
  // Typing on after the results came keeps the words (the box is not re-selected), and narrows them.
  await box.press('End');
  await page.keyboard.type(' convx');
  await expect(page.getByText('Nothing matches')).toBeVisible();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('ersation');
  await expect(results).toHaveCount(1);
  await expect(box).toHaveValue('promot* conversation');
  // A phrase; arrows and Enter open the result.
  await box.fill('"incident review"');
  await expect(results).toHaveCount(1);
  await expect(results.first().locator('mark')).toHaveText(['incident review']);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: 'Retro follow-up', level: 1 })).toBeVisible();

  // An escalation, raised in the UI; the form refuses without its required fields.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Escalations' }).click();
  await expect(page.getByText('No escalation records')).toBeVisible();
  await page.getByRole('button', { name: 'Raise a concern' }).first().click();
  await page.getByRole('button', { name: 'Record the concern' }).click();
  await expect(page.getByLabel('Title')).toHaveAccessibleDescription('Title is required');
  await expect(page.getByLabel('Category')).toHaveAccessibleDescription('Choose a category');
  await expect(page.getByLabel('Mentee')).toHaveAccessibleDescription('Choose a mentee');
  await page.getByLabel('Mentee').selectOption(String(ada.id));
  await page.getByLabel('Category').selectOption('wellbeing');
  await page.getByLabel('Severity').selectOption('high');
  await page.getByLabel('Title').fill('Signs of burnout after the launch');
  await page.getByLabel('Summary').fill('Working late for three weeks; mentioned not sleeping.');
  const needToKnow = page.getByRole('textbox', { name: 'Need to know' });
  await needToKnow.fill('HR business partner');
  await needToKnow.press('Enter');
  await app.expectAccessible('new escalation');
  await page.getByRole('button', { name: 'Record the concern' }).click();
  await expect(page.getByRole('heading', { name: 'Signs of burnout after the launch', level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Escalation process' }).getByRole('listitem').first()).toBeVisible();

  // Four entries, the last one correcting the first.
  let added = 0;
  const addEntry = async (kind: string, what: string, extra?: () => Promise<void>) => {
    await page.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
    await extra?.();
    await page.getByLabel(/^What (happened|was done|is correct)$/).fill(what);
    await page.getByRole('button', { name: /^Add .* to the timeline$/ }).click();
    await expect(page.getByRole('status').getByText(`Entry #${++added} added to the timeline.`)).toBeVisible();
  };
  await addEntry('Note', 'Mentioned sleeping four hours a night on Tuesday.');
  await addEntry('Action', 'Suggested talking to the manager about the on-call load.', async () => {
    const informed = page.getByRole('textbox', { name: 'Who was informed' });
    await informed.fill('Line manager');
    await informed.press('Enter');
  });
  await addEntry('Status change', 'Load reduced; keep an eye on it.', async () => {
    await page.getByLabel('New status').selectOption('monitoring');
  });
  await addEntry('Correction', 'It was Wednesday, not Tuesday.', async () => {
    await page.getByLabel('Corrects entry').selectOption({ label: '#1 · Note · Mentioned sleeping four hours a night on Tuesday.' });
  });

  const timelineRegion = page.getByRole('region', { name: 'Timeline', exact: true });
  const timeline = timelineRegion.getByRole('list').first();
  await expect(timeline.locator(':scope > li')).toHaveCount(4);
  await expect(timeline.locator(':scope > li').first()).toContainText('Corrected by #4');
  await expect(timeline.locator(':scope > li').nth(3)).toContainText('Corrects entry #1');
  await expect(timelineRegion.getByRole('button', { name: /edit|delete|remove/i })).toHaveCount(0);
  const chain = page.getByRole('region', { name: 'Timeline check' });
  await expect(chain).toContainText('Timeline intact');
  await expect(chain).toContainText('All 4 entries verify');
  await chain.getByRole('button', { name: 'Copy fingerprint' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Fingerprint .* copied/ })).toBeVisible();
  expect(bridge.platform.clipboard).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
  await expect(chain).toContainText(bridge.platform.clipboard);
  // The vault-wide fingerprint beside it: the record and its four entries are in the record chain.
  const vaultFingerprint = bridge.session.db.prepare('SELECT hash FROM record_links ORDER BY seq DESC LIMIT 1').pluck().get() as string;
  await expect(chain.getByTestId('vault-fingerprint')).toHaveText(vaultFingerprint.slice(0, 16).match(/.{4}/g)!.join('-'));
  await expect(chain).toContainText('covers 5 records');
  await app.expectAccessible('escalation record (intact)');
  await dismissToasts(page);
  await app.screenshot('escalation-intact');

  await page.getByRole('link', { name: '← Escalations' }).click();
  const escRows = page.getByRole('table', { name: 'Escalation records' }).locator('tbody tr');
  await expect(escRows).toHaveCount(1);
  await expect(escRows.first()).toContainText('Monitoring');
  await expect(escRows.first()).toContainText('Intact');
  await app.expectAccessible('escalations list');
  await dismissToasts(page);
  await app.screenshot('escalations-list');

  // The menu's Search Notes command lands in the same box.
  bridge.emit({ type: 'command', command: 'search' });
  await expect(box).toBeFocused();

  // The CLI agrees while the vault is intact (the app's session locked first).
  const vaultPath = bridge.session.paths.defaultVaultPath;
  bridge.session.lock('user');
  const intact = cliVerify(vaultPath);
  expect(intact.out).toContain('ok:');
  expect(intact.status).toBe(0);
  await dispatch(bridge, 'vault.unlock', { passphrase: PASSPHRASE });

  // Behind the app's back: the append-only trigger dropped and entry #2 rewritten.
  const db = bridge.session.db;
  const [record] = db.prepare('SELECT id FROM escalations').all() as { id: number }[];
  const second = db.prepare('SELECT id FROM escalation_entries WHERE escalation_id = ? AND sequence = 2').get(record!.id) as { id: number };
  db.exec('DROP TRIGGER escalation_entries_no_update');
  db.prepare("UPDATE escalation_entries SET what = 'Nothing was suggested.' WHERE id = ?").run(second.id);

  await page.goto(`${bridge.url}#/escalations/${record!.id}`);
  await page.reload();
  await expect(chain).toContainText('Timeline broken at entry #2');
  await expect(chain).toContainText(`entry ${second.id}`);
  await expect(timeline.locator(':scope > li').nth(1)).toContainText('no longer matches its hash');
  await app.expectAccessible('escalation record (broken)');
  await dismissToasts(page);
  await app.screenshot('escalation-broken');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectAccessible('escalation record (broken, dark)');
  await dismissToasts(page);
  await app.screenshot('escalation-broken-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('link', { name: '← Escalations' }).click();
  await expect(escRows.first()).toContainText('Broken');

  bridge.session.lock('user');
  const broken = cliVerify(vaultPath);
  expect(broken.status).toBe(1);
  expect(broken.out).toContain(`record ${record!.id}: entry ${second.id} (number 2)`);

  expect(consoleErrors).toEqual([]);
});
