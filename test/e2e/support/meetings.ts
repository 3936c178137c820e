import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** What the meetings e2e sets up through the UI before it runs a review (the plan e2e covers these screens in depth). */

export const PASSPHRASE = 'lantern orchard quietly mosaic 47 rivers';

/**
 * Console errors of the page, checked empty at the end. Chromium's note that the meta CSP
 * cannot carry frame-ancestors comes on every reload (the Electron shell's header does carry it).
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes("'frame-ancestors' is ignored when delivered via a <meta> element")) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Mentee sections' }).getByRole('link', { name, exact: true });
export const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

/** Closes the toasts, so screenshots show the screen and not the last few messages. */
export async function dismissToasts(page: Page) {
  const close = page.getByRole('button', { name: 'Dismiss message' });
  // A toast may time out on its own between the count and the click.
  while ((await close.count()) > 0) await close.first().click({ timeout: 1000 }).catch(() => undefined);
}

export async function createVaultAndMentee(page: Page, name: string) {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase, again', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByRole('button', { name: 'New mentee' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Role', { exact: true }).fill('Senior Engineer');
  await page.getByLabel('Status').selectOption('active');
  await page.getByRole('button', { name: 'Add career aim' }).click();
  await page.getByLabel('Aim 1', { exact: true }).fill('Become a staff engineer');
  await page.getByRole('button', { name: 'Add mentee' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

export interface Rhythm {
  pilotStart: string;
  pilotWeeks: number;
  formalEveryWeeks: number;
  informalEveryWeeks: number;
}

/** The charter's first version as a draft, with the meeting and review rhythm the meetings are planned from. */
export async function writeCharter(page: Page, rhythm: Rhythm) {
  await tab(page, 'Charter').click();
  await page.getByRole('button', { name: 'Start the charter' }).click();
  await page.getByLabel('Purpose of the mentorship').fill('Grow into a staff engineer who leads cross-team design.');
  await page.getByLabel('Length (minutes)').fill('60');
  await page.getByLabel('Formal review every (weeks)').fill(String(rhythm.formalEveryWeeks));
  await page.getByLabel('Informal touchpoint every (weeks)').fill(String(rhythm.informalEveryWeeks));
  await page.getByLabel('Pilot start date').fill(rhythm.pilotStart);
  await page.getByLabel('Pilot length (weeks)').fill(String(rhythm.pilotWeeks));
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/^Saved at /)).toBeVisible();
}

export interface GoalSpec {
  title: string;
  startDate: string;
  targetDate: string;
  milestone: { title: string; dueDate: string; evidence: string };
}

/** A SMART goal with one major milestone, marked done with its evidence (which proposes a formal review). */
export async function addGoalWithAchievedMajorMilestone(page: Page, g: GoalSpec) {
  await tab(page, 'Goals').click();
  await page.getByRole('button', { name: 'Write the first goal' }).click();
  const form = page.getByRole('form', { name: 'New SMART goal' });
  await form.getByLabel('Title', { exact: true }).fill(g.title);
  await form.getByLabel('Area').selectOption('leadership');
  await form.getByLabel('Start date').fill(g.startDate);
  await form.getByLabel('Statement').fill('Lead the design review of every payments feature that touches another team.');
  await form.getByLabel('Metric').fill('Design reviews led per quarter');
  await form.getByLabel('Unit').fill('reviews');
  await form.getByLabel('Baseline value').fill('0');
  await form.getByLabel('Target value').fill('4');
  await form.getByLabel('Why it is realistic').fill('Two are already planned; the architecture guild offers a template.');
  await form.getByLabel('Career aim it serves').selectOption({ label: 'Become a staff engineer' });
  await form.getByLabel('Target date').fill(g.targetDate);
  await form.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByRole('heading', { name: g.title, level: 2 })).toBeVisible();

  await page.getByRole('button', { name: 'Add milestone' }).click();
  const milestone = page.getByRole('form', { name: 'New milestone' });
  await milestone.getByLabel('Milestone', { exact: true }).fill(g.milestone.title);
  await milestone.getByLabel('Due date').fill(g.milestone.dueDate);
  await milestone.getByLabel('What proves it').fill(g.milestone.evidence);
  await milestone.getByLabel('Major milestone (a formal review follows it)').check();
  await milestone.getByRole('button', { name: 'Add milestone' }).click();
  const item = page.getByRole('list', { name: 'Milestones' }).locator('> li').first();
  await item.getByRole('button', { name: 'Mark done…' }).click();
  const done = dialog(page, new RegExp(`Mark “${g.milestone.title}” as done`));
  await done.getByLabel('Evidence that proved it').fill(g.milestone.evidence);
  await done.getByRole('button', { name: 'Mark as done' }).click();
  await expect(done).toBeHidden();
  await expect(item).toContainText('Done');
}

/**
 * A date typed into a date field by keyboard, as a person does: its parts in the order the
 * page's locale shows them (month, day, year in en-US), each part moving on to the next.
 */
export async function typeDate(page: Page, iso: string, delay = 0) {
  const order = await page.evaluate(() => new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2001, 1, 3)).map((p) => p.type).filter((t) => t === 'day' || t === 'month' || t === 'year'));
  const [year, month, day] = iso.split('-') as [string, string, string];
  const parts: Record<string, string> = { year, month, day };
  for (const part of order) await page.keyboard.type(parts[part]!, { delay });
}
