import type { Locator, Page } from '@playwright/test';
import { RESTORE_CONFIRMATION } from '../../src/shared/backup/schema';
import type { Bridge } from '../bridge/server';
import { expect, test } from './fixtures';
import { cutOff, shoot, unaccented, unlockAgain } from './language-checks';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'amber-harbour-violin-63';
const MENTEE = 'Ada Lovelace';

/** A vault with one mentee whose charter is a draft: every export dialog has something to show. */
async function seed(bridge: Bridge) {
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  const ada = await dispatch<{ id: number }>(bridge, 'mentees.create', { name: MENTEE, status: 'active' });
  await dispatch(bridge, 'charter.create', { menteeId: ada.id });
  return ada.id;
}

/** Unaccented words once the mentee's name, the word typed to confirm a restore, file paths and Intl's dates are taken out: words that did not come from the catalogue. */
async function untranslated(page: Page, scope: Locator): Promise<string[]> {
  const data = [MENTEE, RESTORE_CONFIRMATION, ...(await page.locator('.export-result-path').allTextContents())].sort((a, b) => b.length - a.length);
  return (await unaccented(scope))
    .map((text) => data.reduce((rest, value) => rest.split(value).join(''), text).replace(/\d{1,2}:\d{2}(:\d{2})?\s?[AP]M/g, '').replace(/[A-Z][a-z]{2} \d{1,2}, \d{4}/g, ''))
    .filter((rest) => /[A-Za-z]/.test(rest));
}

/** Buttons of a dialog's action row that stick out of the dialog (a row too narrow for longer words must wrap). */
async function buttonsOutside(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((roots) =>
    roots.flatMap((root) => {
      const box = (root.closest('.dialog') ?? root).getBoundingClientRect();
      return Array.from(root.querySelectorAll('.dialog-actions button'))
        .filter((button) => {
          const own = button.getBoundingClientRect();
          return own.left < box.left - 1 || own.right > box.right + 1;
        })
        .map((button) => button.textContent!.trim());
    }),
  );
}

/** The buttons of the Backup & export page, in order: charter, report, back up, restore, JSON. */
const PAGE_BUTTON = { charter: 0, report: 1, backup: 2, restore: 3, json: 4 } as const;

/**
 * The Backup & export page and each export dialog in the states a mentor sees: the form,
 * its second warning or choice, and the note once a file is written. `check` runs on
 * each, then both colour schemes are shot.
 */
async function walk(page: Page, app: Parameters<typeof shoot>[1], bridge: Bridge, menteeId: number, prefix: string, check: (name: string, scope: Locator) => Promise<void>) {
  const shot = async (name: string, scope: Locator) => {
    await check(name, scope);
    expect(await buttonsOutside(scope), name).toEqual([]);
    await shoot(page, app, `${prefix}-${name}`);
  };
  await page.goto(`${bridge.url}#/exports`);
  const main = page.locator('.page');
  await expect(main.locator('.export-facts')).toBeVisible({ timeout: 20_000 });
  await shot('exports-page', main);

  const dialog = page.getByRole('dialog');
  const open = async (which: keyof typeof PAGE_BUTTON) => {
    await main.locator('.export-actions button').nth(PAGE_BUTTON[which]).click();
    await expect(dialog).toBeVisible();
  };
  const close = async () => {
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  };

  await open('charter');
  await dialog.locator('select').first().selectOption(String(menteeId));
  await expect(dialog.locator('select')).toHaveCount(4);
  await shot('charter-dialog', dialog);
  await dialog.locator('.dialog-actions .btn-primary').click();
  // The written note, not the progress meter (also a status), is what is read.
  await expect(dialog.locator('.export-result')).toBeVisible({ timeout: 30_000 });
  await shot('charter-saved', dialog);
  await close();

  await open('report');
  await dialog.locator('select').first().selectOption(String(menteeId));
  await shot('report-dialog', dialog);
  await close();

  await open('backup');
  await shot('backup-dialog', dialog);
  await dialog.locator('input[type="checkbox"]').check();
  await shot('backup-own-passphrase', dialog);
  await dialog.locator('input[type="checkbox"]').uncheck();
  await dialog.locator('.dialog-actions .btn-primary').click();
  await expect(dialog.locator('.export-result')).toBeVisible({ timeout: 30_000 });
  await shot('backup-written', dialog);
  await close();

  await open('restore');
  await dialog.locator('input[type="radio"]').nth(1).check();
  await shot('restore-replace', dialog);
  await close();

  await open('json');
  await dialog.locator('input[type="checkbox"]').first().check();
  await shot('json-confidential', dialog);
  await close();

  // The calendar file is a menu command (File › Export), over whatever screen is showing.
  bridge.emit({ type: 'command', command: 'export-calendar' });
  await expect(dialog).toBeVisible();
  await shot('calendar-dialog', dialog);
  await close();
}

test.describe('the export dialogs in the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('Languages: every word of the Backup & export page and its dialogs comes from the catalogue, and none is cut off', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const menteeId = await seed(app.bridge!);
    await unlockAgain(page);
    await walk(page, app, app.bridge!, menteeId, 'pseudo', async (name, scope) => {
      expect(await untranslated(page, scope), name).toEqual([]);
      expect(await cutOff(scope), name).toEqual([]);
    });
  });
});

test.describe('the export dialogs in German', () => {
  test.use({ systemLocale: 'de' });

  test('Languages: the Backup & export page and every export dialog in German, light and dark', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    test.setTimeout(180_000);
    const { page } = app;
    const menteeId = await seed(app.bridge!);
    await unlockAgain(page);
    const seen: Record<string, string> = {};
    await walk(page, app, app.bridge!, menteeId, 'de', async (name, scope) => {
      expect(await cutOff(scope), name).toEqual([]);
      seen[name] = (await scope.first().innerText()).replace(/\s+/g, ' ');
    });
    expect(seen['exports-page']).toContain('Automatische Sicherungen');
    expect(seen['charter-dialog']).toContain('Die Vereinbarung als PDF exportieren');
    expect(seen['charter-dialog']).toContain('Sprache des Dokuments');
    expect(seen['charter-saved']).toMatch(/PDF gespeichert: \d+ Seiten?, A4\./);
    expect(seen['report-dialog']).toContain('Letzte 90 Tage');
    expect(seen['backup-written']).toMatch(/Sicherung geschrieben und geprüft: [\d,.]+ (KB|MB), jede Seite zurückgelesen/);
    expect(seen['restore-replace']).toContain('Alles, was seit dieser Sicherung geschrieben wurde, wird ersetzt.');
    expect(seen['json-confidential']).toContain('Vertrauliches wird als Klartext geschrieben.');
    expect(seen['calendar-dialog']).toContain('Treffen als Kalenderdatei');
  });
});
