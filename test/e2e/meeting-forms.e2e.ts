import type { Bridge } from '../bridge/server';
import { expect, test } from './fixtures';
import { collectConsoleErrors, createVaultAndMentee, dismissToasts } from './support/meetings';

async function dispatch<T>(bridge: Bridge, method: string, input: unknown): Promise<T> {
  const result = await bridge.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const typing = { delay: 40 };

test('templates: the agenda and rubric editors check with the shared schemas, say what is wrong beside the field, and keep what was typed', async ({ app }) => {
  test.skip(!app.bridge, 'opens the templates page and reads what was saved through the test bridge');
  test.setTimeout(120_000);
  const { page } = app;
  const bridge = app.bridge!;
  const consoleErrors = collectConsoleErrors(page);
  await createVaultAndMentee(page, 'Priya Raman');
  await page.goto(`${bridge.url}#/meetings/templates`);
  await expect(page.getByRole('heading', { name: 'Agenda and rubric templates', level: 1 })).toBeVisible();

  // The agenda template: an emptied title and zero minutes are refused beside their fields, and the title takes focus.
  const agenda = page.getByRole('region', { name: 'Agenda templates' });
  const title1 = agenda.getByLabel('Item 1', { exact: true });
  const minutes1 = agenda.getByLabel('Minutes for item 1');
  await title1.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await minutes1.click();
  await page.keyboard.press('Control+A');
  await minutes1.pressSequentially('0', typing);
  await agenda.getByRole('button', { name: 'Save template' }).click();
  await expect(agenda.getByText('Title is required')).toBeVisible();
  await expect(agenda.getByText('An item lasts 1 to 240 minutes')).toBeVisible();
  await expect(title1).toBeFocused();
  await expect(title1).toHaveAttribute('aria-invalid', 'true');
  await title1.pressSequentially('Welcome and check-in', typing);
  await minutes1.click();
  await page.keyboard.press('Control+A');
  await minutes1.pressSequentially('5', typing);

  // An added item takes focus; its Up button moves it and keeps the focus, so a second press moves it again.
  await agenda.getByRole('button', { name: 'Add an item' }).click();
  const added = agenda.getByLabel('Item 7', { exact: true });
  await expect(added).toBeFocused();
  await page.keyboard.type('Pilot retrospective', typing);
  await agenda.getByRole('button', { name: 'Move "Pilot retrospective" up' }).click();
  await expect(agenda.getByRole('button', { name: 'Move "Pilot retrospective" up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(agenda.getByRole('button', { name: 'Move "Pilot retrospective" up' })).toBeFocused();
  await expect(agenda.getByLabel('Item 5', { exact: true })).toHaveValue('Pilot retrospective');
  await expect(agenda.getByText('7 items,')).toBeVisible();
  await app.expectAccessible('agenda template editor');
  await agenda.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Agenda template saved.')).toBeVisible();
  await dismissToasts(page);
  const templates = await dispatch<{ kind: string; items: { title: string; minutes: number }[] }[]>(bridge, 'agendaTemplates.list', {});
  const formal = templates.find((t) => t.kind === 'formal-review')!;
  expect(formal.items.map((i) => i.title)[0]).toBe('Welcome and check-in');
  expect(formal.items[0]!.minutes).toBe(5);
  expect(formal.items.map((i) => i.title)[4]).toBe('Pilot retrospective');
  expect(formal.items).toHaveLength(7);

  // A new rubric: saved empty, each missing part is named beside its field; a level added at the top; saved whole.
  await page.getByRole('button', { name: 'New rubric' }).click();
  const rubric = page.getByRole('form', { name: 'New rubric' });
  await rubric.getByRole('button', { name: 'Save rubric' }).click();
  await expect(rubric.getByText('Name is required')).toBeVisible();
  await expect(rubric.getByText('Dimension is required')).toBeVisible();
  await expect(rubric.getByText('Describe every level')).toHaveCount(4);
  await expect(rubric.getByLabel('Rubric name')).toBeFocused();
  await page.keyboard.type('Pilot leadership', typing);
  await rubric.getByLabel('Dimension 1 name').pressSequentially('Running the review', typing);
  const levels = ['Needs the mentor to run it', 'Runs it with help', 'Runs it alone', 'Coaches others to run it'];
  for (const [i, text] of levels.entries()) await rubric.getByLabel(`Level ${i + 1} of 4: descriptor`).pressSequentially(text, typing);
  await rubric.getByRole('button', { name: 'Add a level' }).click();
  await rubric.getByLabel('Level 5 of 5: descriptor').pressSequentially('Sets the standard for the guild', typing);
  await expect(rubric.getByLabel('Level 1 of 5: descriptor')).toHaveValue(levels[0]!);
  await expect(rubric.getByText('Describe every level')).toHaveCount(0);
  await app.expectAccessible('rubric editor');
  await app.screenshot('templates-forms-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('templates-forms-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await rubric.getByRole('button', { name: 'Save rubric' }).click();
  await expect(rubric).toBeHidden();
  await dismissToasts(page);
  await expect(page.getByRole('region', { name: 'Feedback rubrics' })).toContainText('Pilot leadership');
  const rubrics = await dispatch<{ name: string; dimensions: { name: string; descriptors: string[] }[] }[]>(bridge, 'rubrics.list', {});
  const saved = rubrics.find((r) => r.name === 'Pilot leadership')!;
  expect(saved.dimensions).toEqual([expect.objectContaining({ name: 'Running the review', descriptors: [...levels, 'Sets the standard for the guild'] })]);
  expect(consoleErrors).toEqual([]);
});
