import type { Page } from '@playwright/test';
import { localToday, plusDays } from '../../src/shared/dates';
import { expect, test } from './fixtures';
import { addGoalWithAchievedMajorMilestone, collectConsoleErrors, createVaultAndMentee, dialog, dismissToasts, tab, typeDate, writeCharter } from './support/meetings';

const MENTEE = 'Priya Raman';
const GOAL = 'Lead cross-team design reviews';
const MILESTONE = 'Three reviews in a quarter';
const TODAY = localToday();
const GOAL_TARGET = plusDays(TODAY, 120);
const NEW_TARGET = plusDays(TODAY, 150);

/**
 * The rhythm: a 6-week pilot that began 50 days ago (its review fell 8 days ago, before
 * the planning window), a formal review every 2 weeks after it (days +6 and +20) and a
 * touchpoint every week from the pilot's start (days -50 + 7k: +6 and +20 fall on the
 * reviews and are left out, +13 and +27 stay). Four weeks ahead: four meetings.
 */
const RHYTHM = { pilotStart: plusDays(TODAY, -50), pilotWeeks: 6, formalEveryWeeks: 2, informalEveryWeeks: 1 };
const PLANNED = ['Formal review', 'Informal touchpoint', 'Formal review', 'Informal touchpoint'];

const NOTES_ON_ACTIONS = 'Nothing carried: this is the first review after the pilot.';
const REFLECTION = 'I led two reviews alone; the second went faster because I pre-wired the sceptics.';
const WIN = 'Both teams adopted the review checklist Priya wrote';
const RUBRIC_COMMENTS = ['Milestone evidence is signed off by both leads', 'Reviews now start from a written proposal'] as const;
const DECISIONS = [
  { decision: 'Priya chairs the guild review rota', rationale: 'She asked for it and the rota lacks a chair.' },
  { decision: 'Drop the weekly status write-up', rationale: 'The fortnightly update covers it.' },
];
const ACTIONS = [
  { title: 'Draft the rota for next quarter', owner: 'Mentee', due: plusDays(TODAY, 10) },
  { title: 'Introduce Priya to the platform lead', owner: 'Mentor', due: plusDays(TODAY, 7) },
  { title: 'Collect peer feedback on the last review', owner: 'Mentee', due: null },
];
const TIMELINE_REASON = 'The payments freeze moves two of the reviews into next quarter.';

const rows = (page: Page, table: string) => page.getByRole('table', { name: table }).locator('tbody tr');
/** "1:23 / 1:00:00" → 83: the first clock of a timer. */
const seconds = (text: string) => text.split('/')[0]!.trim().split(':').reduce((n, part) => n * 60 + Number(part), 0);
/** Keys only: in the meeting mode nothing is clicked. */
const press = (page: Page, ...keys: string[]) => keys.reduce((p, k) => p.then(() => page.keyboard.press(k)), Promise.resolve());

test('meetings: the charter’s rhythm plans them, a formal review runs by keyboard alone through a reload, the next meeting carries its actions', async ({ app }) => {
  test.setTimeout(150_000);
  const { page } = app;
  const consoleErrors = collectConsoleErrors(page);

  await createVaultAndMentee(page, MENTEE);
  await writeCharter(page, RHYTHM);
  await addGoalWithAchievedMajorMilestone(page, {
    title: GOAL,
    startDate: plusDays(TODAY, -60),
    targetDate: GOAL_TARGET,
    milestone: { title: MILESTONE, dueDate: plusDays(TODAY, -1), evidence: 'Review log shows three led reviews.' },
  });

  // The achieved major milestone proposes a formal review (nothing is planned yet to look back at it).
  await tab(page, 'Meetings').click();
  const proposals = page.getByRole('region', { name: 'Proposed formal reviews' });
  await expect(proposals).toContainText(`${MILESTONE} (${GOAL})`);
  await expect(proposals.getByRole('button', { name: 'Plan review…' })).toBeVisible();
  await expect(page.getByText('No meetings here')).toBeVisible();
  await app.expectAccessible('mentee meetings, empty');
  await app.screenshot('meetings-proposal');

  // The charter's rhythm generates the coming four weeks.
  await page.getByRole('button', { name: 'Plan from the charter…' }).first().click();
  const plan = dialog(page, 'Plan meetings from the charter');
  await plan.getByLabel('Weeks ahead').fill('4');
  await plan.getByRole('button', { name: 'Plan meetings' }).click();
  await expect(plan).toBeHidden();
  await expect(page.getByText(`${PLANNED.length} meetings planned from charter version 1.`)).toBeVisible();
  await expect(rows(page, 'Meetings of this mentee')).toHaveCount(PLANNED.length);
  for (const [i, kind] of PLANNED.entries()) await expect(rows(page, 'Meetings of this mentee').nth(i)).toContainText(kind);
  // The first planned review follows the milestone, so it is no longer proposed.
  await expect(proposals).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export .ics…' })).toBeVisible();
  await dismissToasts(page);
  await app.expectAccessible('mentee meetings, planned');
  await app.screenshot('meetings-planned');

  // Schedules tighten: the first touchpoint becomes a short focused session, with the reason in the decision log.
  await rows(page, 'Meetings of this mentee').nth(1).click();
  await expect(page.getByRole('heading', { name: 'Informal touchpoint', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Convert…' }).click();
  const convert = dialog(page, 'Turn into a shorter format');
  await convert.getByLabel('New format').selectOption({ label: 'Short focused session' });
  await convert.getByLabel('Why (kept in the decision log)').fill('Release week: thirty minutes on the rota only.');
  await convert.getByRole('button', { name: 'Convert' }).click();
  await expect(convert).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Short focused session', level: 1 })).toBeVisible();
  await expect(page.getByText(/· was an informal touchpoint$/)).toBeVisible();
  await page.getByRole('link', { name: `← Meetings of ${MENTEE}` }).click();
  await expect(rows(page, 'Meetings of this mentee').nth(1)).toContainText('Short focused session (was informal touchpoint)');
  await tab(page, 'Records').click();
  await expect(rows(page, 'Decisions').filter({ hasText: 'becomes a short focused session' })).toContainText('Release week: thirty minutes on the rota only.');

  // The first formal review, prepared on its page, then run in the meeting mode.
  await tab(page, 'Meetings').click();
  await rows(page, 'Meetings of this mentee').nth(0).click();
  await expect(page.getByRole('heading', { name: 'Formal review', level: 1 })).toBeVisible();
  await expect(page.getByText('From the charter\'s rhythm', { exact: false })).toBeVisible();
  await app.expectAccessible('meeting page');
  await page.getByRole('link', { name: 'Start the meeting mode' }).click();
  await runReview(app, page);

  // The next meeting (the focused session) carries the open actions on its agenda.
  await page.getByRole('link', { name: `← Meetings of ${MENTEE}` }).click();
  await page.getByLabel('When').selectOption('all');
  await expect(rows(page, 'Meetings of this mentee').filter({ hasText: 'Formal review' }).first()).toContainText('Held');
  await rows(page, 'Meetings of this mentee').filter({ hasText: 'Short focused session' }).click();
  await expect(page.getByRole('heading', { name: 'Short focused session', level: 1 })).toBeVisible();
  const carried = page.getByRole('list', { name: 'Carried action items' });
  await expect(carried.locator('li')).toHaveCount(ACTIONS.length);
  for (const a of ACTIONS) await expect(carried).toContainText(a.title);
  await expect(page.getByText(`Pulled in automatically when the meeting starts: ${ACTIONS.length} open action items`)).toBeVisible();
  await app.expectAccessible('next meeting');
  await app.screenshot('meetings-next-meeting');

  // The decision log holds what the review decided, and the recalibration with its reason.
  await page.getByRole('link', { name: `← Meetings of ${MENTEE}` }).click();
  await tab(page, 'Records').click();
  for (const d of DECISIONS) await expect(rows(page, 'Decisions').filter({ hasText: d.decision })).toContainText(d.rationale);
  await expect(rows(page, 'Decisions').filter({ hasText: `Recalibrate "${GOAL}"` })).toContainText(TIMELINE_REASON);
  expect(consoleErrors).toEqual([]);
});

/** The review, from the first agenda item to the summary, with the keyboard alone; reloaded halfway. */
async function runReview(app: { screenshot(n: string): Promise<void>; expectAccessible(l: string): Promise<void> }, page: Page) {
  const mode = page.getByRole('dialog');
  const item = (title: string) => mode.getByRole('heading', { name: title, level: 2 });
  const capture = mode.getByRole('complementary', { name: 'Quick capture' });

  // 1. Review action items: Alt+T takes notes.
  await expect(item('Review action items')).toBeFocused();
  await expect(mode.getByText('Item 1 of 6')).toBeVisible();
  await page.keyboard.press('Alt+KeyT');
  await expect(mode.getByLabel('Notes on "Review action items"')).toBeFocused();
  await page.keyboard.type(NOTES_ON_ACTIONS);
  await app.expectAccessible('meeting mode');
  await app.screenshot('meetings-mode-1-actions');

  // 2. Self-assessment: Alt+→ moves on (from inside the notes); Tab to the rating, 4, the reflection.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(item('Self-assessment')).toBeFocused();
  await page.keyboard.press('Tab');
  const rating = mode.getByLabel(`Rating: ${GOAL}`);
  await expect(rating).toBeFocused();
  await page.keyboard.press('4');
  await expect(rating).toHaveValue('4');
  await page.keyboard.press('Tab');
  await expect(mode.getByLabel("Reflection (the mentee's words)")).toBeFocused();
  await page.keyboard.type(REFLECTION);
  await app.screenshot('meetings-mode-2-self-assessment');

  // 3. Goals and milestones: the chart and the achieved milestone; Alt+W captures a win, Enter adds it.
  await page.keyboard.press('Alt+KeyN');
  await expect(item('Goals and milestones')).toBeFocused();
  await expect(mode.getByRole('list', { name: `Milestones of ${GOAL}` })).toContainText(`Major · ${MILESTONE}: done`);
  await page.keyboard.press('Alt+KeyW');
  await expect(capture.getByRole('textbox', { name: 'Win', exact: true })).toBeFocused();
  await page.keyboard.type(WIN);
  await page.keyboard.press('Enter');
  await expect(capture.getByRole('region', { name: 'Win' })).toContainText('1 so far');
  await expect(capture.getByRole('textbox', { name: 'Win', exact: true })).toHaveValue('');
  // A decision begun and left half done (Alt+D from inside the win box).
  await page.keyboard.press('Alt+KeyD');
  await expect(capture.getByRole('textbox', { name: 'Decision', exact: true })).toBeFocused();
  await page.keyboard.type(DECISIONS[0]!.decision);
  await app.screenshot('meetings-mode-3-goals');

  // 4. Feedback rubric: Tab into each dimension's levels, Space and arrows choose, Tab to the comment.
  await page.keyboard.press('Alt+KeyN');
  await expect(item('Feedback rubric')).toBeFocused();
  const dimensions = mode.locator('.rubric-dimension');
  await expect(dimensions).toHaveCount(4);
  await press(page, 'Tab', 'Space', 'ArrowRight', 'ArrowRight');
  await expect(dimensions.nth(0).getByRole('radio').nth(2)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dimensions.nth(0).getByRole('textbox')).toBeFocused();
  await page.keyboard.type(RUBRIC_COMMENTS[0]);
  await press(page, 'Tab', 'Space', 'ArrowRight');
  await expect(dimensions.nth(1).getByRole('radio').nth(1)).toBeChecked();
  await app.screenshot('meetings-mode-4-rubric');
  await page.keyboard.press('Tab');
  await page.keyboard.type(RUBRIC_COMMENTS[1]);
  const meetingClock = mode.getByRole('timer', { name: /^Meeting:/ }).locator('.timer-value');
  const before = seconds(await meetingClock.innerText());

  // Reloaded mid-meeting, right after the last keystroke: the mode resumes at the same item with everything typed.
  await page.reload();
  await expect(item('Feedback rubric')).toBeVisible();
  await expect(dimensions.nth(0).getByRole('radio').nth(2)).toBeChecked();
  await expect(dimensions.nth(0).getByRole('textbox')).toHaveValue(RUBRIC_COMMENTS[0]);
  await expect(dimensions.nth(1).getByRole('radio').nth(1)).toBeChecked();
  await expect(dimensions.nth(1).getByRole('textbox')).toHaveValue(RUBRIC_COMMENTS[1]);
  await expect(capture.getByRole('textbox', { name: 'Decision', exact: true })).toHaveValue(DECISIONS[0]!.decision);
  await expect(capture.getByRole('region', { name: 'Win' })).toContainText('1 so far');
  await expect(item('Feedback rubric')).toBeFocused();
  // The meeting's clock goes on from where it was, not from the last periodic save.
  expect(seconds(await meetingClock.innerText())).toBeGreaterThanOrEqual(before);
  await app.screenshot('meetings-mode-5-after-reload');
  await press(page, 'Alt+KeyP', 'Alt+KeyP');
  await expect(item('Self-assessment')).toBeFocused();
  await expect(mode.getByLabel(`Rating: ${GOAL}`)).toHaveValue('4');
  await expect(mode.getByLabel("Reflection (the mentee's words)")).toHaveValue(REFLECTION);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(mode.getByLabel('Notes on "Review action items"')).toHaveValue(NOTES_ON_ACTIONS);

  // Two decisions (Enter goes from the decision to its reason, Enter adds it).
  await page.keyboard.press('Alt+KeyD');
  await expect(capture.getByRole('textbox', { name: 'Decision', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(capture.getByRole('textbox', { name: 'Why (rationale)' })).toBeFocused();
  await page.keyboard.type(DECISIONS[0]!.rationale);
  await page.keyboard.press('Enter');
  await expect(capture.getByRole('region', { name: 'Decision' })).toContainText('1 so far');
  await expect(capture.getByRole('textbox', { name: 'Decision', exact: true })).toBeFocused();
  await page.keyboard.type(DECISIONS[1]!.decision);
  await page.keyboard.press('Enter');
  await page.keyboard.type(DECISIONS[1]!.rationale);
  await page.keyboard.press('Enter');
  await expect(capture.getByRole('region', { name: 'Decision' })).toContainText('2 so far');

  // Three action items: Alt+A, the title, Tab to the owner (arrows), Tab to the due date, Enter.
  await page.keyboard.press('Alt+KeyA');
  const owner = capture.getByLabel('Owner');
  for (const [i, a] of ACTIONS.entries()) {
    await expect(capture.getByRole('textbox', { name: 'Action', exact: true })).toBeFocused();
    await page.keyboard.type(a.title);
    await page.keyboard.press('Tab');
    await expect(owner).toBeFocused();
    if ((await owner.inputValue()) !== a.owner.toLowerCase()) await page.keyboard.press(a.owner === 'Mentor' ? 'ArrowUp' : 'ArrowDown');
    await expect(owner).toHaveValue(a.owner.toLowerCase());
    await page.keyboard.press('Tab');
    if (a.due) await typeDate(page, a.due);
    await page.keyboard.press('Enter');
    await expect(capture.getByRole('region', { name: 'Action item' })).toContainText(`${i + 1} so far`);
  }

  // On through the agenda: the wins item shows the win, the next steps everything agreed.
  await page.keyboard.press('Alt+KeyN');
  await expect(item('Self-assessment')).toBeFocused();
  await press(page, 'Alt+KeyN', 'Alt+KeyN', 'Alt+KeyN');
  await expect(item('Wins to celebrate')).toBeFocused();
  await expect(mode.locator('.mode-item')).toContainText(WIN);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(item('Next steps')).toBeFocused();
  const agreed = mode.getByRole('list', { name: 'Action items of this meeting' });
  await expect(agreed.locator('li')).toHaveCount(ACTIONS.length);
  for (const d of DECISIONS) await expect(mode.locator('.mode-item')).toContainText(d.decision);
  await app.screenshot('meetings-mode-6-next-steps');

  // Alt+E ends: the summary, then a timeline adjustment with its reason, then End meeting.
  await page.keyboard.press('Alt+KeyE');
  const end = mode.getByRole('region', { name: 'End the meeting' });
  await expect(end.getByRole('heading', { name: 'End the meeting', level: 2 })).toBeFocused();
  const adjust = end.getByLabel(`Adjust the timeline of "${GOAL}"`, { exact: false });
  await page.keyboard.press('Tab');
  await expect(adjust).toBeFocused();
  await page.keyboard.press('Space');
  await expect(adjust).toBeChecked();
  await page.keyboard.press('Tab');
  const newDate = end.getByLabel(`New target date for ${GOAL}`);
  await expect(newDate).toBeFocused();
  await expect(newDate).toHaveValue(GOAL_TARGET);
  // A date field: typed part by part, in the order the system shows them.
  await typeDate(page, NEW_TARGET);
  // Past the date field's own calendar button, the next Tab stop after its last part.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type(TIMELINE_REASON);
  await app.expectAccessible('meeting mode, end');
  await app.screenshot('meetings-mode-7-end');
  await page.keyboard.press('Tab');
  await expect(end.getByRole('button', { name: 'End meeting' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The summary: every capture, the carry-forward to the next meeting, the recalibration.
  const summary = mode.getByRole('region', { name: 'Summary' });
  await expect(mode.getByRole('heading', { name: 'Meeting summary', level: 1 })).toBeVisible();
  await expect(summary.getByRole('region', { name: 'Decisions' })).toContainText(DECISIONS[1]!.decision);
  await expect(summary.getByRole('region', { name: 'Decisions' }).locator('li')).toHaveCount(3);
  await expect(summary.getByRole('region', { name: 'Action items' }).locator('li')).toHaveCount(ACTIONS.length);
  await expect(summary.getByRole('region', { name: 'Action items' })).toContainText(`${ACTIONS.length} open actions are carried forward to the meeting of`);
  await expect(summary.getByRole('region', { name: 'Wins' })).toContainText(WIN);
  await expect(summary.getByRole('region', { name: 'Rubric scores' }).locator('li')).toHaveCount(2);
  for (const c of RUBRIC_COMMENTS) await expect(summary.getByRole('region', { name: 'Rubric scores' })).toContainText(c);
  // Dates in the mentor's words, as the page's own locale writes them.
  const shownDate = (d: string) => page.evaluate((v) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(`${v}T00:00:00`)), d);
  await expect(summary.getByRole('region', { name: 'Recalibrations' })).toContainText(
    `${GOAL}: target date ${await shownDate(GOAL_TARGET)} → ${await shownDate(NEW_TARGET)} — ${TIMELINE_REASON}`,
  );
  await expect(summary.getByRole('region', { name: 'Self-assessment' })).toContainText(REFLECTION);
  await expect(summary.getByRole('region', { name: 'Typed but not added' })).toHaveCount(0);
  await app.expectAccessible('meeting summary');
  await app.screenshot('meetings-mode-8-summary');
  await page.keyboard.press('Tab');
  await expect(mode.getByRole('button', { name: 'Close the meeting mode' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mode).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Formal review', level: 1 })).toBeVisible();
  // The self-assessment typed in the mode is the meeting's record (the summary lists captures, not it).
  const selfAssessment = page.getByRole('form', { name: 'Self-assessment' });
  await expect(selfAssessment.getByLabel(`Rating: ${GOAL}`)).toHaveValue('4');
  await expect(selfAssessment.getByLabel("Reflection (the mentee's words)")).toHaveValue(REFLECTION);
}
