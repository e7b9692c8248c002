/**
 * The app in Russian, in Chromium, on the real data: every record of
 * public/data carries its Russian translation.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { agreementById, eventById } from './dataset';
import { expectNoSeriousViolations, panel, timelineReady } from './helpers';

test.use({ serviceWorkers: 'block' });

/** "событие", "события" or "событий", as Russian counts them. */
function events(count: number): string {
  const form = new Intl.PluralRules('ru').select(count);
  return `${count} ${form === 'one' ? 'событие' : form === 'few' ? 'события' : 'событий'}`;
}

const irkutsk = eventById('2001-03-irkutsk-summit');

const venues = (
  JSON.parse(readFileSync(new URL('../../public/data/venues.json', import.meta.url), 'utf8')) as {
    venues: { id: string; name: { ru: string } }[];
  }
).venues;
const moscowName = venues.find((venue) => venue.id === 'moscow')?.name.ru ?? 'Москва';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('a link with ?lang=ru opens in Russian: the page, the panel and its dates', async ({
  page,
}) => {
  await page.goto(`/?lang=ru&event=${irkutsk.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page).toHaveTitle(
    'Переговоры Японии и России о мирном договоре: хронология, 1993–2014',
  );
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /^Хронология переговоров Японии и России/u,
  );
  await expect(page.getByRole('button', { name: 'Русский', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const details = panel(page);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(irkutsk.title.ru);
  await expect(details.getByText('24–25 марта 2001 г.', { exact: true })).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Краткое содержание' })).toBeVisible();
  await expect(details.getByText(irkutsk.summary.ru)).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Основные моменты' })).toBeVisible();
  for (const point of irkutsk.keyPoints ?? []) {
    await expect(details.getByText(point.ru)).toBeVisible();
  }
  await expect(details).toContainText('Ёсиро Мори');
  await expect(details).toContainText('Владимир Путин');
  await expect(
    details.getByRole('button', { name: agreementById('2001-irkutsk-statement').name.ru }),
  ).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('switching to Russian redraws the axis, the filters and the counts, fetching Russian only then', async ({
  page,
}) => {
  const russianScripts: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.text().catch(() => '');
    if (body.includes('Поиск по названиям и описаниям')) russianScripts.push(response.url());
  });
  await page.goto('/?lang=ja&start=2001-03-01&end=2001-04-20');
  await timelineReady(page);
  const axis = page.locator('.vis-time-axis');
  await expect(axis.getByText('3月', { exact: true })).toBeVisible();
  expect(russianScripts).toEqual([]);

  await page.getByRole('button', { name: 'Русский', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // Months by their Russian names (nominative, the dictionary's abbreviations).
  await expect(axis.getByText('март', { exact: true })).toBeVisible();
  await expect(axis.getByText('апр.', { exact: true })).toBeVisible();
  await expect(axis.getByText('3月', { exact: true })).toHaveCount(0);
  await expect.poll(() => russianScripts.length).toBe(1);
  await expect(page).toHaveURL(/lang=ru/);

  const filters = page.getByRole('search', { name: 'Фильтры' });
  await expect(filters.getByRole('checkbox', { name: 'Саммиты' })).toBeChecked();
  await expect(filters.getByRole('combobox', { name: 'Лидер' })).toContainText('Борис Ельцин');
  await expect(page.getByRole('button', { name: 'Хронология', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const search = filters.getByRole('searchbox', { name: 'Поиск по названиям и описаниям' });
  // One event's id names exactly one meeting: its Russian title, typed in capitals.
  const shanghai = eventById('2001-10-shanghai-summit');
  await search.fill(shanghai.title.ru.toUpperCase());
  await expect(filters.getByText(`Найдено ${events(1)}`)).toBeVisible();
  await search.fill('Путин');
  const status = filters.getByText(/^Найдено \d+ событ/u);
  const count = Number(/\d+/u.exec((await status.textContent()) ?? '')?.[0]);
  expect(count).toBeGreaterThan(4);
  await expect(status).toHaveText(new RegExp(`^Найдено ${events(count)}`, 'u'));
  await expectNoSeriousViolations(page);
});

test('the map in Russian names the venues and counts their events', async ({ page }) => {
  await page.goto('/?lang=ru&view=map');
  const map = page.getByRole('region', { name: 'Места проведения встреч' });
  await expect(map).toBeVisible();
  await expect(page.getByRole('group', { name: 'Область карты' })).toBeVisible();
  const moscow = page.getByRole('button', {
    name: new RegExp(`^${moscowName.replace(/[()]/g, '\\$&')}: \\d+ событ`, 'u'),
  });
  await expect(moscow).toBeVisible();
  const label = (await moscow.getAttribute('aria-label')) ?? (await moscow.textContent()) ?? '';
  const count = Number(/(\d+) событ/u.exec(label)?.[1]);
  await expect(moscow).toHaveAccessibleName(`${moscowName}: ${events(count)}`);
  await expect(
    page.getByText('Площадь круга соответствует числу событий', { exact: false }),
  ).toBeVisible();
  await moscow.click();
  const list = page.getByRole('region', { name: `${moscowName}: ${events(count)}` });
  await expect(list.getByRole('listitem')).toHaveCount(count);
  await expectNoSeriousViolations(page);
});

test('the documents view in Russian', async ({ page }) => {
  await page.goto('/?lang=ru&view=documents&agreement=2001-irkutsk-statement');
  const lineage = page.getByRole('region', { name: 'Преемственность документов' });
  await expect(lineage).toBeVisible();
  await expect(lineage.getByRole('button', { name: /Иркутское заявление/u })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(lineage.getByText('Открыт сейчас')).toBeVisible();
  await expect(lineage.getByRole('button', { name: /Токийская декларация/u })).toBeVisible();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    agreementById('2001-irkutsk-statement').name.ru,
  );
  await expect(panel(page).getByRole('heading', { name: 'Содержание', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('side by side, the reader chooses the pair, and an old parallel=1 link is Japanese–English', async ({
  page,
}) => {
  await page.goto(`/?lang=ru&event=${irkutsk.id}&parallel=1`);
  const pairs = panel(page).getByRole('group', { name: 'Параллельный текст' });
  await expect(pairs.getByRole('button', { name: 'японский–английский' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const summary = panel(page)
    .locator('.parallel-row')
    .filter({ hasText: irkutsk.summary.ja.slice(0, 20) })
    .first();
  await expect(summary.locator('[lang="ja"]')).toHaveText(irkutsk.summary.ja);
  await expect(summary.locator('[lang="en"]')).toHaveText(irkutsk.summary.en);

  await pairs.getByRole('button', { name: 'японский–русский' }).click();
  await expect(page).toHaveURL(/parallel=ja-ru/);
  await expect(summary.locator('[lang="ja"]')).toHaveText(irkutsk.summary.ja);
  await expect(summary.locator('[lang="ru"]')).toHaveText(irkutsk.summary.ru);
  await expect(summary.locator('[lang="en"]')).toHaveCount(0);
  await expectNoSeriousViolations(page);

  await pairs.getByRole('button', { name: 'английский–русский' }).click();
  await expect(page).toHaveURL(/parallel=en-ru/);
  const english = panel(page)
    .locator('.parallel-row')
    .filter({ hasText: irkutsk.summary.en.slice(0, 30) })
    .first();
  const cells = english.locator('.parallel-row__cell');
  await expect(cells).toHaveCount(2);
  await expect(cells.nth(0)).toHaveAttribute('lang', 'en');
  await expect(cells.nth(1)).toHaveText(irkutsk.summary.ru);

  // Pressing the chosen pair again turns side-by-side reading off.
  await pairs.getByRole('button', { name: 'английский–русский' }).click();
  await expect(page).not.toHaveURL(/parallel=/);
  await expect(panel(page).locator('.parallel-row')).toHaveCount(0);
  await page.reload();
  await expect(panel(page).getByText(irkutsk.summary.ru)).toBeVisible();
});

test('on a phone the language switch is JA · EN · RU, still named in full', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=ja');
  const switcher = page.getByRole('group', { name: '言語' });
  // The short labels show; the full names stay the buttons' names, out of sight.
  for (const [short, name] of [
    ['JA', '日本語'],
    ['EN', 'English'],
    ['RU', 'Русский'],
  ] as const) {
    const button = switcher.getByRole('button', { name, exact: true });
    await expect(button.getByText(short, { exact: true })).toBeVisible();
    const full = await button.getByText(name, { exact: true }).boundingBox();
    expect(full?.width ?? 0, name).toBeLessThanOrEqual(1);
  }
  const russian = switcher.getByRole('button', { name: 'Русский', exact: true });
  const box = await switcher.boundingBox();
  expect(box?.width ?? Infinity).toBeLessThan(180);
  await russian.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // The group is now named in Russian; the button is the same.
  await expect(
    page.getByRole('group', { name: 'Язык' }).getByRole('button', { name: 'Русский', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expectNoSeriousViolations(page);
});

test('a Russian browser opens the app in Russian on a first visit', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('button', { name: 'Русский', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page).toHaveURL(/lang=ru/);
  await context.close();
});
