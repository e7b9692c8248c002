/**
 * The production build trims vis-timeline and swaps moment for our adapter
 * (scripts/lean-vis-timeline.ts). The unit tests fake the library, so this
 * checks the real thing in Chromium: one page (tests/e2e/lean-library/),
 * built once with the lean library and once with the library as published,
 * must draw the same timeline — the same axis labels, with the same classes
 * at the same places, and the same items at the same places — at every
 * zoom level from decades to milliseconds, in several time zones.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser } from '@playwright/test';
import { build } from 'vite';
import { leanVisTimeline } from '../../scripts/lean-vis-timeline';
import { serveDist } from '../../scripts/serve-dist';

const PAGE_ROOT = fileURLToPath(new URL('./lean-library', import.meta.url));

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Windows around the 2001 Irkutsk summit (25 March), from the whole period to 100 ms. */
const SPANS_MS = [
  23 * 365 * DAY,
  3 * 365 * DAY,
  180 * DAY,
  21 * DAY,
  4 * DAY,
  DAY,
  6 * HOUR,
  HOUR,
  10 * 60 * 1000,
  60 * 1000,
  10 * 1000,
  1000,
  100,
];

const TIME_ZONES = ['Asia/Tokyo', 'Europe/Moscow', 'UTC'];

interface Drawn {
  span: number;
  axis: string[];
  items: string[];
}

let tmp = '';
const servers: { url: string; close: () => Promise<void> }[] = [];
const urls = { lean: '', published: '' };

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'lean-library-'));
  for (const variant of ['lean', 'published'] as const) {
    const outDir = join(tmp, variant);
    await build({
      configFile: false,
      root: PAGE_ROOT,
      base: './',
      publicDir: false,
      logLevel: 'error',
      mode: 'production',
      plugins: variant === 'lean' ? [leanVisTimeline()] : [],
      build: { outDir, emptyOutDir: true, target: 'es2022', minify: true },
    });
    const server = await serveDist({ outDir });
    servers.push(server);
    urls[variant] = server.url;
  }
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** The test page in a fresh context, drawn, with its page errors collected. */
async function openDrawn(browser: Browser, url: string, timezoneId: string) {
  const context = await browser.newContext({
    timezoneId,
    locale: 'ja-JP',
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.locator('.vis-item').first().waitFor();
  return { context, page, errors };
}

async function drawAt(browser: Browser, url: string, timezoneId: string): Promise<Drawn[]> {
  const { context, page, errors } = await openDrawn(browser, url, timezoneId);
  const drawn: Drawn[] = [];
  for (const span of SPANS_MS) {
    drawn.push(
      await page.evaluate(async (spanMs) => {
        const timeline = (
          window as unknown as {
            leanTimeline: {
              setWindow: (start: Date, end: Date, options: object) => void;
              redraw: () => void;
            };
          }
        ).leanTimeline;
        const centre = new Date(2001, 2, 25, 12, 0, 0, 0).getTime();
        timeline.setWindow(new Date(centre - spanMs / 2), new Date(centre + spanMs / 2), {
          animation: false,
        });
        timeline.redraw();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const place = (element: Element) => {
          const rect = element.getBoundingClientRect();
          return `${rect.left.toFixed(1)},${rect.top.toFixed(1)},${rect.width.toFixed(1)}`;
        };
        return {
          span: spanMs,
          axis: [...document.querySelectorAll('.vis-time-axis .vis-text')].map(
            (label) => `${label.className}|${label.textContent}|${place(label)}`,
          ),
          items: [...document.querySelectorAll('.vis-item')].map(
            (item) => `${item.className}|${item.textContent}|${place(item)}`,
          ),
        };
      }, span),
    );
  }
  await context.close();
  expect(errors).toEqual([]);
  return drawn;
}

for (const zone of TIME_ZONES) {
  test(`the lean vis-timeline draws what the published one draws, every zoom level, ${zone}`, async ({
    browser,
  }) => {
    const lean = await drawAt(browser, urls.lean, zone);
    const published = await drawAt(browser, urls.published, zone);
    for (const [index, expected] of published.entries()) {
      // Something is drawn at every level: the comparison is not of two empty pages.
      expect(expected.axis.length, `axis at ${expected.span} ms`).toBeGreaterThan(3);
      expect(lean[index], `at a ${expected.span} ms window`).toEqual(expected);
    }
    // Labels from years down to milliseconds were compared (English, as
    // moment bundled for the browser cannot load the page's locale).
    const labels = published.flatMap((level) => level.axis.map((label) => label.split('|')[1]));
    expect(labels).toEqual(
      expect.arrayContaining([
        '2001',
        'Mar',
        'Sun 25',
        '12:00',
        '25 March 12:00',
        '11:59:59',
        '955',
      ]),
    );
  });
}

/**
 * What each build draws after its items change as the app changes them:
 * contents and places updated, an item added and one removed, in one task,
 * then (the lean library redrawing at the next frame only) two frames later.
 */
async function drawAfterChanges(browser: Browser, url: string): Promise<string[]> {
  const { context, page, errors } = await openDrawn(browser, url, 'Asia/Tokyo');
  const drawn = await page.evaluate(async () => {
    const { leanItems } = window as unknown as {
      leanItems: {
        get: () => { id: string; start: Date; content: HTMLElement }[];
        update: (items: object[]) => void;
        add: (item: object) => void;
        remove: (id: string) => void;
      };
    };
    const all = leanItems.get().filter((item) => item.id !== 'background-period');
    const label = (text: string) => {
      const span = document.createElement('span');
      span.textContent = text;
      return span;
    };
    leanItems.update(
      all.slice(0, 40).map((item, index) => ({
        id: item.id,
        content: label(`changed ${index}`),
        start: new Date(item.start.getTime() + 90 * 24 * 60 * 60 * 1000),
      })),
    );
    leanItems.add({ id: 'added', content: label('added'), start: new Date(2004, 6, 1) });
    leanItems.remove(all[60]?.id ?? '');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return [...document.querySelectorAll('.vis-item')].map((item) => {
      const rect = item.getBoundingClientRect();
      return `${item.className}|${item.textContent}|${rect.left.toFixed(1)},${rect.top.toFixed(1)},${rect.width.toFixed(1)}`;
    });
  });
  await context.close();
  expect(errors).toEqual([]);
  return drawn;
}

test('after its items change, the lean vis-timeline draws what the published one draws', async ({
  browser,
}) => {
  const lean = await drawAfterChanges(browser, urls.lean);
  const published = await drawAfterChanges(browser, urls.published);
  expect(published.filter((item) => item.includes('|changed ')).length).toBeGreaterThan(10);
  expect(published.some((item) => item.includes('|added|'))).toBe(true);
  expect(lean).toEqual(published);
});
