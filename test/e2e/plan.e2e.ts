import type { Locator, Page } from '@playwright/test';
import { localToday, plusDays } from '../../src/shared/dates';
import { expect, test } from './fixtures';

const PASSPHRASE = 'lantern orchard quietly mosaic 47 rivers';
const MENTEE = 'Noor Haddad';
const AIM = 'Become a staff engineer';
const TODAY = localToday();

/** Console errors of the page (a CSP violation is one), checked empty at the end. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Mentee sections' }).getByRole('link', { name, exact: true });
const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

interface GoalInput {
  title: string;
  area: string;
  statement: string;
  metric: string;
  unit: string;
  baseline: string;
  target: string;
  why: string;
  aim: string | null;
  startDate: string;
  targetDate: string;
}

async function fillGoal(form: Locator, g: GoalInput) {
  await form.getByLabel('Title', { exact: true }).fill(g.title);
  await form.getByLabel('Area').selectOption(g.area);
  await form.getByLabel('Start date').fill(g.startDate);
  await form.getByLabel('Statement').fill(g.statement);
  await form.getByLabel('Metric').fill(g.metric);
  await form.getByLabel('Unit').fill(g.unit);
  await form.getByLabel('Baseline value').fill(g.baseline);
  await form.getByLabel('Target value').fill(g.target);
  await form.getByLabel('Why it is realistic').fill(g.why);
  if (g.aim) await form.getByLabel('Career aim it serves').selectOption({ label: g.aim });
  await form.getByLabel('Target date').fill(g.targetDate);
}

test('the mentorship plan: assessment, charter versions, SMART goals, learning, records and dashboards', async ({ app }) => {
  test.setTimeout(150_000);
  const { page } = app;
  const consoleErrors = collectConsoleErrors(page);

  // A new vault and a mentee with two career aims.
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase, again', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByRole('button', { name: 'New mentee' }).click();
  await page.getByLabel('Name', { exact: true }).fill(MENTEE);
  await page.getByLabel('Role', { exact: true }).fill('Senior Engineer');
  await page.getByLabel('Team', { exact: true }).fill('Payments');
  await page.getByLabel('Status').selectOption('pilot');
  await page.getByRole('button', { name: 'Add career aim' }).click();
  await page.getByLabel('Aim 1', { exact: true }).fill(AIM);
  await page.getByRole('button', { name: 'Add career aim' }).click();
  await page.getByLabel('Aim 2', { exact: true }).fill('Lead a platform team');
  await page.getByRole('button', { name: 'Add mentee' }).click();
  await expect(page.getByRole('heading', { name: MENTEE, level: 1 })).toBeVisible();

  // Assessments: a baseline rated by mentor and mentee.
  await tab(page, 'Assessments').click();
  await page.getByRole('button', { name: 'Record baseline' }).click();
  await page.getByLabel('Collaboration: mentor’s rating').selectOption('3');
  await page.getByLabel('Collaboration: mentee’s rating').selectOption('4');
  await page.getByLabel('Collaboration: note').fill('Pairs well; rarely leads the pairing.');
  await page.getByLabel('Stakeholder communication: mentor’s rating').selectOption('2');
  await page.getByLabel('Stakeholder communication: mentee’s rating').selectOption('2');
  await page.getByLabel('Visibility: mentor’s rating').selectOption('1');
  await page.getByRole('button', { name: 'Save baseline' }).click();
  await expect(page.getByRole('table', { name: 'Assessment rounds' })).toContainText('Baseline');
  await expect(page.getByRole('button', { name: 'Record re-assessment' })).toBeVisible();
  await app.expectAccessible('assessments');
  await app.screenshot('plan-starting-point');

  // The charter: drafted from the template; a 9-week pilot is refused next to its field.
  await tab(page, 'Charter').click();
  await page.getByRole('button', { name: 'Start the charter' }).click();
  await page.getByLabel('Purpose of the mentorship').fill('Grow Noor into a staff engineer who leads cross-team design.');
  await page.getByLabel('Pilot start date').fill(plusDays(TODAY, -14));
  const pilotWeeks = page.getByLabel('Pilot length (weeks)');
  await pilotWeeks.fill('9');
  await pilotWeeks.blur();
  await expect(pilotWeeks).toHaveAccessibleDescription(/Pilot length must be 6 to 8 weeks/);
  await expect(page.getByTestId('pilot-review')).toContainText('Set a length of 6 to 8 weeks');
  await pilotWeeks.fill('6');
  await expect(page.getByTestId('pilot-review')).toContainText('First formal review');
  await expect(page.getByLabel('Term 1', { exact: true })).toHaveValue('Milestone');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/^Saved at /)).toBeVisible();
  await app.expectAccessible('charter editor');
  await app.screenshot('plan-charter-editor');

  // Agreed as version 1, with the date and who agreed.
  await page.getByRole('button', { name: 'Agree…' }).click();
  const agree = dialog(page, 'Agree to version 1?');
  await agree.getByLabel('Your name', { exact: true }).fill('Jordan Avery');
  await agree.getByRole('button', { name: 'Agree and freeze' }).click();
  await expect(agree).toBeHidden();
  await expect(page.getByText(/Version 1 · agreed on .* by Jordan Avery and Noor Haddad/)).toBeVisible();

  // A change makes version 2, with its reason; the comparison marks what changed.
  await page.getByRole('button', { name: 'Revise…' }).click();
  const revise = dialog(page, 'Start version 2?');
  await revise.getByRole('button', { name: 'Start new version' }).click();
  await expect(revise.getByLabel('Why is the charter changing?')).toHaveAccessibleDescription('Say why this change is made');
  await revise.getByLabel('Why is the charter changing?').fill('Holidays cut the pilot short: two more weeks.');
  await revise.getByRole('button', { name: 'Start new version' }).click();
  await expect(page.getByRole('heading', { name: 'Charter, version 2 (draft)' })).toBeVisible();
  await page.getByLabel('Pilot length (weeks)').fill('8');
  await page.getByLabel('Mentee responsibility 1', { exact: true }).fill('Drives the agenda and sends it a day ahead');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/^Saved at /)).toBeVisible();
  await page.getByRole('button', { name: 'Compare versions' }).click();
  const compare = page.getByRole('table').filter({ hasText: 'compared with' });
  await expect(compare.locator('caption')).toContainText('Version 1 (agreed');
  await expect(compare.locator('caption')).toContainText('Version 2 (draft)');
  const weeksRow = compare.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Pilot length/ }) });
  await expect(weeksRow.locator('del')).toHaveText('[removed: 6]');
  await expect(weeksRow.locator('ins')).toHaveText('[added: 8]');
  // Compared word by word: the new words are marked, the kept ones are not.
  const duties = compare.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Mentee responsibilities/ }) });
  await expect(duties.locator('ins').filter({ hasText: 'a day ahead' })).toHaveCount(1);
  await expect(duties.locator('ins').filter({ hasText: 'sends' })).toHaveCount(1);
  await app.expectAccessible('charter compare');
  await app.screenshot('plan-charter-compare');
  await page.getByRole('button', { name: 'Back to the charter' }).click();
  await expect(page.getByRole('table', { name: 'Charter versions' }).locator('tbody tr')).toHaveCount(2);

  // Three SMART goals; the first is refused until its R (relevant) letter is given.
  await tab(page, 'Goals').click();
  const start = plusDays(TODAY, -60);
  const goals: GoalInput[] = [
    {
      title: 'Lead cross-team design reviews',
      area: 'leadership',
      statement: 'Lead the design review of every payments feature that touches another team.',
      metric: 'Design reviews led per quarter',
      unit: 'reviews',
      baseline: '0',
      target: '4',
      why: 'Two are already planned; the architecture guild offers a template.',
      aim: null,
      startDate: start,
      targetDate: plusDays(TODAY, 120),
    },
    {
      title: 'Clear updates for stakeholders',
      area: 'stakeholder-communication',
      statement: 'Send a fortnightly update product and support rate as clear.',
      metric: 'Update clarity rating',
      unit: 'points (1-10)',
      baseline: '5',
      target: '8',
      why: 'Writes well; needs a rhythm.',
      aim: 'Lead a platform team',
      startDate: start,
      targetDate: plusDays(TODAY, 90),
    },
    {
      title: 'Be known beyond the team',
      area: 'visibility',
      statement: 'Give talks and demos outside the payments team.',
      metric: 'Talks and demos outside the team',
      unit: 'talks',
      baseline: '0',
      target: '3',
      why: 'The guild has open slots each month.',
      aim: AIM,
      startDate: start,
      targetDate: plusDays(TODAY, 150),
    },
  ];
  for (const [i, goal] of goals.entries()) {
    await page.getByRole('button', { name: i === 0 ? 'Write the first goal' : 'New goal' }).click();
    const form = page.getByRole('form', { name: 'New SMART goal' });
    await fillGoal(form, goal);
    await form.getByRole('button', { name: 'Add goal' }).click();
    if (i === 0) {
      // Refused: the message stands next to its field, once; the banner names the letter.
      await expect(form.getByLabel('Career aim it serves')).toHaveAccessibleDescription('choose the career aim this goal serves');
      await expect(form.getByText('choose the career aim this goal serves')).toHaveCount(1);
      await expect(form.getByRole('alert')).toContainText('Missing or wrong: R (relevant).');
      await app.screenshot('plan-goal-refused');
      await form.getByLabel('Career aim it serves').selectOption({ label: AIM });
      await form.getByRole('button', { name: 'Add goal' }).click();
      await expect(page.getByRole('heading', { name: goal.title, level: 2 })).toBeVisible();
    } else {
      await expect(page.getByRole('heading', { name: goal.title, level: 2 })).toBeVisible();
    }
    if (i < goals.length - 1) await page.getByRole('button', { name: '← All goals' }).click();
  }

  // The third goal is open: readings, milestones (one done with its evidence), a recalibration.
  await page.getByRole('button', { name: '← All goals' }).click();
  await expect(page.getByRole('table', { name: 'Goals' }).locator('tbody tr')).toHaveCount(3);
  await page.getByRole('table', { name: 'Goals' }).locator('tbody tr').filter({ hasText: 'Lead cross-team design reviews' }).click();
  const readings = page.getByRole('form', { name: 'Add a reading' });
  for (const [days, value] of [
    [-40, '1'],
    [-15, '2'],
  ] as const) {
    await readings.getByLabel('Date').fill(plusDays(TODAY, days));
    await readings.getByLabel('Value (reviews)').fill(value);
    await readings.getByRole('button', { name: 'Add reading' }).click();
    await expect(readings.getByLabel('Value (reviews)')).toHaveValue('');
  }
  await expect(page.getByRole('list', { name: 'Readings' }).locator('li')).toHaveCount(2);

  await page.getByRole('button', { name: 'Add milestone' }).click();
  let milestone = page.getByRole('form', { name: 'New milestone' });
  await milestone.getByLabel('Milestone', { exact: true }).fill('First review led end to end');
  await milestone.getByLabel('Due date').fill(plusDays(TODAY, -5));
  await milestone.getByLabel('What proves it').fill('Review notes signed off by both teams');
  await milestone.getByRole('button', { name: 'Add milestone' }).click();
  await expect(page.getByRole('list', { name: 'Milestones' })).toContainText('First review led end to end');
  await page.getByRole('button', { name: 'Add milestone' }).click();
  milestone = page.getByRole('form', { name: 'New milestone' });
  await milestone.getByLabel('Milestone', { exact: true }).fill('Three reviews in a quarter');
  await milestone.getByLabel('Due date').fill(plusDays(TODAY, 60));
  await milestone.getByLabel('Tangible indicator').selectOption('quantified-improvement');
  await milestone.getByLabel('Improvement value').fill('3');
  await milestone.getByLabel('What proves it').fill('Review log shows three led reviews');
  await milestone.getByLabel('Major milestone (a formal review follows it)').check();
  await milestone.getByRole('button', { name: 'Add milestone' }).click();
  const milestones = page.getByRole('list', { name: 'Milestones' });
  await expect(milestones.locator('> li')).toHaveCount(2);
  await expect(milestones.locator('> li').first()).toContainText('Overdue');
  await milestones.locator('> li').first().getByRole('button', { name: 'Mark done…' }).click();
  const done = dialog(page, /Mark “First review led end to end” as done/);
  await done.getByLabel('Evidence that proved it').fill('Both leads signed the review notes on the wiki.');
  await done.getByRole('button', { name: 'Mark as done' }).click();
  await expect(done).toBeHidden();
  await expect(milestones.locator('> li').first()).toContainText('Done');

  // Recalibration: a new target asks why; without a reason it is refused; the history keeps it.
  await page.getByRole('button', { name: 'Edit goal' }).click();
  const edit = page.getByRole('form', { name: 'Edit goal' });
  await edit.getByLabel('Target value').fill('6');
  const why = edit.getByLabel('Why recalibrate?');
  await expect(why).toBeVisible();
  await edit.getByRole('button', { name: 'Save goal' }).click();
  await expect(why).toHaveAccessibleDescription('Say why this recalibration is made');
  await why.fill('Two more features now cross team boundaries this half.');
  await edit.getByRole('button', { name: 'Save goal' }).click();
  const history = page.getByRole('list', { name: 'Recalibration history' });
  await expect(history).toContainText('Target value');
  await expect(history).toContainText('Two more features now cross team boundaries this half.');
  await expect(history).toContainText('marked done');
  await expect(page.locator('.chart-canvas .recharts-line').first()).toBeVisible();
  await app.expectAccessible('goal detail');
  await app.screenshot('plan-goal-detail');

  await page.getByRole('button', { name: '← All goals' }).click();
  await expect(page.getByRole('table', { name: 'Goals' })).toContainText('1/2 done');
  await app.expectAccessible('goals');
  await app.screenshot('plan-goals');

  // The learning plan: a resource and a practice session with its debrief.
  await tab(page, 'Learning').click();
  await page.getByRole('button', { name: 'Add resource' }).click();
  let d = dialog(page, 'Add a resource');
  await d.getByLabel('Kind').selectOption('book');
  await d.getByLabel('Title').fill('Design Docs at Scale');
  await d.getByLabel('Link or reference').fill('Team library, shelf 2');
  await d.getByLabel('Goal served').selectOption({ label: 'Lead cross-team design reviews' });
  await d.getByRole('button', { name: 'Add resource' }).click();
  await expect(d).toBeHidden();
  await expect(page.getByRole('table', { name: 'Resources' })).toContainText('Design Docs at Scale');
  await page.getByRole('button', { name: 'Log a practice session' }).click();
  d = dialog(page, 'Log a practice session');
  await d.getByLabel('Technique').fill('Pre-wiring a decision');
  await d.getByLabel('Goal').selectOption({ label: 'Lead cross-team design reviews' });
  await d.getByLabel('What was attempted').fill('Met the two sceptical leads before the review.');
  await d.getByLabel('What was learned').fill('Objections surfaced early; the meeting was short.');
  await d.getByLabel('Next adjustment').fill('Pre-wire the sceptic first, not last.');
  await d.getByRole('button', { name: 'Save session' }).click();
  await expect(d).toBeHidden();
  const debriefs = page.getByRole('list', { name: 'Debriefs' });
  await expect(debriefs).toContainText('Objections surfaced early');
  await expect(debriefs).toContainText('Pre-wire the sceptic first');
  await app.expectAccessible('learning');
  await app.screenshot('plan-learning');

  // Records: a decision, a sponsorship moment, evidence, and an overdue personal deadline.
  await tab(page, 'Records').click();
  await page.getByRole('button', { name: 'Record a decision' }).click();
  d = dialog(page, 'Record a decision');
  await d.getByLabel('Decision', { exact: true }).fill('Extend the pilot to eight weeks');
  await d.getByLabel('Rationale').fill('Holidays cut two weeks of the pilot.');
  await d.getByLabel('What it changed').fill('Charter version 2: pilot length.');
  await d.getByLabel('It changed (optional)').selectOption('goal');
  await d.getByLabel('Which one').selectOption({ label: 'Lead cross-team design reviews' });
  await d.getByRole('button', { name: 'Record decision' }).click();
  await expect(d).toBeHidden();
  await expect(page.getByRole('table', { name: 'Decisions' })).toContainText('Extend the pilot to eight weeks');
  await page.getByRole('button', { name: 'Add a moment' }).click();
  d = dialog(page, 'Add a sponsorship or visibility moment');
  await d.getByLabel('Kind').selectOption('demo');
  await d.getByLabel('Moment', { exact: true }).fill('Demo of the new refunds flow at the all-hands');
  await d.getByLabel('Audience').fill('Whole engineering org');
  await d.getByLabel('Outcome').fill('Two teams asked for a follow-up session.');
  await d.getByRole('button', { name: 'Add moment' }).click();
  await expect(d).toBeHidden();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  d = dialog(page, 'Add evidence');
  await d.getByLabel('Summary', { exact: true }).fill('Peers rate the design reviews as well run.');
  await d.getByLabel('Value (a score or a number, if any)').fill('4.5');
  await d.getByLabel('Goal it supports').selectOption({ label: 'Lead cross-team design reviews' });
  await d.getByLabel('Milestone (indicator) it supports').selectOption({ label: 'Three reviews in a quarter' });
  await d.getByRole('button', { name: 'Add evidence' }).click();
  await expect(d).toBeHidden();
  await expect(page.getByRole('table', { name: 'Evidence and metrics' })).toContainText('Lead cross-team design reviews › Three reviews in a quarter');
  await page.getByRole('button', { name: 'Add a deadline' }).click();
  d = dialog(page, 'Add a personal deadline');
  await d.getByLabel('Deadline', { exact: true }).fill('Draft the review checklist');
  await d.getByLabel('Due date').fill(plusDays(TODAY, -2));
  await d.getByRole('button', { name: 'Add deadline' }).click();
  await expect(d).toBeHidden();
  await expect(page.getByRole('table', { name: 'Personal deadlines' })).toContainText('Overdue');
  await app.expectAccessible('records');
  await app.screenshot('plan-records');

  // The mentee's dashboard, from one call: every chart drawn.
  await tab(page, 'Dashboard').click();
  for (const title of ['Goals by status', 'Competencies: baseline and latest', 'Milestone timeline']) {
    await expect(page.getByRole('figure', { name: title })).toBeVisible();
  }
  for (const goal of goals) await expect(page.getByRole('figure', { name: goal.title })).toBeVisible();
  await expect(page.locator('.chart-canvas .recharts-surface').first()).toBeVisible();
  // Charts are drawn as they come near the screen: scrolled to, every one is drawn.
  for (const goal of goals) {
    const figure = page.getByRole('figure', { name: goal.title });
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.chart-canvas .recharts-surface').last()).toBeVisible();
  }
  expect(await page.locator('.chart-canvas .recharts-surface').count()).toBeGreaterThanOrEqual(6);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole('list', { name: 'Key figures' })).toContainText('1 / 2');
  await app.expectAccessible('mentee dashboard');
  await app.screenshot('plan-mentee-dashboard');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectAccessible('mentee dashboard (dark)');
  await app.screenshot('plan-mentee-dashboard-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Across mentees: the overview table, sortable and filterable.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  const overview = page.getByRole('table', { name: 'Mentees overview' });
  await expect(overview.locator('tbody tr')).toHaveCount(1);
  await expect(overview.locator('tbody tr').first()).toContainText(MENTEE);
  await expect(overview.locator('tbody tr').first()).toContainText('In pilot');
  await page.getByRole('button', { name: /^Mentee/ }).click();
  await expect(page.getByRole('columnheader', { name: /Mentee/ })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByLabel('Filter by name, role or team').fill('nobody by this name');
  await expect(page.getByText('Nothing matches the filter')).toBeVisible();
  await page.getByLabel('Filter by name, role or team').fill('noor');
  await expect(overview.locator('tbody tr')).toHaveCount(1);
  await app.expectAccessible('overview');
  await app.screenshot('plan-overview');
  expect(consoleErrors).toEqual([]);
});
