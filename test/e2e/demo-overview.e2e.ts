import { test, expect } from './fixtures';

test('the demo vault opens on its overview, with its mentees listed', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/overview$/);
  const rows = page.getByRole('table', { name: 'Mentees overview' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(3);
  await expect(page.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
});

test('the demo vault opens on its overview even where the window was elsewhere before', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  // An address left from another vault's page, as after leaving a mentee of one's own vault.
  await page.evaluate(() => history.replaceState(null, '', '#/mentees/987/dashboard'));
  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/overview$/);
});
