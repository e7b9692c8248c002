import { expect, test, type Locator, type Page } from '@playwright/test';
import { eventById, events } from './dataset';
import {
  eventItem,
  expectNoSeriousViolations,
  timelineReady,
  urlCaughtUp,
  windowFromUrl,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

const TEXT = {
  ja: {
    toggle: '年ごとの件数',
    year: (year: number, n: number) => `${year}年: ${n}件`,
    context: '関連',
    leaders: '首脳の組み合わせ',
    pair: '橋本龍太郎 × ボリス・エリツィン',
    list: '一覧',
    timeline: '年表',
  },
  en: {
    toggle: 'Events per year',
    year: (year: number, n: number) => `${year}: ${n} event${n === 1 ? '' : 's'}`,
    context: 'Context',
    leaders: 'Leaders',
    pair: 'Ryutaro Hashimoto × Boris Yeltsin',
    list: 'List',
    timeline: 'Timeline',
  },
} as const;

function inYear(year: number, kinds?: string[]) {
  return events.filter(
    (event) => event.date.startsWith(String(year)) && (!kinds || kinds.includes(event.kind)),
  ).length;
}

/**
 * Where the timeline draws a span of time: its item panel's box and the
 * visible window, read in the page (local time, as the timeline draws it).
 */
async function timelineSpan(page: Page, year: number) {
  const box = await page.locator('.timeline .vis-panel.vis-center').boundingBox();
  const url = new URL(page.url());
  const span = await page.evaluate(
    ({ year, start, end }) => {
      const parse = (day: string | null, fallback: Date) => {
        if (!day) return fallback.getTime();
        const [y, m, d] = day.split('-').map(Number);
        return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1).getTime();
      };
      // The default window when the URL gives none (src/lib/time-window.ts).
      const from = parse(start, new Date(1992, 5, 1));
      const to = parse(end, new Date(2015, 6, 1));
      return {
        from: (new Date(year, 0, 1).getTime() - from) / (to - from),
        to: (new Date(year + 1, 0, 1).getTime() - from) / (to - from),
      };
    },
    { year, start: url.searchParams.get('start'), end: url.searchParams.get('end') },
  );
  if (!box) throw new Error('no timeline panel');
  return { left: box.x + span.from * box.width, right: box.x + span.to * box.width };
}

async function expectAligned(page: Page, bar: Locator, year: number) {
  await expect(async () => {
    const box = await bar.boundingBox();
    const expected = await timelineSpan(page, year);
    if (!box) throw new Error('bar not drawn');
    expect(Math.abs(box.x - expected.left)).toBeLessThan(2);
    expect(Math.abs(box.x + box.width - expected.right)).toBeLessThan(2);
  }).toPass({ timeout: 5000 });
}

for (const language of ['ja', 'en'] as const) {
  test(`the chart opens under the timeline, lines up with it, and a year zooms the timeline (${language})`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${language}`);
    await timelineReady(page);
    const toggle = page.getByRole('button', { name: TEXT[language].toggle });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page).toHaveURL(/rhythm=1/);

    const bar1998 = page.getByRole('button', { name: TEXT[language].year(1998, inYear(1998)) });
    await expect(bar1998).toBeVisible();
    await expectAligned(page, bar1998, 1998);
    await expectAligned(
      page,
      page.getByRole('button', { name: TEXT[language].year(2010, inYear(2010)) }),
      2010,
    );
    await expectNoSeriousViolations(page);

    await bar1998.click();
    await expect(page).toHaveURL(/start=1998-01-01&end=1999-01-01/);
    await expect(eventItem(page, eventById('1998-04-kawana-summit'), language)).toBeVisible();
    await expect(eventItem(page, eventById('2001-03-irkutsk-summit'), language)).toHaveCount(0);
    // Zoomed to 1998, its bar spans the whole width of the timeline above.
    await expectAligned(page, bar1998, 1998);
  });
}

test('the bars follow the filters', async ({ page }) => {
  await page.goto('/?lang=ja&rhythm=1');
  await timelineReady(page);
  await expect(page.getByRole('button', { name: TEXT.ja.year(1998, inYear(1998)) })).toBeVisible();
  await page.getByRole('checkbox', { name: TEXT.ja.context }).uncheck();
  const withoutContext = ['summit', 'foreign-ministers', 'telephone', 'visit'];
  await expect(
    page.getByRole('button', { name: TEXT.ja.year(1998, inYear(1998, withoutContext)) }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: TEXT.ja.year(2009, inYear(2009, withoutContext)) }),
  ).toBeVisible();
});

test('the chart follows the timeline’s zoom and pan', async ({ page }) => {
  await page.goto('/?lang=en&rhythm=1');
  await timelineReady(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Move later' }).click();
  await urlCaughtUp(page);
  await expect.poll(() => windowFromUrl(page)?.days ?? 0).toBeGreaterThan(0);
  const window = windowFromUrl(page);
  if (!window) throw new Error('no window');
  // Years wholly in view that have events: each bar sits under its year.
  const years = [...new Set(events.map((event) => Number(event.date.slice(0, 4))))].filter(
    (year) =>
      Date.parse(`${year}-01-01`) >= window.start && Date.parse(`${year + 1}-01-01`) <= window.end,
  );
  expect(years.length).toBeGreaterThan(1);
  for (const year of [years[0], years.at(-1)]) {
    if (year === undefined) continue;
    await expectAligned(
      page,
      page.getByRole('button', { name: TEXT.en.year(year, inYear(year)) }),
      year,
    );
  }
});

test('the chart stays open across views and links, and can group by leader pair', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await timelineReady(page);
  await page.getByRole('button', { name: TEXT.en.toggle }).click();
  await page.getByRole('button', { name: TEXT.en.list, exact: true }).click();
  await page.getByRole('button', { name: TEXT.en.timeline, exact: true }).click();
  await timelineReady(page);
  await expect(page.getByRole('button', { name: TEXT.en.toggle })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await page.reload();
  await timelineReady(page);
  await expect(page.getByRole('button', { name: TEXT.en.toggle })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  await page.getByRole('button', { name: TEXT.en.leaders }).click();
  const chart = page.getByRole('region', { name: /Events per year/ });
  await expect(chart.getByRole('listitem').filter({ hasText: TEXT.en.pair })).toBeVisible();
  // Obuchi took office on 30 July 1998 (a month-precision July counts for him).
  const in1998 = events.filter((event) => event.date.startsWith('1998'));
  const hashimoto = in1998.filter((event) => event.date < '1998-07-30'.slice(0, event.date.length));
  await expect(
    page.getByRole('button', { name: TEXT.en.year(1998, in1998.length) }),
  ).toHaveAttribute(
    'title',
    new RegExp(
      `Ryutaro Hashimoto × Boris Yeltsin ${hashimoto.length} · Keizo Obuchi × Boris Yeltsin ${in1998.length - hashimoto.length}`,
    ),
  );
  await expectNoSeriousViolations(page);
});

test('a year can be chosen with the keyboard', async ({ page }) => {
  await page.goto('/?lang=ja&rhythm=1');
  await timelineReady(page);
  const bar = page.getByRole('button', { name: TEXT.ja.year(2001, inYear(2001)) });
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/start=2001-01-01&end=2002-01-01/);
});
