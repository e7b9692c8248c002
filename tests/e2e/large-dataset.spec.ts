import { expect, test } from '@playwright/test';
import { generateEvents, readGeneratorInput } from '../../scripts/generate-events';
import { panel, windowFromUrl } from './helpers';

test('10,000 events are drawn as numbered clusters that add up, and a cluster zooms in', async ({
  page,
}) => {
  // Loading and clustering 10,000 events takes a while on a small CI machine.
  test.setTimeout(90_000);
  const events = generateEvents(10_000, await readGeneratorInput());
  await page.route('**/data/events.json', (route) => route.fulfill({ json: { events } }));
  await page.goto('/?lang=en');

  const clusters = page.locator('.vis-item.event-cluster.vis-box');
  await expect(clusters.first()).toBeVisible({ timeout: 20_000 });
  const counts = (await clusters.allInnerTexts()).map(Number);
  const singles = await page.locator('.vis-item.event.vis-box').count();
  // Every event is either its own box or counted in a cluster: nothing is lost.
  expect(counts.reduce((sum, count) => sum + count, 0) + singles).toBe(events.length);
  await expect(clusters.first().getByTitle(/^\d+ events here: click to zoom in$/)).toBeVisible();

  // A cluster is one bucket of the ~20 across the window; clicking it shows
  // about two buckets, a tenth of the whole period (about 8,400 days).
  await clusters.nth(Math.floor(counts.length / 2)).click();
  await expect.poll(() => windowFromUrl(page)?.days ?? Infinity).toBeLessThan(2000);
  await expect(panel(page)).toHaveCount(0);
});
