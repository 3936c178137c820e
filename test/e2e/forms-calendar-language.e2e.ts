import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localToday } from '../../src/shared/dates';
import { expect, test, type AppFixture } from './fixtures';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'copper-meadow-signal-58';
const MENTEE = 'Lena Brandt';

const pdfText = (path: string) => spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout;

/** A mentee whose documents are German, with a planned meeting and an open deadline; the page reads the vault again. */
async function seed(app: AppFixture) {
  const bridge = app.bridge!;
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const lena = await dispatch<{ id: number }>(bridge, 'mentees.create', { name: MENTEE, status: 'active', documentLocale: 'de' });
  await dispatch(bridge, 'meetings.create', { menteeId: lena.id, kind: 'formal-review', date: '2099-02-01', time: '09:00' });
  await dispatch(bridge, 'deadlines.create', { menteeId: lena.id, title: 'Send the review guide', dueDate: '2099-03-01' });
  await app.page.reload();
  await expect(app.page.locator('.sidebar')).toBeVisible({ timeout: 20_000 });
  return lena.id;
}

test('a form and a calendar file for a German-speaking mentee come out in German while the app stays English; the dialogs offer the language', async ({ app }) => {
  test.skip(!app.bridge, 'answers the save dialog and reads the files through the test bridge');
  test.setTimeout(120_000);
  const { page, dataDir } = app;
  const bridge = app.bridge!;
  const menteeId = await seed(app);

  // The form dialog starts from her language for documents.
  await page.goto(`${bridge.url}#/mentees/${menteeId}`);
  await page.getByRole('button', { name: 'Make a form…' }).click();
  const make = page.getByRole('dialog', { name: 'Make a form to fill in' });
  await make.getByLabel('Form').selectOption('check-in');
  const language = make.getByLabel('Language of the document');
  await expect(language).toHaveValue('de');
  await app.expectAccessible('make a form with a document language');
  await app.screenshot('forms-language-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('forms-language-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await make.getByRole('button', { name: 'Save the form…' }).click();
  await expect(make.getByRole('status')).toContainText(/Form saved: \d+ pages?/);
  const german = pdfText(join(dataDir, `Check-in-${MENTEE.replace(' ', '-')}.pdf`));
  expect(german).toContain(`Fortschritts-Check-in für ${MENTEE}`);
  expect(german).toContain('Ihre Fristen');
  expect(german).not.toContain('Your deadlines');

  // Once in English: another language is another form, so the note of the German one goes.
  await language.selectOption('en');
  await expect(make.getByRole('status')).toBeHidden();
  await make.getByRole('button', { name: 'Save the form…' }).click();
  await expect(make.getByRole('status')).toContainText(/Form saved/);
  expect(pdfText(join(dataDir, `check-in-${MENTEE.replace(' ', '-')}.pdf`))).toContain('Your deadlines');
  await make.getByRole('button', { name: 'Done' }).click();

  // The calendar dialog, over her page, starts with her meetings in her language; everyone's are in the app's.
  bridge.emit({ type: 'command', command: 'export-calendar' });
  const calendar = page.getByRole('dialog', { name: 'Meetings as a calendar file' });
  const calendarLanguage = calendar.getByLabel('Language of the document');
  const scope = calendar.getByLabel('Meetings of');
  await expect(scope.locator('option:checked')).toHaveText(MENTEE);
  await expect(calendarLanguage).toHaveValue('de');
  await scope.selectOption({ label: 'All mentees' });
  await expect(calendarLanguage).toHaveValue('en');
  await scope.selectOption({ label: MENTEE });
  await expect(calendarLanguage).toHaveValue('de');
  await app.expectAccessible('calendar export with a language');
  await app.screenshot('calendar-language-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('calendar-language-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await calendar.getByRole('button', { name: 'Export .ics…' }).click();
  await expect(calendar.getByRole('status')).toContainText('Calendar written: 1 event.');
  const ics = readFileSync(join(dataDir, `Treffen-${MENTEE.replace(' ', '-')}-${localToday()}.ics`), 'utf8');
  expect(ics).toContain('X-WR-CALNAME:Mentoring-Treffen');
  expect(ics).toContain('Formelles Review mit Lena Brandt');
  expect(ics).not.toContain('Formal review');
});

test.describe('the dialogs in German', () => {
  test.use({ systemLocale: 'de' });

  test('Languages: the form and calendar dialogs offer the language in German, light and dark', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(120_000);
    const { page } = app;
    const bridge = app.bridge!;
    const menteeId = await seed(app);
    await page.goto(`${bridge.url}#/mentees/${menteeId}`);
    await page.getByRole('button', { name: 'Formular erstellen…' }).click();
    const make = page.getByRole('dialog', { name: 'Formular zum Ausfüllen erstellen' });
    await expect(make.getByLabel('Sprache des Dokuments')).toHaveValue('de');
    await app.screenshot('de-forms-language-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('de-forms-language-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await make.getByRole('button', { name: 'Abbrechen' }).click();

    bridge.emit({ type: 'command', command: 'export-calendar' });
    const calendar = page.getByRole('dialog', { name: 'Treffen als Kalenderdatei' });
    await expect(calendar.getByLabel('Sprache des Dokuments')).toHaveValue('de');
    await app.screenshot('de-calendar-language-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('de-calendar-language-dark');
  });
});
