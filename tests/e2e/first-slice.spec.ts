import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { eventById, events } from './dataset';

const irkutsk = eventById('2001-03-irkutsk-summit');

function timelineItem(page: Page, title: string) {
  return page.locator('.vis-item').filter({ hasText: title });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=ja');
});

test('draws every event of the dataset as a timeline item', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/日露平和条約交渉/);
  await expect(page.locator('.vis-item.event:not(.vis-line, .vis-dot)')).toHaveCount(events.length);
  await expect(timelineItem(page, irkutsk.title.ja)).toBeVisible();
});

test('clicking an event opens its panel with title, date and summary', async ({ page }) => {
  await timelineItem(page, irkutsk.title.ja).click();
  const panel = page.getByRole('complementary', { name: irkutsk.title.ja });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(irkutsk.title.ja);
  await expect(panel.locator('time')).toHaveAttribute('datetime', irkutsk.date);
  await expect(panel.locator('time')).toHaveText('2001年3月25日');
  await expect(panel).toContainText('イルクーツク声明');
  await expect(page).toHaveURL(/event=2001-03-irkutsk-summit/);
});

test('switching to English changes the panel, the controls and <html lang>', async ({ page }) => {
  await timelineItem(page, irkutsk.title.ja).click();
  await page.getByRole('button', { name: 'English' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/Japan–Russia/);
  const panel = page.getByRole('complementary', { name: irkutsk.title.en });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(irkutsk.title.en);
  await expect(panel.locator('time')).toHaveText('25 March 2001');
  await expect(panel.getByRole('button', { name: 'Close' })).toBeVisible();
  await expect(timelineItem(page, irkutsk.title.en)).toBeVisible();
  await expect(page).toHaveURL(/lang=en/);
});

test('the language choice is kept on the next visit', async ({ page }) => {
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  );
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test('axe finds no serious violations, in both languages, with and without the panel', async ({
  page,
}) => {
  await expect(timelineItem(page, irkutsk.title.ja)).toBeVisible();
  await expectNoSeriousViolations(page);
  await timelineItem(page, irkutsk.title.ja).click();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoSeriousViolations(page);
});
