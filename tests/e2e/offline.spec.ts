import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { SUBPATH_URL } from '../../playwright.config';
import { eventById, events } from './dataset';
import { eventItem, expectNoSeriousViolations, panel, timelineReady } from './helpers';

// The only spec that lets the app's service worker run (see playwright.config.ts).
test.use({ serviceWorkers: 'allow' });
// Each test installs the worker, which saves the whole app first, then loads it again.
test.describe.configure({ timeout: 60_000 });

const irkutsk = eventById('2001-03-irkutsk-summit');
const CORE_FILES = ['events.json', 'agreements.json', 'leaders.json', 'sources.json'];

const SAVED_COPY = {
  ja: 'ネットワークに接続できないため',
  en: 'The network could not be reached, so the timeline shows the data saved on',
};

/**
 * Waits until a first visit has made the app work offline: the service worker
 * controls the page and the data files are saved.
 */
async function waitUntilOfflineReady(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
  await expect
    .poll(
      () =>
        page.evaluate(async (files) => {
          const cache = await caches.open('jrt-data');
          const saved = await Promise.all(
            files.map((file) =>
              cache.match(new URL(`data/${file}`, location.href).href, { ignoreVary: true }),
            ),
          );
          return saved.filter(Boolean).length;
        }, CORE_FILES),
      { timeout: 20_000 },
    )
    .toBe(CORE_FILES.length);
}

function savedCopyNotice(page: Page, language: 'ja' | 'en') {
  return page.getByRole('status').filter({ hasText: SAVED_COPY[language] });
}

for (const [language, where] of [
  ['ja', 'at the root'],
  ['en', 'under a sub-path'],
] as const) {
  test(`after one visit the app and its data work offline (${language}, ${where}), saying the data is a saved copy`, async ({
    page,
    context,
  }) => {
    const trouble: string[] = [];
    page.on('pageerror', (error) => trouble.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') trouble.push(message.text());
    });
    const start =
      where === 'at the root' ? `/?lang=${language}` : `${SUBPATH_URL}?lang=${language}`;
    await page.goto(start);
    await timelineReady(page);
    // Online, nothing is said about saved copies.
    await expect(savedCopyNotice(page, language)).toHaveCount(0);
    await waitUntilOfflineReady(page);

    await context.setOffline(true);
    await page.reload();
    await timelineReady(page);
    await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(events.length);
    // With the date the server sent that copy, e.g. "saved on 3 March 2025 at 14:05".
    await expect(savedCopyNotice(page, language)).toContainText(
      language === 'ja' ? /\d{4}年\d{1,2}月\d{1,2}日/ : /saved on \d{1,2} [A-Z][a-z]+ \d{4}/,
    );
    await eventItem(page, irkutsk, language).click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      irkutsk.title[language],
    );
    // The documents (another data file) came from the saved copy too.
    await expect(
      panel(page).getByRole('button', {
        name: language === 'ja' ? 'イルクーツク声明' : 'Irkutsk Statement',
      }),
    ).toBeVisible();
    await expectNoSeriousViolations(page);
    if (where === 'under a sub-path') {
      expect(new URL(page.url()).pathname).toBe('/jr-timeline/');
    }
    // Nothing failed on the way, online or off (a saved copy that no request
    // could find would show here as a failed load).
    expect(trouble).toEqual([]);
  });
}

/**
 * A copy of the build served by a tiny static server of our own, so that a
 * test can change a data file between visits, or make it fail or stall,
 * without touching the build other specs use.
 */
async function serveCopyOfBuild() {
  const root = mkdtempSync(join(tmpdir(), 'jrt-offline-'));
  cpSync(process.env.E2E_DIST ?? 'dist', root, { recursive: true });
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.webmanifest': 'application/manifest+json',
  };
  const trouble = new Map<string, 'fail' | 'stall'>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const problem = trouble.get(path);
    if (problem === 'fail') {
      response.writeHead(500).end('Internal Server Error');
      return;
    }
    let body: Buffer;
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end('Not found');
      return;
    }
    const send = () =>
      response
        .writeHead(200, {
          'Content-Type': types[extname(file)] ?? 'application/octet-stream',
          // As the preview server does: the browser must ask each time.
          'Cache-Control': 'no-cache',
        })
        .end(body);
    if (problem === 'stall') setTimeout(send, 8_000);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    root,
    trouble,
    editEvents(change: (data: { events: Record<string, unknown>[] }) => void) {
      const path = join(root, 'data', 'events.json');
      const data = JSON.parse(readFileSync(path, 'utf8')) as { events: Record<string, unknown>[] };
      change(data);
      writeFileSync(path, JSON.stringify(data));
    },
    /** Deploys a "new build": a changed page, and a worker that lists its new revision. */
    deployNewPage() {
      const page = join(root, 'index.html');
      writeFileSync(
        page,
        readFileSync(page, 'utf8').replace(
          '<head>',
          '<head><meta name="jrt-build" content="next">',
        ),
      );
      const worker = join(root, 'sw.js');
      const source = readFileSync(worker, 'utf8');
      const updated = source.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1next-build"');
      if (updated === source) throw new Error('index.html not found in the precache list');
      writeFileSync(worker, updated);
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

test('the map’s fine coastline is saved when a close-up first loads it, not behind every visit', async ({
  page,
  context,
}) => {
  const fineLand: string[] = [];
  page.on('request', (request) => {
    if (/land-50m/.test(request.url())) fineLand.push(request.url());
  });
  await page.goto('/?lang=en&view=map');
  await expect(page.locator('.venue-map__land path')).toHaveAttribute('d', /^M/);
  await waitUntilOfflineReady(page);
  // Installing the worker saved the app, but not the 170 KB a close-up needs.
  expect(fineLand).toEqual([]);

  await page.getByRole('button', { name: 'Europe' }).click();
  await expect.poll(() => fineLand.length).toBeGreaterThan(0);
  await expect
    .poll(() =>
      page.evaluate(async () => (await (await caches.open('jrt-map-detail')).keys()).length),
    )
    .toBe(1);

  // Offline, the close-up still draws its land and nothing reports a failure.
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Europe' }).click();
  await expect(page.locator('.venue-map__land path')).toHaveAttribute('d', /^M/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoSeriousViolations(page);
});

test('a data file changed on the server shows on the next visit, and is the copy kept offline', async ({
  page,
  context,
}) => {
  const site = await serveCopyOfBuild();
  try {
    const link = `${site.url}?lang=en&event=${irkutsk.id}`;
    await page.goto(link);
    const heading = panel(page).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(irkutsk.title.en);
    await waitUntilOfflineReady(page);

    const corrected = `${irkutsk.title.en} (corrected)`;
    site.editEvents((data) => {
      const record = data.events.find((event) => event.id === irkutsk.id);
      if (!record) throw new Error('event missing');
      record.title = { ...(record.title as object), en: corrected };
    });
    // The next visit, online, reads the file from the server, not the saved copy.
    await page.goto(link);
    await expect(heading).toHaveText(corrected);
    await expect(savedCopyNotice(page, 'en')).toHaveCount(0);

    // And that newer copy is the one kept for offline.
    await context.setOffline(true);
    await page.reload();
    await expect(heading).toHaveText(corrected);
    await expect(savedCopyNotice(page, 'en')).toBeVisible();
  } finally {
    await site.close();
  }
});

test('online, a server error is reported with a Retry rather than hidden behind the saved copy', async ({
  page,
}) => {
  const site = await serveCopyOfBuild();
  try {
    await page.goto(`${site.url}?lang=en`);
    await timelineReady(page);
    await waitUntilOfflineReady(page);

    site.trouble.set('/data/events.json', 'fail');
    await page.reload();
    const error = page.getByRole('alert');
    await expect(error).toContainText('the server answered 500 for events.json');
    await expect(savedCopyNotice(page, 'en')).toHaveCount(0);
    await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(0);

    site.trouble.delete('/data/events.json');
    await error.getByRole('button', { name: 'Retry' }).click();
    await timelineReady(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await site.close();
  }
});

test('a network too slow to answer gets the saved copy, with the notice, in Japanese', async ({
  page,
}) => {
  const site = await serveCopyOfBuild();
  try {
    await page.goto(`${site.url}?lang=ja`);
    await timelineReady(page);
    await waitUntilOfflineReady(page);

    site.trouble.set('/data/events.json', 'stall');
    await page.reload();
    // Well before the 8 s stall ends, and before the app's own 6 s "slow" notice.
    await expect(page.locator('.vis-item.event.vis-point')).toHaveCount(events.length, {
      timeout: 5_500,
    });
    await expect(savedCopyNotice(page, 'ja')).toBeVisible();
    await expectNoSeriousViolations(page);
  } finally {
    await site.close();
  }
});

test('a new build of the app replaces the saved one by itself', async ({ page, context }) => {
  const site = await serveCopyOfBuild();
  try {
    await page.goto(`${site.url}?lang=en`);
    await timelineReady(page);
    await waitUntilOfflineReady(page);
    const marker = page.locator('meta[name="jrt-build"]');
    await expect(marker).toHaveCount(0);

    site.deployNewPage();
    // The visit that finds the new worker installs it; the worker takes over
    // and the page reloads itself into the new build. (One visit, then wait:
    // reloading again and again would interrupt the install it is waiting for.)
    await page.reload();
    await timelineReady(page);
    await expect(marker).toHaveCount(1, { timeout: 30_000 });
    // It is the new build that is now saved for offline, not just fetched.
    await context.setOffline(true);
    await page.reload();
    await timelineReady(page);
    await expect(marker).toHaveCount(1);
  } finally {
    await site.close();
  }
});

test('an embed in an article does not install the app for offline use', async ({ page }) => {
  /** Waits past the moment the app registers its worker (after load, when idle), then counts. */
  const registrations = () =>
    page.evaluate(async () => {
      await new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 1_000)));
      return (await navigator.serviceWorker.getRegistrations()).length;
    });
  await page.goto(`/?embed=1&lang=en&event=${irkutsk.id}`);
  await timelineReady(page);
  expect(await registrations()).toBe(0);
  // The full view, in the same browser, does.
  await page.goto('/?lang=en');
  await timelineReady(page);
  expect(await registrations()).toBe(1);
});
