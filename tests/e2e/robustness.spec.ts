import { expect, test, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { eventById, events } from './dataset';
import { eventItem, panel, timelineReady, windowFromUrl } from './helpers';

const realFile = (name: string) =>
  readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8');

/** Serves one data file differently; the others come from the real build. */
async function serveFile(page: Page, name: string, respond: (route: Route) => Promise<void>) {
  await page.route(`**/data/${name}`, respond);
}

/** Records everything that would show a script ran or the policy was broken. */
async function watchForTrouble(page: Page) {
  const trouble: string[] = [];
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return trouble;
}

test('the built app runs under its Content-Security-Policy with no console errors', async ({
  page,
}) => {
  const trouble = await watchForTrouble(page);
  const response = await page.goto('/?lang=ja');
  const html = (await response?.text()) ?? '';
  expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]*script-src &#39;self&#39;/);
  expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
  await timelineReady(page);
  const irkutsk = eventById('2001-03-irkutsk-summit');
  await eventItem(page, irkutsk).click();
  await panel(page).getByRole('button', { name: 'イルクーツク声明' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(trouble).toEqual([]);
});

test('inline script is refused by the policy', async ({ page }) => {
  await page.goto('/?lang=ja');
  await timelineReady(page);
  await page.addScriptTag({ content: 'window.__inline = 1' }).catch(() => undefined);
  expect(await page.evaluate(() => (window as { __inline?: number }).__inline)).toBeUndefined();
});

test('hostile text in the data is shown as text and never runs', async ({ page }) => {
  const trouble = await watchForTrouble(page);
  const data = JSON.parse(realFile('events.json')) as { events: Record<string, unknown>[] };
  const hostile =
    '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>';
  const target = data.events.find((event) => event.id === '2001-03-irkutsk-summit');
  if (!target) throw new Error('event missing');
  target.title = { ja: hostile, en: hostile, ru: hostile };
  target.shortTitle = { ja: `<b onmouseover="window.__pwned=3">X</b>`, en: 'X', ru: 'X' };
  target.summary = { ja: `<a href="javascript:window.__pwned=4">click</a>`, en: 'x', ru: 'x' };
  const sources = JSON.parse(realFile('sources.json')) as { sources: Record<string, unknown>[] };
  const first = sources.sources[0];
  if (!first) throw new Error('no sources');
  first.url = 'javascript:window.__pwned=5';
  await serveFile(page, 'events.json', (route) => route.fulfill({ json: data }));
  await serveFile(page, 'sources.json', (route) => route.fulfill({ json: sources }));

  await page.goto('/?lang=ja&event=2001-03-irkutsk-summit');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(hostile);
  await expect(panel(page)).toContainText('<a href="javascript:window.__pwned=4">click</a>');
  await expect(
    page.locator('.vis-item.event .marker__label').filter({ hasText: '<b onmouseover' }),
  ).toBeVisible();
  await page
    .locator('.vis-item.event .marker__label')
    .filter({ hasText: '<b onmouseover' })
    .hover();
  // The javascript: source was refused by the schema and reported, not linked.
  await expect(
    page.getByRole('status').filter({ hasText: 'url must be an http(s) address' }),
  ).toBeVisible();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The page's one inline script is the build's strings preload; none came from the data.
  await expect(page.locator('script').filter({ hasText: '__pwned' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(trouble.filter((line) => !line.includes('404'))).toEqual([]);
});

test('a malformed events file gets a clear message and a Retry that recovers', async ({ page }) => {
  let broken = true;
  await serveFile(page, 'events.json', (route) =>
    broken
      ? route.fulfill({ body: '{"events": [ oops', contentType: 'application/json' })
      : route.continue(),
  );
  await page.goto('/?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('events.json is not valid JSON');
  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await timelineReady(page);
  await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(events.length);
});

for (const [status, label] of [
  [404, '404'],
  [500, '500'],
] as const) {
  test(`an HTTP ${status} for the events says so, in the current language`, async ({ page }) => {
    await serveFile(page, 'events.json', (route) => route.fulfill({ status, body: 'nope' }));
    await page.goto('/?lang=ja');
    await expect(page.getByRole('alert')).toContainText(
      `サーバーが events.json に対して ${label} を返しました`,
    );
    await expect(page.getByRole('alert').getByRole('button', { name: '再試行' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('a network failure says so, and Retry recovers once the network is back', async ({ page }) => {
  let offline = true;
  await serveFile(page, 'events.json', (route) =>
    offline ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto('/?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('events.json could not be reached (network error)', {
    timeout: 15_000,
  });
  offline = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await timelineReady(page);
});

test('a slow network is explained while loading, with a Retry', async ({ page }) => {
  let slow = true;
  await serveFile(page, 'events.json', async (route) => {
    if (slow) await new Promise((resolve) => setTimeout(resolve, 12_000));
    await route.continue().catch(() => undefined);
  });
  await page.goto('/?lang=en');
  await expect(
    page.getByRole('status').filter({ hasText: 'Loading the timeline data' }),
  ).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'taking longer than usual' });
  await expect(notice).toBeVisible({ timeout: 10_000 });
  slow = false;
  await notice.getByRole('button', { name: 'Retry' }).click();
  await timelineReady(page);
});

test('a missing documents file leaves the timeline working, with a Retry for that file', async ({
  page,
}) => {
  let missing = true;
  await serveFile(page, 'agreements.json', (route) =>
    missing ? route.fulfill({ status: 404, body: 'missing' }) : route.continue(),
  );
  await page.goto('/?lang=en');
  await timelineReady(page);
  const alert = page.getByRole('alert').filter({ hasText: 'agreements.json could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(events.length);
  missing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('.vis-item.agreement .marker__mark').first()).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test('an invalid record is reported by id and field while every valid record is shown', async ({
  page,
}) => {
  const data = JSON.parse(realFile('events.json')) as { events: Record<string, unknown>[] };
  const target = data.events.find((event) => event.id === '2009-02-sakhalin-summit');
  if (!target) throw new Error('event missing');
  target.date = '2009-02-30';
  await serveFile(page, 'events.json', (route) => route.fulfill({ json: data }));
  await page.goto('/?lang=en');
  await timelineReady(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'events.json › 2009-02-sakhalin-summit › date' }),
  ).toBeVisible();
  await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(events.length - 1);
});

test('absurd, reversed and oversized links are handled politely', async ({ page }) => {
  await page.goto(
    `/?lang=de&start=1800-01-01&end=2200-01-01&q=${'x'.repeat(5000)}&agreement=${'a'.repeat(300)}`,
  );
  await expect(page.getByRole('region', { name: /会談の年表|Timeline of meetings/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /ignored|無視/ })).toBeVisible();
  // Nothing matches the long query: the page says so instead of going blank.
  await expect(page.getByText(/0件の出来事が該当|0 events match/)).toBeVisible();
  // The absurd window is clamped to the period; the long query is cut to 200 characters.
  const window = windowFromUrl(page);
  expect(window === null || window.days <= 8800).toBe(true);
  expect((new URL(page.url()).searchParams.get('q') ?? '').length).toBeLessThanOrEqual(200);
  await page.goto('/?lang=en&start=2010-01-01&end=2001-01-01');
  await timelineReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'window' })).toBeVisible();
});

test("the reader's strings lost on the way once are fetched again, and the app opens in their language", async ({
  page,
}) => {
  // The page's inline script imports the strings first (scripts/preload-strings.ts);
  // when that request fails, the app asks again itself (src/i18n/index.ts).
  let refused = 0;
  await page.route('**/assets/common-*.js', async (route) => {
    if (refused === 0) {
      refused += 1;
      await route.abort('connectionreset');
    } else await route.continue();
  });
  await page.goto('/?lang=en');
  await timelineReady(page);
  expect(refused).toBe(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Japan–Russia/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
