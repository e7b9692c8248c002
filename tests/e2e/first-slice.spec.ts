import { expect, test } from '@playwright/test';
import { eventById, events } from './dataset';
import { eventItem, panel, timelineReady } from './helpers';

const irkutsk = eventById('2001-03-irkutsk-summit');

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=ja');
});

test('draws every event of the dataset as a timeline item', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/日露平和条約交渉/);
  await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(events.length);
  await expect(eventItem(page, irkutsk)).toBeVisible();
});

test('clicking an event opens its panel with title, date, era date and summary', async ({
  page,
}) => {
  await eventItem(page, irkutsk).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(irkutsk.title.ja);
  await expect(panel(page).locator('time')).toHaveAttribute('datetime', irkutsk.date);
  await expect(panel(page).locator('time')).toHaveText('2001年3月24日～25日');
  await expect(panel(page)).toContainText('平成13年3月24日~');
  await expect(panel(page)).toContainText('イルクーツク声明');
  await expect(page).toHaveURL(/event=2001-03-irkutsk-summit/);
});

test('switching to English changes the panel, the controls, the axis and <html lang>', async ({
  page,
}) => {
  await eventItem(page, irkutsk).click();
  await expect(page.locator('.vis-time-axis .vis-text').filter({ hasText: '2000年' })).toHaveCount(
    1,
  );
  await page.getByRole('button', { name: 'English' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/Japan–Russia/);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(irkutsk.title.en);
  await expect(panel(page).locator('time')).toHaveText('24 – 25 March 2001');
  // No era date in English (the verbatim date excerpts stay in the page's Japanese).
  await expect(panel(page).locator('.panel__era')).toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: 'Close' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(eventItem(page, irkutsk, 'en')).toBeVisible();
  await expect(page.locator('.vis-time-axis .vis-text').filter({ hasText: /^2000$/ })).toHaveCount(
    1,
  );
  await expect(page.locator('.vis-time-axis .vis-text').filter({ hasText: '年' })).toHaveCount(0);
  await expect(page).toHaveURL(/lang=en/);
});

test('the first visit follows the browser language and the choice is kept', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: '日本語' }).click();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('button', { name: '日本語' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await context.close();
});

test('the timeline shows the leaders’ terms and the documents in their own lanes', async ({
  page,
}) => {
  await timelineReady(page);
  // The legend names the bands (the lanes have no captions column).
  await expect(page.getByText('帯: 日本国総理大臣、ロシア大統領')).toBeVisible();
  await expect(page.locator('.vis-item.term').filter({ hasText: '小泉純一郎' })).toBeVisible();
  await expect(
    page
      .locator('.vis-item.agreement .marker__label')
      .filter({ hasText: 'イルクーツク声明' })
      .first(),
  ).toBeVisible();
});
