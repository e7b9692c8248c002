import { expect, test } from '@playwright/test';
import { SUBPATH_URL } from '../../playwright.config';
import { eventById, events } from './dataset';
import { eventItem, panel, timelineReady } from './helpers';

test.use({ baseURL: SUBPATH_URL });

test('the build works under a sub-path: assets, data and links stay under it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('./?lang=en');
  await timelineReady(page);
  await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(events.length);
  expect(requests.filter((path) => !path.startsWith('/jr-timeline/'))).toEqual([]);

  const irkutsk = eventById('2001-03-irkutsk-summit');
  await eventItem(page, irkutsk, 'en').click();
  await expect(panel(page)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/jr-timeline/');
  await page.reload();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(irkutsk.title.en);
});
