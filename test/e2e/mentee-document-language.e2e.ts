import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flatText } from '../core/documents/poppler';
import { expect, test } from './fixtures';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'copper-meadow-signal-58';
const MENTEE = 'Lena Brandt';

test("a German-speaking mentee's charter comes out in German while the app stays English, the language set in her profile by keyboard alone", async ({ app }) => {
  test.skip(!app.bridge, 'answers the save dialog and reads the PDF through the test bridge');
  const { page, dataDir } = app;
  const bridge = app.bridge!;
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const lena = await dispatch<{ id: number }>(bridge, 'mentees.create', { name: MENTEE, status: 'active' });
  await dispatch(bridge, 'charter.create', { menteeId: lena.id });

  // The vault created through the bridge is open: the page only has to read it again.
  await page.reload();
  await expect(page.locator('.sidebar')).toBeVisible({ timeout: 20_000 });
  await page.goto(`${bridge.url}#/mentees/${lena.id}/profile`);
  const status = page.getByLabel('Status', { exact: true });
  await expect(status).toHaveValue('active');
  const language = page.getByLabel('Language for documents');
  await expect(language).toHaveValue('');
  await expect(language.locator('option:checked')).toHaveText('Same as the app');
  await expect(language.locator('option')).toHaveText(['Same as the app', 'English', 'Deutsch']);

  // Keyboard only: from Status, Tab to the language, type its first letter, then Tab on to the save button.
  await status.focus();
  await page.keyboard.press('Tab');
  await expect(language).toBeFocused();
  await page.keyboard.press('d');
  await expect(language).toHaveValue('de');
  const save = page.getByRole('button', { name: 'Save profile' });
  for (let i = 0; i < 80 && !(await save.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await dispatch<{ documentLocale: string | null }>(bridge, 'mentees.get', { id: lena.id })).documentLocale).toBe('de');
  await app.expectAccessible('profile with a language for documents');

  // The export dialog starts from her language; the app around it stays English.
  await page.goto(`${bridge.url}#/mentees/${lena.id}/charter`);
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the charter as PDF' });
  await expect(dialog.getByLabel('Language of the document')).toHaveValue('de');
  await expect(dialog.getByLabel('Language of the document').locator('option:checked')).toHaveText('Deutsch');
  await app.expectAccessible('charter export with a document language');
  await dialog.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(dialog.getByRole('status')).toContainText(/PDF saved: \d+ pages?, A4\./);
  // Saved under the name the save dialog suggested, in her language too.
  const german = flatText(readFileSync(join(dataDir, `Vereinbarung – ${MENTEE} – v1 Entwurf.pdf`)));
  expect(german).toContain('MENTORING-VEREINBARUNG');
  expect(german).toContain('ENTWURF');
  expect(german).not.toContain('MENTORSHIP CHARTER');

  // Once in English, for someone else: the dialog's choice, not her profile, changes.
  await dialog.getByLabel('Language of the document').selectOption('en');
  // Another language is another document: the note of the German one goes.
  await expect(dialog.getByRole('status')).toBeHidden();
  await dialog.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(dialog.getByRole('status')).toContainText(/PDF saved/);
  expect(flatText(readFileSync(join(dataDir, `Charter - ${MENTEE} - v1 draft.pdf`)))).toContain('MENTORSHIP CHARTER');
  expect((await dispatch<{ documentLocale: string | null }>(bridge, 'mentees.get', { id: lena.id })).documentLocale).toBe('de');
});
