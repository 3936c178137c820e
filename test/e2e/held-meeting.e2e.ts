import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { shortDate } from '../../src/main/features/documents/typeset';
import { presetPeriod } from '../../src/renderer/features/documents/period';
import type { PlanResult } from '../../src/shared/meetings/schema';
import { localToday, plusDays } from '../../src/shared/dates';
import { flatText } from '../core/documents/poppler';
import { expect, test } from './fixtures';
import { collectConsoleErrors, createVaultAndMentee, dialog, dismissToasts, tab, writeCharter } from './support/meetings';
import { dispatch } from './support/dispatch';

const MENTEE = 'Lena Okafor';
const TODAY = localToday();
const ACTION = 'Write up what the pilot taught us';
/** A six-week pilot that began two weeks ago: its review is planned four weeks from today. */
const RHYTHM = { pilotStart: plusDays(TODAY, -14), pilotWeeks: 6, formalEveryWeeks: 4, informalEveryWeeks: 2 };
const REVIEW_PLANNED = plusDays(TODAY, 28);

const rows = (page: Page) => page.getByRole('table', { name: 'Meetings of this mentee' }).locator('tbody tr');
const shownDate = (page: Page, d: string) => page.evaluate((v) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(`${v}T00:00:00`)), d);

test('a meeting planned weeks ahead and held today says today everywhere: page, list, carried actions, dashboard, report', async ({ app }) => {
  test.skip(!app.bridge, 'plans the rhythm and reads the report through the test bridge');
  test.setTimeout(150_000);
  const { page, dataDir } = app;
  const bridge = app.bridge!;
  const consoleErrors = collectConsoleErrors(page);

  await createVaultAndMentee(page, MENTEE);
  await writeCharter(page, RHYTHM);
  const mentee = (await dispatch<{ rows: { id: number; careerAims: { id: number }[] }[] }>(bridge, 'mentees.list', {})).rows[0]!;
  const planned = await dispatch<PlanResult>(bridge, 'meetings.plan', { menteeId: mentee.id, weeks: 12, time: '10:00' });
  const review = planned.created.find((m) => m.kind === 'pilot-review')!;
  expect(review.date).toBe(REVIEW_PLANNED);
  const laterRhythm = planned.created.filter((m) => m.date > REVIEW_PLANNED).length;
  expect(laterRhythm).toBeGreaterThan(0);
  const today = await shownDate(page, TODAY);
  const planDay = await shownDate(page, REVIEW_PLANNED);

  // The pilot review, planned four weeks ahead, is held today in the meeting mode.
  await tab(page, 'Meetings').click();
  await rows(page).filter({ hasText: 'Pilot review' }).click();
  await expect(page.getByRole('heading', { name: 'Pilot review', level: 1 })).toBeVisible();
  await expect(page.getByText(planDay, { exact: false }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Start the meeting mode' }).click();
  const mode = page.getByRole('dialog');
  await page.keyboard.press('Alt+KeyA');
  const capture = mode.getByRole('complementary', { name: 'Quick capture' });
  await capture.getByRole('textbox', { name: 'Action', exact: true }).pressSequentially(ACTION, { delay: 40 });
  await page.keyboard.press('Enter');
  await expect(capture.getByRole('region', { name: 'Action item' })).toContainText('1 so far');
  await mode.getByRole('button', { name: 'End meeting…' }).click();
  await mode.getByRole('region', { name: 'End the meeting' }).getByRole('button', { name: 'End meeting' }).click();
  await expect(mode.getByRole('heading', { name: 'Meeting summary', level: 1 })).toBeVisible();
  await mode.getByRole('button', { name: 'Close the meeting mode' }).click();

  // Its page: held today, with the plan beside it and the offer to move the rest of the rhythm.
  await expect(page.getByRole('heading', { name: 'Pilot review', level: 1 })).toBeVisible();
  await expect(page.locator('.page-header')).toContainText(today);
  await expect(page.locator('.page-header')).not.toContainText(planDay);
  const notice = page.getByRole('note', { name: 'Held far from its planned date' });
  await expect(notice).toContainText('28 days early');
  await expect(notice).toContainText(`planned for`);
  await expect(notice).toContainText(`Move the ${laterRhythm === 1 ? 'planned meeting' : `${laterRhythm} planned meetings`} of the rhythm after it 28 days earlier too?`);
  await app.expectAccessible('held meeting, far from its plan');
  await app.screenshot('held-far-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('held-far-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The meetings list: not under Upcoming; under Past, on today's date.
  await page.getByRole('link', { name: `← Meetings of ${MENTEE}` }).click();
  await expect(rows(page).first()).toBeVisible();
  await expect(rows(page).filter({ hasText: 'Pilot review' })).toHaveCount(0);
  await page.getByLabel('When').selectOption('past');
  await expect(rows(page).filter({ hasText: 'Pilot review' })).toContainText(today);
  await expect(rows(page).filter({ hasText: 'Pilot review' })).toContainText('Held');

  // The next meeting carries the action "from the meeting of" today.
  await page.getByLabel('When').selectOption('upcoming');
  await rows(page).first().click();
  const carried = page.getByRole('list', { name: 'Carried action items' });
  await expect(carried).toContainText(ACTION);
  await expect(carried).toContainText(`From the meeting of ${today}`);

  // Moving the rest of the rhythm, from the held meeting's page, with the keyboard.
  await page.getByRole('link', { name: `← Meetings of ${MENTEE}` }).click();
  await page.getByLabel('When').selectOption('past');
  await rows(page).filter({ hasText: 'Pilot review' }).click();
  await notice.getByRole('button', { name: 'Move the rest of the rhythm' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toContainText('The rest of the rhythm was moved 28 days earlier to follow it.');
  await expect(notice.getByRole('button', { name: 'Move the rest of the rhythm' })).toHaveCount(0);
  await dismissToasts(page);
  await app.screenshot('held-far-moved');

  // The dashboard: the review held today, in the period's figures and the pilot.
  await page.getByRole('link', { name: `← Meetings of ${MENTEE}` }).click();
  await tab(page, 'Dashboard').click();
  const figures = page.getByRole('list', { name: 'Figures of the period' });
  await expect(figures.locator('li').filter({ hasText: 'Meetings held' })).toContainText('1');
  await expect(page.getByRole('list', { name: 'Key figures' }).locator('li').filter({ hasText: 'Pilot' })).toContainText(`reviewed on ${today}`);
  await app.expectAccessible('dashboard with period figures');
  await app.screenshot('held-dashboard-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('held-dashboard-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The progress report for the last 90 days: the meeting held today, counted once.
  await page.getByRole('button', { name: 'Progress report…' }).click();
  const reportDialog = dialog(page, 'Progress report as PDF');
  await reportDialog.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(reportDialog.getByRole('status')).toContainText(/PDF saved/);
  const period = presetPeriod('last-90');
  const text = flatText(readFileSync(join(dataDir, `Progress report - ${MENTEE} - ${period.from} to ${period.to}.pdf`)));
  expect(text).toMatch(/1\s+Meetings held/);
  expect(text).toContain(`${shortDate(TODAY)}: Pilot review`);
  expect(text).not.toContain(shortDate(REVIEW_PLANNED));
  expect(text).toContain(ACTION);
  expect(consoleErrors).toEqual([]);
});
