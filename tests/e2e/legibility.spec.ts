/**
 * The timeline read at a glance, measured as a reader sees it: at the whole
 * period every meeting has a mark on screen with no scrolling, no label is
 * drawn on another, the timeline takes the page's width, and a four-year
 * window labels every meeting in it. With the real record and with 150
 * generated events bunched as densely as the real ones.
 */
import { expect, test, type Page } from '@playwright/test';
import { readGeneratorInput, realisticEvents } from '../../scripts/generate-events';
import type { TimelineEvent } from '../../src/lib/dataset/schema';
import { agreements, events as realEvents } from './dataset';
import { timelineReady } from './helpers';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const VIEWPORTS = [
  { name: 'laptop', width: 1280, height: 800, query: '' },
  { name: 'desktop', width: 1920, height: 1080, query: '' },
  { name: 'embed', width: 800, height: 450, query: '&embed=1' },
  { name: 'phone', width: 390, height: 844, query: '' },
] as const;

async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
}

function intersect(a: Box, b: Box): boolean {
  // Half a pixel of rounding is not an overlap a reader can see.
  return (
    a.x < b.x + b.width - 0.5 &&
    b.x < a.x + a.width - 0.5 &&
    a.y < b.y + b.height - 0.5 &&
    b.y < a.y + a.height - 0.5
  );
}

async function expectNoLabelOnAnother(page: Page) {
  const labels = [
    ...(await boxes(page, '.vis-item .marker__label')),
    ...(await boxes(page, '.vis-item.term .band__text:not(.visually-hidden)')),
  ].filter((box) => box.width > 0);
  expect(labels.length).toBeGreaterThan(5);
  const overlapping: string[] = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (intersect(a, b)) overlapping.push(`${JSON.stringify(a)} × ${JSON.stringify(b)}`);
    }),
  );
  expect(overlapping).toEqual([]);
}

async function expectEveryMarkOnScreen(page: Page, count: number) {
  const marks = page.locator('.vis-item.event .marker__mark');
  await expect(marks).toHaveCount(count);
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const outside = (await boxes(page, '.vis-item.event .marker__mark')).filter(
    (box) =>
      box.width === 0 ||
      box.x < 0 ||
      box.y < 0 ||
      box.x + box.width > viewport.width ||
      box.y + box.height > viewport.height,
  );
  expect(outside).toEqual([]);
  // Seen without scrolling the page or the timeline.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const inner = await page
    .locator('.vis-panel.vis-center')
    .evaluate((panel) => panel.scrollHeight - panel.clientHeight);
  expect(inner).toBeLessThanOrEqual(1);
}

const datasets: { name: string; events: () => Promise<TimelineEvent[] | null> }[] = [
  { name: 'the real record', events: () => Promise.resolve(null) },
  {
    name: '150 generated events',
    events: async () => realisticEvents(150, await readGeneratorInput()),
  },
];

for (const dataset of datasets) {
  for (const viewport of VIEWPORTS) {
    for (const language of ['ja', 'en'] as const) {
      test(`${dataset.name}, ${viewport.name} ${viewport.width}×${viewport.height} (${language}): every meeting on screen, no label on another`, async ({
        page,
      }) => {
        const generated = await dataset.events();
        if (generated) {
          await page.route('**/data/events.json', (route) =>
            route.fulfill({ json: { events: generated } }),
          );
          // The documents stay, no longer tied to meetings that are not there.
          await page.route('**/data/agreements.json', (route) =>
            route.fulfill({
              json: { agreements: agreements.map(({ event: _event, ...agreement }) => agreement) },
            }),
          );
        }
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto(`/?lang=${language}${viewport.query}`);
        await expectEveryMarkOnScreen(page, (generated ?? realEvents).length);
        await expectNoLabelOnAnother(page);
        // A mark without a label still names its meeting on hover.
        const untitled = await page.locator('.vis-item.event .marker__mark:not([title])').count();
        expect(untitled).toBe(0);
        if (viewport.name !== 'phone') {
          // With nothing open, the timeline spans the page (less its margins).
          const frame = await page.locator('.timeline__frame').boundingBox();
          expect(frame?.width ?? 0).toBeGreaterThan(viewport.width * 0.94);
        }
      });
    }
  }
}

for (const language of ['ja', 'en'] as const) {
  test(`a four-year window at 1280 px labels every meeting in it (${language})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/?lang=${language}&start=2008-01-01&end=2011-12-31`);
    // Meetings: summits, foreign ministers, calls and visits (context events label as space allows).
    const inWindow = realEvents.filter(
      (event) =>
        event.kind !== 'context' && event.date >= '2008-01-01' && event.date.slice(0, 4) <= '2011',
    );
    await expect(page.locator('.vis-item.event.is-labelled')).not.toHaveCount(0);
    const drawn = await page.locator('.vis-item.event .marker__mark').count();
    expect(drawn).toBeGreaterThanOrEqual(inWindow.length);
    for (const event of inWindow) {
      const title = `[title^="${event.title[language]} — "]`;
      await expect(
        page.locator(`.vis-item.event.is-labelled:has(.marker__mark${title})`).first(),
        event.id,
      ).toBeAttached();
    }
    await expectNoLabelOnAnother(page);
  });
}

test('the toolbar is one row at 1280 px, and the panel opens as a drawer over the timeline', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=en');
  // The header paints first; the toolbar comes with the explorer.
  await timelineReady(page);
  const toolbar = page.locator('.toolbar');
  const children = await boxes(page, '.toolbar > *, .toolbar .filter-bar > *');
  const tops = new Set(
    children.filter((box) => box.height > 0).map((box) => Math.round(box.y / 8)),
  );
  expect(tops.size).toBe(1);
  expect((await toolbar.boundingBox())?.height ?? 0).toBeLessThan(48);

  const before = await page.locator('.timeline__frame').boundingBox();
  await page.locator('.vis-item.event .marker__mark').first().click();
  const drawer = page.getByRole('complementary');
  await expect(drawer).toBeVisible();
  // The timeline keeps its width: the drawer lies over it.
  expect((await page.locator('.timeline__frame').boundingBox())?.width).toBe(before?.width);
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every kind's mark and the labels meet WCAG AA contrast in ${colorScheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/?lang=en');
    await expect(page.locator('.vis-item.event .marker__mark').first()).toBeVisible();
    const ratios = await page.evaluate(() => {
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = rgb(color).map((channel) => {
          const c = channel / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a: string, b: string) => {
        const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
      };
      const canvas = document.querySelector('.timeline__canvas');
      const background = canvas ? getComputedStyle(canvas).backgroundColor : 'rgb(255,255,255)';
      const result: Record<string, number> = {};
      for (const kind of ['summit', 'foreign-ministers', 'telephone', 'visit', 'context']) {
        const mark = document.querySelector(`.vis-item.event--${kind} .marker__mark`);
        if (!mark) continue;
        const style = getComputedStyle(mark);
        // The colour that draws the shape: a triangle is its bottom border, a ring its border.
        const ink = kind === 'telephone' ? style.borderBottomColor : style.borderTopColor;
        result[kind] = contrast(ink, background);
      }
      const label = document.querySelector('.marker__label');
      if (label) {
        const style = getComputedStyle(label);
        result.label = contrast(style.color, background);
      }
      return result;
    });
    expect(Object.keys(ratios).sort()).toEqual(
      ['context', 'foreign-ministers', 'label', 'summit', 'telephone', 'visit'].sort(),
    );
    for (const [what, ratio] of Object.entries(ratios)) {
      // Graphics need 3:1 against what is next to them (WCAG 1.4.11), text 4.5:1.
      expect(ratio, what).toBeGreaterThanOrEqual(what === 'label' ? 4.5 : 3);
    }
  });
}

for (const device of [
  { name: 'laptop', viewport: { width: 1280, height: 800 }, mobile: false },
  { name: 'phone', viewport: { width: 412, height: 823 }, mobile: true },
]) {
  test(`the first view does not shift as the timeline lays itself out (${device.name})`, async ({
    browser,
  }) => {
    // The explorer paints before the timeline knows its width; until its
    // first layout the view keeps its place unseen, so nothing moves when
    // the lanes take their heights (it shifted 0.24 of the page before).
    const context = await browser.newContext({
      viewport: device.viewport,
      isMobile: device.mobile,
      hasTouch: device.mobile,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts = { total: 0 };
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          shifts.total += (entry as unknown as { value: number }).value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/?lang=en');
    await timelineReady(page);
    await expect(page.locator('.timeline--laying-out')).toHaveCount(0);
    // Two frames for the last shift entries to be reported.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const total = await page.evaluate(
      () => (window as unknown as { shifts: { total: number } }).shifts.total,
    );
    // Web Vitals call under 0.1 good; a few group labels may still settle by a pixel.
    expect(total).toBeLessThan(0.01);
    await context.close();
  });
}
