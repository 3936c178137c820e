import type { Bridge } from '../bridge/server';
import { localToday, plusDays } from '../../src/shared/dates';
import { expect, test } from './fixtures';
import { addGoalWithAchievedMajorMilestone, collectConsoleErrors, createVaultAndMentee } from './support/meetings';

const TODAY = localToday();
const GOAL = 'Lead cross-team design reviews';

async function dispatch(bridge: Bridge, method: string, input: unknown) {
  return bridge.dispatch(method, input);
}

test('deleting a goal or a note goes through the one confirm dialog: typed title, Enter, Cancel, by keyboard', async ({ app }) => {
  test.skip(!app.bridge, 'creates the note and reads what was deleted through the test bridge');
  test.setTimeout(150_000);
  const { page } = app;
  const bridge = app.bridge!;
  const consoleErrors = collectConsoleErrors(page);
  await createVaultAndMentee(page, 'Priya Raman');
  const menteeId = Number(/mentees\/(\d+)/.exec(page.url())?.[1]);
  await addGoalWithAchievedMajorMilestone(page, {
    title: GOAL,
    startDate: plusDays(TODAY, -30),
    targetDate: plusDays(TODAY, 90),
    milestone: { title: 'First review led', dueDate: plusDays(TODAY, -1), evidence: 'Review notes.' },
  });

  // The goal: Delete for good waits for the exact title; Enter in the field confirms.
  // The goal's own Delete…, beside Edit goal (the mentee's is in the page header).
  await page.getByRole('button', { name: 'Delete…', exact: true }).last().click();
  const goalDialog = page.getByRole('dialog', { name: 'Delete this goal?' });
  const confirmGoal = goalDialog.getByRole('button', { name: 'Delete for good' });
  const title = goalDialog.getByLabel('Goal title');
  await expect(title).toBeFocused();
  await title.pressSequentially('Lead cross-team', { delay: 40 });
  await expect(confirmGoal).toBeDisabled();
  await title.pressSequentially(' design reviews', { delay: 40 });
  await expect(confirmGoal).toBeEnabled();
  await app.expectAccessible('delete goal dialog');
  await app.screenshot('confirm-delete-goal-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('confirm-delete-goal-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Enter');
  await expect(goalDialog).toBeHidden();
  const goals = await dispatch(bridge, 'goals.list', { menteeId, limit: 50 });
  expect(goals.ok && (goals.value as { rows: unknown[] }).rows).toEqual([]);

  // A note: Cancel keeps it; then Tab to Delete note and Enter deletes it for good.
  const created = await dispatch(bridge, 'notes.create', { menteeId, title: 'Rehearsal plan', body: 'Rehearse the pilot review twice.', tags: [] });
  const noteId = created.ok ? (created.value as { id: number }).id : 0;
  await page.goto(`${bridge.url}#/notes/${noteId}`);
  await page.getByRole('button', { name: 'Delete…', exact: true }).click();
  const noteDialog = page.getByRole('dialog', { name: 'Delete this note?' });
  await noteDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(noteDialog).toBeHidden();
  expect((await dispatch(bridge, 'notes.get', { id: noteId })).ok).toBe(true);
  await page.getByRole('button', { name: 'Delete…', exact: true }).click();
  await expect(noteDialog).toBeVisible();
  await app.expectAccessible('delete note dialog');
  const deleteNote = noteDialog.getByRole('button', { name: 'Delete note' });
  for (let i = 0; i < 6 && !(await deleteNote.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(deleteNote).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(noteDialog).toBeHidden();
  const gone = await dispatch(bridge, 'notes.get', { id: noteId });
  expect(gone.ok ? 'found' : gone.error.code).toBe('NOT_FOUND');
  expect(consoleErrors).toEqual([]);
});
