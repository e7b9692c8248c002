import { expect, test } from '@playwright/test';
import { eventById, events } from './dataset';
import { panel, timelineReady } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=ja');
  await timelineReady(page);
});

test('filtering by kind hides the other kinds on the timeline and in the URL', async ({ page }) => {
  await page.getByRole('checkbox', { name: '首脳会談' }).uncheck();
  const others = events.filter((event) => event.kind !== 'summit');
  await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(others.length);
  await expect(page).toHaveURL(/kinds=foreign-ministers%2Ctelephone%2Cvisit%2Ccontext/);
});

test('telephone talks have their own mark, toggle, URL value and panel', async ({ page }) => {
  const calls = events.filter((event) => event.kind === 'telephone');
  await page.goto('/?lang=en&kinds=telephone');
  const toggle = page.getByRole('checkbox', { name: 'Telephone' });
  await expect(toggle).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Summits' })).not.toBeChecked();
  const marks = page.locator('.vis-item.event--telephone .marker__mark');
  await expect(marks).toHaveCount(calls.length);
  await expect(page.locator('.vis-item.event:not(.event--telephone)')).toHaveCount(0);
  // A triangle, not a dot: drawn by its bottom border, with no fill of its own.
  const shape = await marks.first().evaluate((mark) => {
    const style = getComputedStyle(mark);
    return [style.borderBottomWidth, style.backgroundColor, style.borderLeftColor];
  });
  expect(shape).toEqual(['10px', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);

  const call = calls[0];
  if (!call) throw new Error('no telephone talk in the data');
  await page
    .locator(`.vis-item.event--telephone .marker__mark[title^="${call.title.en} — "]`)
    .click();
  await expect(panel(page).getByText('Telephone talk', { exact: true })).toBeVisible();
  await expect(panel(page)).toContainText('By telephone');
  await expect(page).toHaveURL(new RegExp(`event=${call.id}`));
  // Unchecking the last kind shown leaves the timeline empty, and the URL says so.
  await toggle.uncheck();
  await expect(marks).toHaveCount(0);
});

test('filtering by leader keeps only the events of that term', async ({ page }) => {
  await page.getByRole('combobox', { name: '首脳' }).selectOption({ label: '森喜朗 (2000–2001)' });
  const during = events.filter((event) => event.date >= '2000-04' && event.date <= '2001-04-26');
  await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(during.length);
  await expect(page).toHaveURL(/leader=jp-mori/);
});

test('search finds events in either language and steps through the results', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'タイトル・概要を検索' }).fill('Medvedev Kunashiri');
  const matches = events.filter((event) => {
    const text = JSON.stringify(event).toLowerCase();
    return text.includes('medvedev') && text.includes('kunashiri');
  });
  await expect(page.getByText(`${matches.length}件の出来事が該当`)).toBeVisible();
  await page.getByRole('button', { name: /次の検索結果/ }).click();
  const first = matches[0];
  if (!first) throw new Error('no matches');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(first.title.ja);
  await expect(page.getByText(`${matches.length}件中1件目`, { exact: false })).toBeVisible();
  await page.getByRole('button', { name: /次の検索結果/ }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    (matches[1] ?? first).title.ja,
  );

  await page.getByRole('button', { name: '絞り込みを解除' }).click();
  await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(events.length);
});

test('the list view shows the same events, follows the filters and opens each one', async ({
  page,
}) => {
  await page.getByRole('button', { name: '一覧' }).click();
  await expect(page).toHaveURL(/view=list/);
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(events.length + 1);
  const sakhalin = eventById('2009-02-sakhalin-summit');
  await table.getByRole('button', { name: sakhalin.title.ja }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(sakhalin.title.ja);
  await expect(
    table.getByRole('row', { name: new RegExp(sakhalin.title.ja.replace(/[()()]/g, '.')) }),
  ).toHaveAttribute('aria-current', 'true');

  await page.getByRole('checkbox', { name: '関連' }).uncheck();
  const withoutContext = events.filter((event) => event.kind !== 'context');
  await expect(table.getByRole('row')).toHaveCount(withoutContext.length + 1);
});
