import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { eventById } from './dataset';
import { eventItem, expectNoSeriousViolations, panel, timelineReady } from './helpers';

const irkutsk = eventById('2001-03-irkutsk-summit');

for (const language of ['ja', 'en'] as const) {
  test(`axe finds no serious violations in ${language}, with and without the panel, and in the list`, async ({
    page,
  }) => {
    // Three axe passes over a page of 149 events and their labels.
    test.setTimeout(90_000);
    await page.goto(`/?lang=${language}`);
    await timelineReady(page);
    await expectNoSeriousViolations(page);
    await eventItem(page, irkutsk, language).click();
    await expect(panel(page)).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.goto(`/?lang=${language}&view=list&agreement=2001-irkutsk-statement`);
    await expect(panel(page)).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test('on a 360 px phone the panel is a bottom sheet and nothing overflows sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=ja');
  await timelineReady(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await eventItem(page, irkutsk).click();
  const sheet = panel(page);
  await expect(sheet).toBeVisible();
  const box = await sheet.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(360);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(740, -1);
  await sheet.getByRole('button', { name: '閉じる' }).click();
  await expect(sheet).toHaveCount(0);
  await expectNoSeriousViolations(page);
});

/** A phone-sized touch page at a window, and a way to send raw touches along its top row of events. */
async function openOnPhone(browser: Browser, query: string) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(query);
  await timelineReady(page);
  const area = await page.locator('.vis-center .vis-itemset').boundingBox();
  if (!area) throw new Error('timeline not laid out');
  const y = area.y + 40;
  const client = await context.newCDPSession(page);
  /** Each step is the list of finger x positions at that moment. */
  const touch = async (steps: number[][]) => {
    const points = (xs: number[]) => xs.map((x, id) => ({ x, y, id }));
    const [first, ...rest] = steps;
    await client.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: points(first ?? []),
    });
    for (const step of rest) {
      await client.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: points(step),
      });
    }
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  return { context, page, touch, middle: area.x + area.width / 2 };
}

test('on a phone, touch pans the timeline', async ({ browser }) => {
  const { context, page, touch } = await openOnPhone(
    browser,
    '/?lang=ja&start=2005-01-01&end=2008-01-01',
  );
  // A one-finger swipe from right to left.
  await touch([[300], [250], [200], [150], [100]]);
  await expect.poll(() => new URL(page.url()).searchParams.get('start')).not.toBe('2005-01-01');
  await context.close();
});

test('on a phone, a two-finger pinch zooms the timeline', async ({ browser }) => {
  const { context, page, touch, middle } = await openOnPhone(
    browser,
    '/?lang=ja&start=2005-01-01&end=2009-01-01',
  );
  await touch([20, 40, 60, 80, 100, 120].map((spread) => [middle - spread, middle + spread]));
  const days = () => {
    const params = new URL(page.url()).searchParams;
    return (
      (Date.parse(params.get('end') ?? '') - Date.parse(params.get('start') ?? '')) / 86_400_000
    );
  };
  await expect.poll(days).toBeLessThan(1000);
  await context.close();
});

test('print shows the open event and hides the controls', async ({ page }) => {
  await page.goto(`/?lang=ja&event=${irkutsk.id}`);
  await expect(panel(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(panel(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '拡大' })).toBeHidden();
  await expect(page.locator('.vis-timeline')).toBeHidden();
  await expect(panel(page).getByRole('button', { name: /次の出来事/ })).toBeHidden();
});

test('print without an open event prints the list of events', async ({ page }) => {
  await page.goto('/?lang=ja');
  await timelineReady(page);
  await expect(page.getByRole('table')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table')).toBeVisible();
});

test('dark mode follows the system preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?lang=ja');
  await timelineReady(page);
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(22, 23, 26)');
  await expectNoSeriousViolations(page);
});

/** The language → strings chunk map the build wrote into index.html (scripts/preload-strings.ts). */
function stringsChunks(): Record<string, string> {
  const html = readFileSync(join(process.env.E2E_DIST ?? 'dist', 'index.html'), 'utf8');
  const map = /\}\)\((\{[^}]*\})\);<\/script>/.exec(html)?.[1];
  if (!map) throw new Error('no strings preload in the built index.html');
  return JSON.parse(map) as Record<string, string>;
}

for (const { query, locale, language } of [
  { query: '?lang=ru', locale: 'ja-JP', language: 'ru' },
  { query: '', locale: 'en-US', language: 'en' },
  { query: '', locale: 'ja-JP', language: 'ja' },
]) {
  test(`only the ${language} strings load, preloaded beside the app's script (${query || locale})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`/${query}`);
    await timelineReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const chunks = stringsChunks();
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => ({
        path: new URL(entry.name).pathname,
        start: entry.startTime,
        end: (entry as PerformanceResourceTiming).responseEnd,
      })),
    );
    const strings = loaded.filter((entry) => Object.values(chunks).includes(entry.path));
    expect(strings.map((entry) => entry.path)).toEqual([chunks[language]]);
    // Asked for by the page's own inline script, before the app's script had even
    // arrived, not by the app's import() once that script ran.
    const app = loaded.find((entry) => /\/assets\/index-[^/]+\.js$/.test(entry.path));
    expect(strings[0]?.start).toBeLessThan(app?.end ?? 0);
    await context.close();
  });
}
