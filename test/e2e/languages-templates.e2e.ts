import type { Locator, Page } from '@playwright/test';
import type { Bridge } from '../bridge/server';
import { expect, test } from './fixtures';
import { cutOff, shoot, unaccented } from './language-checks';
import { dispatch } from './support/dispatch';

const PASSPHRASE = 'tidal-orchard-lantern-42';

/** A vault with a second rubric beside the default. Rubric names and agenda item titles are the vault's data, not words of the app. */
async function seed(bridge: Bridge): Promise<string[]> {
  await dispatch(bridge, 'vault.create', { passphrase: PASSPHRASE, location: 'default' });
  await dispatch(bridge, 'templates.createRubric', { name: 'Light touch', dimensions: [{ name: 'Energy', descriptors: ['Low', 'High'] }] });
  const rubrics = await dispatch<{ name: string }[]>(bridge, 'templates.rubrics', {});
  const agendas = await dispatch<{ items: { title: string }[] }[]>(bridge, 'templates.agendas', {});
  return [...rubrics.map((r) => r.name), ...agendas.flatMap((a) => a.items.map((i) => i.title))];
}

async function openTemplates(page: Page, bridge: Bridge) {
  await page.reload();
  await expect(page.locator('.sidebar')).toBeVisible({ timeout: 20_000 });
  await page.goto(`${bridge.url}#/meetings/templates`);
  await expect(page.locator('.rubric-list li')).toHaveCount(2, { timeout: 20_000 });
}

async function untranslated(scope: Locator, data: string[]): Promise<string[]> {
  return (await unaccented(scope)).filter((text) => !data.some((value) => text.includes(value)));
}

test.describe('the templates page in the pseudo-locale', () => {
  test.use({ systemLocale: 'en-XA' });

  test('Languages: every word of the templates page and the rubric editor comes from the catalogue, and none is cut off', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    const { page } = app;
    const data = await seed(app.bridge!);
    await openTemplates(page, app.bridge!);
    const main = page.locator('main');
    expect(await untranslated(main, data)).toEqual([]);
    expect(await cutOff(main)).toEqual([]);
    await main.locator('.panel-actions button, .panel header button').first().click();
    await expect(main.locator('form.rubric-editor')).toBeVisible();
    expect(await untranslated(main, data)).toEqual([]);
    expect(await cutOff(main)).toEqual([]);
    await shoot(page, app, 'pseudo-templates');
  });
});

test.describe('the templates page in German', () => {
  test.use({ systemLocale: 'de' });

  test('Languages: the templates page in German, its rubric editor and the confirmation before a delete, light and dark', async ({ app }) => {
    test.skip(!app.bridge, 'seeds the vault through the test bridge');
    const { page } = app;
    await seed(app.bridge!);
    await openTemplates(page, app.bridge!);
    const main = page.locator('main');
    await expect(main.getByRole('heading', { name: 'Vorlagen für Tagesordnungen und Bewertungsraster', level: 1 })).toBeVisible();
    await expect(main.getByText('1 Dimension · verwendet in 0 Treffen')).toBeVisible();
    await shoot(page, app, 'de-templates');
    await main.getByRole('button', { name: 'Neues Raster' }).click();
    const editor = main.getByRole('form', { name: 'Neues Raster' });
    await expect(editor.getByLabel('Stufe 4 von 4: Beschreibung')).toBeVisible();
    expect(await cutOff(main)).toEqual([]);
    await shoot(page, app, 'de-templates-rubric-editor');
    await main.getByRole('button', { name: 'Light touch löschen' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm.getByRole('heading', { name: 'Raster „Light touch“ löschen?' })).toBeVisible();
    await expect(confirm).toContainText('Kein Treffen wurde damit bewertet.');
    await shoot(page, app, 'de-templates-delete');
    await confirm.getByRole('button', { name: 'Löschen' }).click();
    await expect(main.locator('.rubric-list li')).toHaveCount(1);
    await expect(page.getByText('Raster „Light touch“ gelöscht.')).toBeVisible();
  });
});
