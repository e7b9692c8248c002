import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Venue } from '../../src/lib/dataset/venues';
import { eventById, events } from './dataset';
import { expectNoSeriousViolations, panel, timelineReady } from './helpers';

const venues = (
  JSON.parse(readFileSync(new URL('../../public/data/venues.json', import.meta.url), 'utf8')) as {
    venues: Venue[];
  }
).venues;

// Data requests must reach page.route, not a service worker's cache.
test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

const TEXT = {
  ja: { map: '地図', timeline: '年表', events: (n: number) => `${n}件`, close: '閉じる' },
  en: {
    map: 'Map',
    timeline: 'Timeline',
    events: (n: number) => `${n} event${n === 1 ? '' : 's'}`,
    close: 'Close',
  },
} as const;

function venueLabel(id: string, language: 'ja' | 'en', count: number) {
  const venue = venues.find((candidate) => candidate.id === id);
  if (!venue) throw new Error(`no venue ${id}`);
  return `${venue.name[language]}: ${TEXT[language].events(count)}`;
}

function markers(page: Page) {
  return page.locator('.venue-marker');
}

for (const language of ['ja', 'en'] as const) {
  test(`open the map, choose a venue and open one of its events (${language})`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${language}`);
    await timelineReady(page);
    await page.getByRole('button', { name: TEXT[language].map, exact: true }).click();
    await expect(page).toHaveURL(/view=map/);

    const atMoscow = events.filter((event) => event.venue === 'moscow');
    const label = venueLabel('moscow', language, atMoscow.length);
    const moscow = page.getByRole('button', { name: label, exact: true });
    await moscow.click();
    const list = page.getByRole('region', { name: label });
    await expect(list.getByRole('heading')).toBeFocused();
    await expect(list.getByRole('listitem')).toHaveCount(atMoscow.length);
    for (const [index, event] of atMoscow.entries()) {
      await expect(list.getByRole('listitem').nth(index)).toContainText(event.title[language]);
    }

    const summit2003 = eventById('2003-01-moscow-summit');
    await list.getByRole('listitem').nth(atMoscow.indexOf(summit2003)).getByRole('button').click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      summit2003.title[language],
    );
    await expect(page).toHaveURL(/event=2003-01-moscow-summit/);
    // The open event's venue is marked on the map.
    await expect(moscow).toHaveAttribute('aria-current', 'true');
    await expect(
      page.getByRole('button', {
        name: venueLabel('tokyo', language, events.filter((e) => e.venue === 'tokyo').length),
        exact: true,
      }),
    ).not.toHaveAttribute('aria-current');
    await expectNoSeriousViolations(page);
  });
}

test('the map follows the kind filter', async ({ page }) => {
  await page.goto('/?lang=ja&view=map');
  await expect(markers(page)).toHaveCount(venues.length);
  await page.getByRole('checkbox', { name: '首脳会談' }).uncheck();

  const others = events.filter((event) => event.kind !== 'summit');
  const venuesShown = new Set(others.map((event) => event.venue).filter(Boolean));
  await expect(markers(page)).toHaveCount(venuesShown.size);
  // Lake Toya saw only a summit; Yokohama a foreign ministers' meeting too.
  await expect(markers(page).and(page.getByRole('button', { name: /^洞爺湖/ }))).toHaveCount(0);
  const atYokohama = others.filter((event) => event.venue === 'yokohama').length;
  await expect(
    page.getByRole('button', { name: venueLabel('yokohama', 'ja', atYokohama), exact: true }),
  ).toBeVisible();
  // The companion list and the unplaced list follow too.
  await expect(
    page.getByRole('region', { name: '開催地(件数の多い順)' }).getByRole('row'),
  ).toHaveCount(venuesShown.size + 1);
  const unplaced = others.filter((event) => !event.venue);
  await expect(
    page.getByRole('region', { name: `地図に載せていない出来事 (${unplaced.length})` }),
  ).toBeVisible();
});

test('a venue can be chosen and its event opened with the keyboard alone', async ({ page }) => {
  await page.goto('/?lang=en&view=map');
  const atMoscow = events.filter((event) => event.venue === 'moscow');
  const label = venueLabel('moscow', 'en', atMoscow.length);
  await expect(page.getByRole('button', { name: label })).toBeVisible();
  await page.getByRole('button', { name: 'World', exact: true }).focus();
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    if (focused === label) break;
  }
  await expect(page.getByRole('button', { name: label })).toBeFocused();
  await page.keyboard.press('Enter');
  const list = page.getByRole('region', { name: label });
  await expect(list.getByRole('heading')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const [first] = atMoscow;
  if (!first) throw new Error('no event in Moscow');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(first.title.en);
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
});

test('every marker can be clicked, even where venues crowd together', async ({ page }) => {
  await page.goto('/?lang=en&view=map');
  await expect(markers(page)).toHaveCount(venues.length);
  const heading = page.locator('#venue-events-heading');
  for (const venue of venues) {
    const count = events.filter((event) => event.venue === venue.id).length;
    const label = venueLabel(venue.id, 'en', count);
    // A real mouse click at the marker's centre: it fails if another marker covers it.
    await page.getByRole('button', { name: label, exact: true }).click({ timeout: 3000 });
    await expect(heading).toHaveText(label);
  }
  await page.getByRole('button', { name: 'Around Japan' }).click();
  for (const id of ['tokyo', 'yokohama', 'kawana']) {
    const count = events.filter((event) => event.venue === id).length;
    const label = venueLabel(id, 'en', count);
    await page.getByRole('button', { name: label, exact: true }).click({ timeout: 3000 });
    await expect(heading).toHaveText(label);
  }
  // The close-up holds only its region's venues.
  await expect(markers(page).and(page.getByRole('button', { name: /^Lima, Peru/ }))).toHaveCount(0);
  await expect(markers(page)).toHaveCount(9);
});

test('switching language with the map open redraws it in the new language, whose strings load then', async ({
  page,
}) => {
  const featureStrings: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/features-[^/]+\.js$/.test(request.url())) featureStrings.push(request.url());
  });
  await page.goto('/?lang=ja&view=map');
  await expect(page.getByRole('heading', { name: '会談の開催地' })).toBeVisible();
  await expect(markers(page)).toHaveCount(venues.length);
  expect(featureStrings).toHaveLength(1);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Where the meetings were held' })).toBeVisible();
  await expect(page.getByText('Select a venue to list its events.')).toBeVisible();
  const tokyoEvents = events.filter((event) => event.venue === 'tokyo').length;
  await expect(
    page.getByRole('button', { name: venueLabel('tokyo', 'en', tokyoEvents), exact: true }),
  ).toBeVisible();
  await expect(markers(page)).toHaveCount(venues.length);
  // The English strings arrived on the switch, not with the first view.
  expect(featureStrings).toHaveLength(2);
  await expectNoSeriousViolations(page);
});

test('the map’s code and data load only when the map is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/?lang=ja');
  await timelineReady(page);
  const mapFiles = /venue-map|land-110m|land-50m|venues\.json/;
  expect(requested.filter((path) => mapFiles.test(path))).toEqual([]);

  await page.getByRole('button', { name: '地図', exact: true }).click();
  await expect(markers(page).first()).toBeVisible();
  await expect(page.locator('.venue-map__land path')).toHaveAttribute('d', /^M/);
  expect(requested.some((path) => path.endsWith('/data/venues.json'))).toBe(true);
  expect(requested.some((path) => /land-110m/.test(path))).toBe(true);
  // The finer land is fetched only for a close-up.
  expect(requested.some((path) => /land-50m/.test(path))).toBe(false);
  await page.getByRole('button', { name: '日本周辺' }).click();
  await expect.poll(() => requested.some((path) => /land-50m/.test(path))).toBe(true);
});

test('a missing venues.json is reported in the map view; the timeline still works', async ({
  page,
}) => {
  let missing = true;
  await page.route('**/data/venues.json', (route) =>
    missing ? route.fulfill({ status: 404, body: 'missing' }) : route.continue(),
  );
  await page.goto('/?lang=en&view=map');
  const alert = page.getByRole('alert').filter({ hasText: 'venues.json could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('404');
  await expect(markers(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await timelineReady(page);
  await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(events.length);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('button', { name: 'Map', exact: true }).click();
  missing = false;
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(markers(page)).toHaveCount(venues.length);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('on a phone in dark mode the map fits the screen and stays accessible', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=ja&view=map');
  await expect(markers(page)).toHaveCount(venues.length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const label = venueLabel('moscow', 'ja', events.filter((e) => e.venue === 'moscow').length);
  await page.getByRole('button', { name: label, exact: true }).click();
  await expect(page.getByRole('region', { name: label })).toBeVisible();
  await expectNoSeriousViolations(page);
});
