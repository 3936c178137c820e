import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PASSPHRASE = 'lantern orchard quietly mosaic 47 rivers';
const MENTEE = 'Noor Haddad';
const MANAGER = 'Grace Okafor';
const MANAGER_COMMENT = 'Volunteer for the incident reviews';

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Mentee sections' }).getByRole('link', { name, exact: true });

interface Paper {
  relationship: string;
  name?: string;
  date: string;
  scores: Record<string, string>;
  strengths: string;
  change?: string;
}

/** Presses Tab until the target has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 12 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** Keys in one paper form with the mouse and typing at a person's speed. */
async function enterPaperForm(page: Page, p: Paper) {
  await page.getByRole('button', { name: 'Enter a paper form' }).click();
  const form = page.getByRole('dialog', { name: 'Enter a feedback form' });
  await form.getByLabel('Relationship to the mentee').selectOption(p.relationship);
  await form.getByLabel('Received on').fill(p.date);
  if (p.name) await form.getByLabel('Rater’s name (optional)').pressSequentially(p.name, { delay: 40 });
  for (const [competency, score] of Object.entries(p.scores)) await form.getByLabel(competency, { exact: true }).selectOption(score);
  await form.getByLabel('Strengths').pressSequentially(p.strengths, { delay: 40 });
  if (p.change) await form.getByLabel('One thing to change').pressSequentially(p.change, { delay: 40 });
  await form.getByRole('button', { name: 'Record response' }).click();
  await expect(form).toBeHidden();
}

test('360 feedback: three peers and a manager keyed in; peers shown, the lone manager merged and hidden, words never attributed', async ({ app }) => {
  test.setTimeout(150_000);
  const { page } = app;
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase, again', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByRole('button', { name: 'New mentee' }).click();
  await page.getByLabel('Name', { exact: true }).pressSequentially(MENTEE, { delay: 40 });
  await page.getByRole('button', { name: 'Add mentee' }).click();
  await expect(page.getByRole('heading', { name: MENTEE, level: 1 })).toBeVisible();

  await tab(page, 'Feedback').click();
  await expect(page.getByText('No feedback received yet.')).toBeVisible();

  // A bad date is refused next to its field, and what was typed stays.
  await page.getByRole('button', { name: 'Enter a paper form' }).click();
  const form = page.getByRole('dialog', { name: 'Enter a feedback form' });
  await form.getByLabel('Strengths').pressSequentially('Kept', { delay: 40 });
  await form.getByLabel('Received on').fill('');
  await form.getByRole('button', { name: 'Record response' }).click();
  await expect(form.getByText('Received on must be a date (YYYY-MM-DD)')).toBeVisible();
  await expect(form.getByLabel('Strengths')).toHaveValue('Kept');
  await form.getByRole('button', { name: 'Cancel' }).click();

  await enterPaperForm(page, { relationship: 'peer', name: 'Ada Byron', date: '2026-03-02', scores: { Collaboration: '4', Leadership: '3' }, strengths: 'Generous in code review' });
  await enterPaperForm(page, { relationship: 'peer', date: '2026-03-03', scores: { Collaboration: '5', Leadership: '2' }, strengths: 'Calm in incidents', change: 'Write decisions down' });

  // The third peer by keyboard alone.
  await page.getByRole('button', { name: 'Enter a paper form' }).focus();
  await page.keyboard.press('Enter');
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Relationship to the mentee')).toBeFocused();
  await tabTo(page, form.getByLabel('Rater’s name (optional)'));
  await page.keyboard.type('Lin Park', { delay: 40 });
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Collaboration', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // — → 1
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // 3
  await tabTo(page, form.getByLabel('Leadership', { exact: true }));
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown'); // 4
  await tabTo(page, form.getByLabel('Strengths'));
  await page.keyboard.type('Mentors the new joiners', { delay: 40 });
  await tabTo(page, form.getByRole('button', { name: 'Record response' }));
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();

  await enterPaperForm(page, { relationship: 'manager', name: MANAGER, date: '2026-03-05', scores: { Collaboration: '2', Leadership: '5' }, strengths: 'Owns outcomes', change: MANAGER_COMMENT });

  const combined = page.getByRole('region', { name: 'Combined 360' });
  await expect(combined.getByText('4 responses received from')).toBeVisible();
  await expect(combined.getByText(/at least 3 raters answered/)).toBeVisible();
  const table = combined.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Peers' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Managers' })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Others (merged)' })).toHaveCount(0);
  // Collaboration: peers 4, 5, 3 → 4.0 ± 0.8 (3); the manager's 2 is held back.
  const collaboration = table.getByRole('row', { name: /^Collaboration/ });
  await expect(collaboration).toContainText('4.0 ± 0.8 (3)');
  await expect(collaboration).toContainText('1 answer');
  // Leadership: peers 3, 2, 4 → 3.0 ± 0.8 (3); again the manager's answer is held back.
  await expect(table.getByRole('row', { name: /^Leadership/ })).toContainText('3.0 ± 0.8 (3)');
  await expect(table.getByRole('row', { name: /^Leadership/ })).toContainText('1 answer');

  // The words are there, unattributed: no name or relationship anywhere in the combined view.
  await expect(combined.getByText(MANAGER_COMMENT)).toBeVisible();
  await expect(combined.getByText('Generous in code review')).toBeVisible();
  for (const name of ['Ada Byron', 'Lin Park', MANAGER]) await expect(combined).not.toContainText(name);
  // The list of responses names raters but never their answers.
  const responses = page.getByRole('region', { name: 'Responses received' });
  await expect(responses).toContainText(MANAGER);
  await expect(responses).not.toContainText(MANAGER_COMMENT);
  await expect(responses).not.toContainText('Generous in code review');

  await app.expectAccessible('feedback tab');
  await app.screenshot('feedback-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectAccessible('feedback tab, dark');
  await app.screenshot('feedback-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Each response counts once as evidence, on the Records tab and the dashboard.
  await tab(page, 'Dashboard').click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Evidence' }).first()).toContainText('4');
  // The radar gains the peers' series; evidence of every kind is charted by month.
  await page.getByLabel('Ratings by').selectOption('compare');
  await expect(page.getByRole('heading', { name: 'Competencies: self, mentor and peers' })).toBeVisible();
  await expect(page.getByText(/the peers’ mean where at least 3 peers answered/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Evidence by month and kind' })).toBeVisible();
  await expect(page.getByText(/4 evidence records from .*: 3 peer feedback, 1 360 result\./)).toBeVisible();
  await app.expectAccessible('dashboard with feedback');
  await app.screenshot('feedback-dashboard-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('feedback-dashboard-dark');
});
