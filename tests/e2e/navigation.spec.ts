import { expect, test, type Page } from '@playwright/test';
import { eventById, events } from './dataset';
import {
  eventItem,
  eventItemOf,
  panel,
  timelineReady,
  urlCaughtUp,
  windowFromUrl,
} from './helpers';

const DEFAULT_DAYS = 8431; // 1992-06-01 to 2015-07-01

async function timelineCenter(page: Page) {
  const box = await page.locator('.vis-center .vis-itemset').boundingBox();
  if (!box) throw new Error('timeline not laid out');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 120) };
}

async function waitForWindow(page: Page) {
  await urlCaughtUp(page);
  await expect.poll(() => windowFromUrl(page)).not.toBeNull();
  const window = windowFromUrl(page);
  if (!window) throw new Error('no window in the URL');
  return window;
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=ja');
  await timelineReady(page);
});

test('zoom buttons zoom in and out, and “show the whole period” fits all', async ({ page }) => {
  await page.getByRole('button', { name: '拡大' }).click();
  const zoomed = await waitForWindow(page);
  expect(zoomed.days).toBeLessThan(DEFAULT_DAYS * 0.6);
  await page.getByRole('button', { name: '拡大' }).click();
  await expect.poll(() => windowFromUrl(page)?.days).toBeLessThan(zoomed.days * 0.6);

  await page.getByRole('button', { name: '縮小' }).click();
  await expect.poll(() => windowFromUrl(page)?.days).toBeGreaterThan(zoomed.days * 0.9);
  await page.getByRole('button', { name: '全期間を表示' }).click();
  await expect.poll(() => windowFromUrl(page)).toBeNull();
  await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(events.length);
});

test('Ctrl + wheel zooms the timeline; a plain wheel scrolls the page', async ({ page }) => {
  const center = await timelineCenter(page);
  await page.mouse.move(center.x, center.y);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(windowFromUrl(page)).toBeNull();

  await page.evaluate(() => window.scrollTo(0, 0));
  const fresh = await timelineCenter(page);
  await page.mouse.move(fresh.x, fresh.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -600);
  await page.keyboard.up('Control');
  const zoomed = await waitForWindow(page);
  expect(zoomed.days).toBeLessThan(DEFAULT_DAYS * 0.9);
});

test('dragging pans the timeline without changing the zoom', async ({ page }) => {
  await page.getByRole('button', { name: '拡大' }).click();
  const before = await waitForWindow(page);
  const center = await timelineCenter(page);
  await page.mouse.move(center.x, center.y);
  await page.mouse.down();
  await page.mouse.move(center.x - 150, center.y, { steps: 8 });
  await page.mouse.move(center.x - 300, center.y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => windowFromUrl(page)?.start).toBeGreaterThan(before.start);
  const after = windowFromUrl(page);
  expect(Math.abs((after?.days ?? 0) - before.days)).toBeLessThanOrEqual(1);
});

test('the pan buttons move earlier and later', async ({ page }) => {
  await page.getByRole('button', { name: '拡大' }).click();
  const before = await waitForWindow(page);
  await page.getByRole('button', { name: '後の時期へ' }).click();
  await expect.poll(() => windowFromUrl(page)?.start).toBeGreaterThan(before.start);
  await page.getByRole('button', { name: '前の時期へ' }).click();
  await page.getByRole('button', { name: '前の時期へ' }).click();
  await expect.poll(() => windowFromUrl(page)?.start).toBeLessThan(before.start);
});

test('keyboard only: tab to the timeline, walk events with arrows, open with Enter, close with Escape, zoom with + and -', async ({
  page,
}) => {
  const timeline = page.getByRole('application', { name: /年表/ });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await timeline.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(timeline).toBeFocused();

  await page.keyboard.press('Home');
  await expect(page.locator('.vis-item.event.vis-point.is-active')).toHaveCount(1);
  const first = events[0];
  const second = events[1];
  if (!first || !second) throw new Error('dataset too small');
  await expect(page.getByText(`${first.title.ja}、`, { exact: false })).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(eventItemOf(page, second)).toHaveClass(/is-active/);
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(second.title.ja);
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(timeline).toBeFocused();

  await page.keyboard.press('+');
  const zoomed = await waitForWindow(page);
  expect(zoomed.days).toBeLessThan(DEFAULT_DAYS * 0.6);
  await page.keyboard.press('-');
  await expect.poll(() => windowFromUrl(page)?.days ?? DEFAULT_DAYS).toBeGreaterThan(zoomed.days);
  await page.keyboard.press('+');
  const beforePaging = await waitForWindow(page);
  await page.keyboard.press('PageDown');
  await expect.poll(() => windowFromUrl(page)?.start).toBeGreaterThan(beforePaging.start);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect.poll(() => windowFromUrl(page)?.start).toBeLessThan(beforePaging.start);
  await page.keyboard.press('0');
  await expect.poll(() => windowFromUrl(page)).toBeNull();
});

test('walking past the edge of the window brings the next event into view', async ({ page }) => {
  await page.goto('/?lang=ja&start=1993-06-01&end=1994-06-01');
  const tokyo = eventById('1993-10-tokyo-summit');
  await expect(eventItem(page, tokyo)).toBeVisible();
  await page.getByRole('application').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const next = events[1];
  if (!next) throw new Error('dataset too small');
  await expect(eventItem(page, next)).toBeVisible();
  await expect.poll(() => windowFromUrl(page)?.end).toBeGreaterThan(Date.parse(next.date));
});
