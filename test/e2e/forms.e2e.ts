import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { fillForm } from '../core/forms/harness';
import { expect, test } from './fixtures';
import { createVaultAndMentee, dialog } from './support/meetings';
import { dispatch } from './support/dispatch';

const MENTEE = 'Zoë Haddad';
const CANARY = 'FORM_E2E_CANARY';

/** Drops a file on the window the way a file manager does. */
async function dropFile(page: Page, bytes: Buffer, name: string) {
  await page.evaluate(
    ({ base64, name }) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: 'application/pdf' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { base64: bytes.toString('base64'), name },
  );
}

test('forms: make a self-assessment on the meeting page, import it from the open dialog after its preview; a feedback form dropped on the window', async ({ app }) => {
  test.skip(!app.bridge, 'answers the save and open dialogs and fills the PDF through the test bridge');
  test.setTimeout(150_000);
  const { page, dataDir } = app;
  const bridge = app.bridge!;
  await createVaultAndMentee(page, MENTEE);
  const menteeId = Number(/mentees\/(\d+)/.exec(page.url())?.[1]);
  const mentee = await dispatch<{ careerAims: { id: number }[] }>(bridge, 'mentees.get', { id: menteeId });
  const goal = await dispatch<{ id: number }>(bridge, 'goals.create', {
    menteeId,
    title: 'Lead design reviews',
    area: 'leadership',
    status: 'on-track',
    startDate: '2025-01-01',
    specific: { statement: 'Lead design reviews, measurably.' },
    measurable: { metric: 'Reviews led', unit: 'reviews', baseline: 0, target: 6 },
    attainable: { whyRealistic: 'Two teams ask for reviews.' },
    relevant: { careerAimId: mentee.careerAims[0]!.id },
    timeBound: { targetDate: '2099-06-30' },
  });
  const meeting = await dispatch<{ id: number }>(bridge, 'meetings.create', { menteeId, kind: 'formal-review', date: '2099-02-01', time: '09:00' });
  await dispatch(bridge, 'meetings.addAction', { meetingId: meeting.id, title: 'Draft the review checklist', owner: 'mentee', dueDate: null });

  // Make: from the meeting's page, keyboard only.
  await page.evaluate((id) => (location.hash = `#/meetings/${id}`), meeting.id);
  const makeButton = page.getByRole('button', { name: 'Make a form…' });
  await makeButton.focus();
  await page.keyboard.press('Enter');
  const make = dialog(page, 'Make a form to fill in');
  await expect(make.getByLabel('Form')).toHaveValue('self-assessment');
  await app.expectAccessible('make a form');
  const formPath = join(dataDir, 'self-assessment.pdf');
  bridge.platform.nextSavePath = formPath;
  await make.getByRole('button', { name: 'Save the form…' }).click();
  await expect(make.getByRole('status')).toContainText('Form saved');
  await make.getByRole('button', { name: 'Done' }).click();

  // Filled elsewhere, by another tool.
  fillForm(dataDir, formPath, { [`goal_${goal.id}_rating`]: '4', dimension_0_rating: '3', reflection: `${CANARY} Жёлтый`, wins: 'Shipped the review guide' }, 'returned');

  // Import: the open dialog, then the preview; nothing is written before "Record it".
  bridge.platform.nextOpenPath = join(dataDir, 'returned.pdf');
  await page.getByRole('button', { name: 'Import a returned form…' }).click();
  const importing = dialog(page, 'Import a returned form');
  await expect(importing.getByRole('table')).toContainText(`${CANARY} Жёлтый`);
  await expect(importing.getByRole('table')).toContainText('Shipped the review guide');
  const before = await dispatch<{ selfAssessment: unknown }>(bridge, 'meetings.get', { id: meeting.id });
  expect(before.selfAssessment).toBeNull();
  await app.expectAccessible('import preview');
  await app.screenshot('forms-preview-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('forms-preview-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await importing.getByRole('button', { name: 'Record it' }).click();
  await expect(importing.getByRole('status')).toContainText(/Recorded \d+ items? in the meeting/);
  await importing.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByLabel("Reflection (the mentee's words)")).toHaveValue(`${CANARY} Жёлтый`);
  // The mentee's own rubric level beside the mentor's, in words.
  const own = page.getByRole('table', { name: "The mentee's own levels, from their self-assessment" });
  await expect(own.getByRole('row', { name: /^Goals/ })).toContainText('3 of 4');
  await expect(own.getByRole('row', { name: /^Goals/ })).toContainText('Not scored yet');
  await own.scrollIntoViewIfNeeded();
  await app.screenshot('forms-self-assessed-levels-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('forms-self-assessed-levels-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The same file again: refused in words, nothing written.
  bridge.platform.nextOpenPath = join(dataDir, 'returned.pdf');
  await page.getByRole('button', { name: 'Import a returned form…' }).click();
  await expect(dialog(page, 'Import a returned form')).toContainText('already imported');
  await dialog(page, 'Import a returned form').getByRole('button', { name: 'Cancel' }).click();

  // A feedback form, made on the mentee's page, returned by dropping it on the window.
  await page.evaluate((id) => (location.hash = `#/mentees/${id}`), menteeId);
  await page.getByRole('button', { name: 'Make a form…' }).click();
  const make2 = dialog(page, 'Make a form to fill in');
  await expect(make2.getByLabel('Form')).toHaveValue('feedback');
  await app.expectAccessible('make a feedback form');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('forms-make-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await make2.getByLabel("The rater is the mentee's").selectOption('manager');
  await make2.getByLabel("Rater's name (optional)").pressSequentially('Ana Lima', { delay: 40 });
  const feedbackPath = join(dataDir, 'feedback.pdf');
  bridge.platform.nextSavePath = feedbackPath;
  await make2.getByRole('button', { name: 'Save the form…' }).click();
  await expect(make2.getByRole('status')).toContainText('Form saved');
  await make2.getByRole('button', { name: 'Done' }).click();
  const returned = fillForm(dataDir, feedbackPath, { strengths: `${CANARY} clear reviews` }, 'feedback-returned');
  await dropFile(page, returned, 'feedback-returned.pdf');
  const dropped = dialog(page, 'Import a returned form');
  await expect(dropped.getByRole('table')).toContainText('Ana Lima');
  await expect(dropped.getByRole('table')).toContainText(`${CANARY} clear reviews`);
  await app.screenshot('forms-dropped-light');
  await dropped.getByRole('button', { name: 'Record it' }).click();
  await expect(dropped.getByRole('status')).toContainText('Recorded 1 item');
  expect(readFileSync(feedbackPath).length).toBeGreaterThan(0);
});

test('forms: the charter draft goes out for comments from the charter tab; the returned comments, dropped on the window, list by section and are ticked off', async ({ app }) => {
  test.skip(!app.bridge, 'answers the save dialog and fills the PDF through the test bridge');
  test.setTimeout(150_000);
  const { page, dataDir } = app;
  const bridge = app.bridge!;
  await createVaultAndMentee(page, MENTEE);
  const menteeId = Number(/mentees\/(\d+)/.exec(page.url())?.[1]);
  await dispatch(bridge, 'charter.create', { menteeId });

  await page.evaluate((id) => (location.hash = `#/mentees/${id}/charter`), menteeId);
  const panel = page.getByRole('region', { name: "The mentee's comments" });
  await expect(panel).toContainText('No comments returned yet.');
  const formPath = join(dataDir, 'charter-comments.pdf');
  bridge.platform.nextSavePath = formPath;
  const ask = panel.getByRole('button', { name: "Ask for the mentee's comments…" });
  await ask.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Comments form saved; send it to the mentee.')).toBeVisible();

  const returned = fillForm(dataDir, formPath, { section_purpose_comment: `${CANARY} a clearer purpose`, section_general_comment: 'Fine otherwise' }, 'charter-returned');
  await dropFile(page, returned, 'charter-returned.pdf');
  const dropped = dialog(page, 'Import a returned form');
  await expect(dropped.getByRole('table')).toContainText(`${CANARY} a clearer purpose`);
  await expect(dropped.getByRole('table')).toContainText('The charter as a whole');
  await dropped.getByRole('button', { name: 'Record it' }).click();
  await expect(dropped.getByRole('status')).toContainText('Recorded 2 items');
  await dropped.getByRole('button', { name: 'Done' }).click();

  await expect(panel).toContainText('Purpose');
  await expect(panel).toContainText(`${CANARY} a clearer purpose`);
  const resolved = panel.getByRole('checkbox', { name: 'Resolved' }).first();
  await resolved.focus();
  await page.keyboard.press('Space');
  await expect(panel.getByRole('checkbox', { name: /^Resolved on / })).toBeChecked();
  await app.expectAccessible('charter comments');
  await panel.scrollIntoViewIfNeeded();
  await app.screenshot('forms-charter-comments-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('forms-charter-comments-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  const comments = await dispatch<{ resolvedOn: string | null }[]>(bridge, 'charter.comments', { menteeId });
  expect(comments.filter((c) => c.resolvedOn !== null)).toHaveLength(1);
});

test('forms: File › Import Form… and a form dropped on any page open the preview, the mentee taken from the form', async ({ app }) => {
  test.skip(!app.bridge, 'answers the open dialog and sends the menu command through the test bridge');
  test.setTimeout(150_000);
  const { page, dataDir } = app;
  const bridge = app.bridge!;
  await createVaultAndMentee(page, MENTEE);
  const menteeId = Number(/mentees\/(\d+)/.exec(page.url())?.[1]);
  const make = async (name: string) => {
    bridge.platform.nextSavePath = join(dataDir, `${name}.pdf`);
    await dispatch(bridge, 'forms.make', { kind: 'check-in', menteeId });
    return fillForm(dataDir, join(dataDir, `${name}.pdf`), { attempted: `${CANARY} ${name}` }, `${name}-returned`);
  };
  await make('menu');
  const dropped = await make('dropped');

  // The menu command, on the settings page: no mentee on screen.
  await page.evaluate(() => (location.hash = '#/settings'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  bridge.platform.nextOpenPath = join(dataDir, 'menu-returned.pdf');
  bridge.emit({ type: 'command', command: 'import-form' });
  const fromMenu = dialog(page, 'Import a returned form');
  await expect(fromMenu.getByRole('table')).toContainText(`${CANARY} menu`);
  await expect(fromMenu).toContainText(`Progress check-in for ${MENTEE}`);
  await fromMenu.getByRole('button', { name: 'Record it' }).click();
  await expect(fromMenu.getByRole('status')).toContainText('Recorded 1 item');
  await fromMenu.getByRole('button', { name: 'Done' }).click();

  // Dropped on the search page.
  await page.evaluate(() => (location.hash = '#/search'));
  await dropFile(page, dropped, 'dropped-returned.pdf');
  const fromDrop = dialog(page, 'Import a returned form');
  await expect(fromDrop.getByRole('table')).toContainText(`${CANARY} dropped`);
  await app.expectAccessible('import preview from a drop on the search page');
  await fromDrop.getByRole('button', { name: 'Cancel' }).click();
  // Recorded once, from the menu; the cancelled drop wrote nothing.
  const reports = JSON.stringify(await dispatch(bridge, 'progressReports.list', { menteeId }));
  expect(reports).toContain(`${CANARY} menu`);
  expect(reports).not.toContain(`${CANARY} dropped`);
});
