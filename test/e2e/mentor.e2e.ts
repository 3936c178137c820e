import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { expect, test } from './fixtures';

/**
 * The mentor's own practice on the demo vault: the hours page's figures, a client's
 * consent, a corrected session, training added by keyboard at a person's speed, the
 * three exports, and the same totals in the exported log as on the screen.
 */
const TYPE = { delay: 25 };

test('my practice: hours from held meetings, consent, a correction, training, and the exports', async ({ app }) => {
  test.skip(!app.bridge, 'the exports are read back from the bridge platform folder');
  test.slow();
  const { page } = app;
  const bridge = app.bridge!;
  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  await page.getByRole('link', { name: 'My practice' }).click();
  await expect(page.getByRole('heading', { name: 'My practice' })).toBeVisible();
  await page.getByLabel('Period', { exact: true }).selectOption('all');

  const tiles = page.getByRole('list', { name: 'Totals for the period' }).or(page.locator('dl.practice-tiles'));
  await expect(tiles).toContainText('Client hours');
  const summary = await bridge.dispatch('mentor.hours', { from: null, to: null });
  if (!summary.ok) throw new Error('mentor.hours failed');
  const totals = (summary.value as { totals: { clientHours: number; sessions: number } }).totals;
  const fmt = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  await expect(tiles).toContainText(fmt.format(totals.clientHours));
  await expect(tiles).toContainText(String(totals.sessions));
  await expect(page.getByRole('img', { name: 'Client hours per month' })).toBeVisible();
  await expect(page.getByText('EMCC Practitioner (EIA)')).toBeVisible();
  const years = page.getByRole('table', { name: 'Client hours per year' });
  await expect(years.getByRole('row')).toHaveCount((summary.value as { byYear: unknown[] }).byYear.length + 1);
  await app.expectAccessible('practice hours');
  await app.screenshot('practice-hours-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('practice-hours-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // A mentee who had not consented is listed by pseudonym; giving consent names them in the log.
  const clients = page.getByRole('grid', { name: 'Clients in the hours log' }).or(page.getByRole('table', { name: 'Clients in the hours log' }));
  const hiddenRow = clients.getByRole('row').filter({ has: page.getByRole('cell', { name: /^Client [A-Z]$/ }) }).first();
  const mentee = (await hiddenRow.getByRole('cell').first().innerText()).trim();
  await hiddenRow.click();
  const dialog = page.getByRole('dialog', { name: `${mentee} in the hours log` });
  await expect(dialog.getByLabel('Contact (listed only with consent)')).toBeDisabled();
  await dialog.getByLabel('The mentee agreed to be named in my log').check();
  await dialog.getByLabel('Contact (listed only with consent)').pressSequentially('mentee@example.org', TYPE);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(clients.getByRole('row').filter({ hasText: mentee }).first()).not.toContainText(/Client [A-Z]/);

  // A session corrected without a reason is refused next to the field; with one it counts.
  const sessions = page.getByRole('grid', { name: 'Sessions counted' }).or(page.getByRole('table', { name: 'Sessions counted' }));
  await sessions.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Meeting clock', exact: true }) }).first().click();
  const adjust = page.getByRole('dialog', { name: /^Hours of/ });
  await adjust.getByLabel('Minutes it really took').pressSequentially('95', TYPE);
  await adjust.getByRole('button', { name: 'Save' }).click();
  await expect(adjust.getByText('Say why the length differs')).toBeVisible();
  await adjust.getByLabel('Why it differs').pressSequentially('We ran over to finish the plan', TYPE);
  await adjust.getByRole('button', { name: 'Save' }).click();
  await expect(adjust).toBeHidden();
  await expect(sessions).toContainText('Corrected');

  // Training added with the keyboard alone.
  await page.getByRole('link', { name: 'Training' }).click();
  await page.getByRole('button', { name: 'Add training' }).focus();
  await page.keyboard.press('Enter');
  const add = page.getByRole('dialog', { name: 'Add training' });
  await add.getByLabel('Title').pressSequentially('Supervision skills for mentors', TYPE);
  await add.getByLabel('Provider').pressSequentially('Coaching Academy', TYPE);
  const hours = add.getByLabel('Hours');
  await hours.fill('');
  await hours.pressSequentially('7.5', TYPE);
  await add.getByRole('button', { name: 'Add training' }).press('Enter');
  await expect(add).toBeHidden();
  await expect(page.getByText('Supervision skills for mentors')).toBeVisible();
  await app.expectAccessible('practice training');

  for (const tab of ['Supervision', 'Reflections', 'Credentials and goals']) {
    await page.getByRole('link', { name: tab, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await app.expectAccessible(`practice ${tab}`);
    await app.screenshot(`practice-${tab.toLowerCase().replaceAll(' ', '-')}`);
  }

  // The exports: the log's total equals the screen's, and the PDF is written.
  await page.getByRole('link', { name: 'Hours', exact: true }).click();
  await page.getByLabel('Period', { exact: true }).selectOption('all');
  const folder = join(app.dataDir, 'exports-out');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder, { recursive: true });
  bridge.platform.nextSavePath = join(folder, 'hours.xlsx');
  await page.getByRole('button', { name: 'Hours log (Excel)' }).click();
  await expect(page.getByText(/Log saved: \d+ rows?\./)).toBeVisible();
  const after = await bridge.dispatch('mentor.hours', { from: null, to: null });
  if (!after.ok) throw new Error('mentor.hours failed');
  const screenTotal = (after.value as { totals: { clientHours: number } }).totals.clientHours;
  await expect(page.locator('dl.practice-tiles')).toContainText(fmt.format(screenTotal));
  const sheets = await readXlsxFile(readFileSync(join(folder, 'hours.xlsx')));
  expect(sheets[0]!.data.at(-1)![9]).toBeCloseTo(screenTotal, 2);
  expect(JSON.stringify(sheets)).toContain(mentee);

  bridge.platform.nextSavePath = join(folder, 'hours.csv');
  await page.getByRole('button', { name: 'Hours log (CSV)' }).click();
  await expect(page.getByText(/Log saved/)).toBeVisible();
  expect(readFileSync(join(folder, 'hours.csv'), 'utf8')).toContain('Client,Contact (with consent)');

  bridge.platform.nextSavePath = join(folder, 'record.pdf');
  await page.getByRole('button', { name: 'Development record (PDF)' }).click();
  await expect(page.getByText(/PDF saved: \d+ pages?/)).toBeVisible();
  expect(readFileSync(join(folder, 'record.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
});
