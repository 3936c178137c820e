import type { Locator, Page } from '@playwright/test';
import type { Bridge } from '../bridge/server';
import { expect, test } from './fixtures';

/**
 * Screens whose figures, messages and labels are true and readable: charts drawn at once
 * with labels that never meet, fields that show their limit while typing, errors in words
 * and once, figures named as the mentor means them, and layouts where nothing is cut unseen.
 */

const PASSPHRASE = 'lantern orchard quietly mosaic 47 rivers';

async function dispatch<T>(bridge: Bridge, method: string, input: unknown): Promise<T> {
  const result = await bridge.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function createVault(page: Page) {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase, again', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('button', { name: 'New mentee' })).toBeVisible();
}

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Mentee sections' }).getByRole('link', { name, exact: true });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of the elements, and the pairs of them that meet (by their text). */
async function overlaps(labels: Locator): Promise<{ boxes: Box[]; meeting: string[] }> {
  const all = await labels.all();
  const boxes: Box[] = [];
  const texts: string[] = [];
  for (const label of all) {
    boxes.push((await label.boundingBox())!);
    texts.push((await label.textContent()) ?? '');
  }
  const meeting: string[] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (intersects(boxes[i]!, boxes[j]!)) meeting.push(`${texts[i]} / ${texts[j]}`);
  return { boxes, meeting };
}

const LONG_COMPETENCIES = [
  'Cross-functional stakeholder communication and alignment',
  'Technical strategy and architecture for distributed systems',
  'Coaching, mentoring and growing other engineers',
  'Incident leadership under pressure',
];

test('competency charts are drawn as soon as the first baseline is saved, and long names never meet', async ({ app }) => {
  test.skip(!app.bridge, 'seeds competencies through the test bridge');
  test.setTimeout(90_000);
  const { page } = app;
  const bridge = app.bridge!;
  await page.setViewportSize({ width: 1024, height: 900 });
  await createVault(page);
  for (const name of LONG_COMPETENCIES) await dispatch(bridge, 'competencies.create', { name, description: '' });
  const mentee = await dispatch<{ id: number }>(bridge, 'mentees.create', { name: 'Noor Haddad', role: 'Senior Engineer' });
  const competencies = await dispatch<{ id: number; name: string }[]>(bridge, 'competencies.list', {});
  await page.evaluate((id) => (window.location.hash = `#/mentees/${id}/assessment`), mentee.id);

  // Before any round there is nothing to draw; the first baseline draws the chart at once.
  await expect(page.getByText('No assessment recorded yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Record baseline' }).click();
  for (const c of competencies) await page.getByLabel(`${c.name}: mentor’s rating`).selectOption(String(1 + (c.id % 5)));
  await page.getByRole('button', { name: 'Save baseline' }).click();
  await expect(page.getByRole('button', { name: 'Record re-assessment' })).toBeVisible();
  const bars = page.getByRole('img', { name: 'Competencies: baseline and latest' });
  await expect(bars.locator('svg .recharts-bar-rectangle')).toHaveCount(competencies.length);
  const barLabels = bars.locator('text.chart-axis-label');
  await expect(barLabels).toHaveCount(competencies.length);
  const barLayout = await overlaps(barLabels);
  expect(barLayout.meeting).toEqual([]);
  // A cut name keeps its full text for hover.
  await expect(barLabels.locator('title').filter({ hasText: LONG_COMPETENCIES[0]! })).toHaveCount(1);
  await app.expectAccessible('assessments with a baseline');

  // The radar on the dashboard: every name drawn, inside the chart, none meeting another.
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await tab(page, 'Dashboard').click();
    const radar = page.getByRole('img', { name: 'Competencies: baseline and latest' });
    const radarLabels = radar.locator('text.chart-axis-label');
    await expect(radarLabels).toHaveCount(competencies.length);
    const layout = await overlaps(radarLabels);
    expect(layout.meeting, `labels that meet at ${width} px`).toEqual([]);
    const chart = (await radar.boundingBox())!;
    for (const box of layout.boxes) {
      expect(box.x).toBeGreaterThanOrEqual(chart.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width + 1);
    }
    await app.screenshot(`screens-radar-${width}`);
    await tab(page, 'Assessments').click();
  }
});
