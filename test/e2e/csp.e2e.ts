import { test, expect } from './fixtures';

test('the page loads without a console error about its Content Security Policy', async ({ app }) => {
  const messages: string[] = [];
  app.page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  await app.page.reload();
  await expect(app.page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  expect(messages.filter((m) => /Content Security Policy|frame-ancestors/i.test(m))).toEqual([]);
});
