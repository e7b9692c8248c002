import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { eventById, events } from './dataset';
import { eventItem, expectNoSeriousViolations, panel, timelineReady } from './helpers';

const irkutsk = eventById('2001-03-irkutsk-summit');
const kawana = eventById('1998-04-kawana-summit');

const TEXT = {
  ja: {
    openFull: /年表のページで開く/,
    share: '共有・埋め込み',
    code: 'ウェブページ用の埋め込みコード',
    copyCode: '埋め込みコードをコピー',
    copied: 'クリップボードにコピーしました。',
    frameTitle: '日露平和条約交渉の歩み(1993–2014年)インタラクティブ年表',
    timeline: '会談の年表',
    keyboard: '年表: 矢印キーで出来事を移動',
    close: '閉じる',
  },
  en: {
    openFull: /Open the full view/,
    share: 'Share / Embed',
    code: 'Embed code for a web page',
    copyCode: 'Copy the embed code',
    copied: 'Copied to the clipboard.',
    frameTitle: 'Japan–Russia peace-treaty diplomacy, 1993–2014: an interactive timeline',
    timeline: 'Timeline of meetings',
    keyboard: 'Timeline: use the arrow keys to move between events',
    close: 'Close',
  },
} as const;

/** An event's mark on the timeline inside a frame, found as eventItem finds it on a page. */
function eventInFrame(frame: FrameLocator, event: (typeof events)[number], language: 'ja' | 'en') {
  return frame.locator(`.vis-item.event .marker__mark[title^="${event.title[language]} — "]`);
}

/** The app's chrome that an embed leaves out. */
async function expectNoChrome(page: Page | FrameLocator, language: 'ja' | 'en') {
  const view = language === 'ja' ? '表示' : 'View';
  await expect(page.getByRole('group', { name: view, exact: true })).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: TEXT[language].share })).toHaveCount(0);
  await expect(
    page.getByRole('region', {
      name: language === 'ja' ? '文書・合意' : 'Documents and agreements',
    }),
  ).toHaveCount(0);
  await expect(page.locator('.app__subtitle')).toHaveCount(0);
}

function paramsOf(href: string | null) {
  if (!href) throw new Error('no href');
  return new URL(href);
}

for (const language of ['ja', 'en'] as const) {
  test(`an embed link (${language}) shows the timeline and the event without the chrome, linking to the same view`, async ({
    page,
  }) => {
    await page.goto(`/?embed=1&lang=${language}&event=${irkutsk.id}`);
    await expect(page.locator('.app')).toHaveClass(/app--embed/);
    await expect(page.getByRole('region', { name: TEXT[language].timeline })).toBeVisible();
    await timelineReady(page);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      irkutsk.title[language],
    );
    await expectNoChrome(page, language);

    const full = page.getByRole('link', { name: TEXT[language].openFull });
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', /noopener/);
    const href = paramsOf(await full.getAttribute('href'));
    expect(href.origin + href.pathname).toBe(new URL('/', page.url()).href);
    expect(href.searchParams.has('embed')).toBe(false);
    expect(href.searchParams.get('event')).toBe(irkutsk.id);
    expect(href.searchParams.get('lang')).toBe(language);
    await expectNoSeriousViolations(page);
  });
}

test('the full-view link follows the reader and opens the full app in a new tab', async ({
  page,
  context,
}) => {
  await page.goto(`/?embed=1&lang=en&event=${irkutsk.id}`);
  await timelineReady(page);
  const full = page.getByRole('link', { name: TEXT.en.openFull });
  await eventItem(page, kawana, 'en').click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(kawana.title.en);
  await expect(full).toHaveAttribute('href', new RegExp(`event=${kawana.id}`));

  const [opened] = await Promise.all([context.waitForEvent('page'), full.click()]);
  await expect(panel(opened).getByRole('heading', { level: 2 })).toHaveText(kawana.title.en);
  await expect(opened.getByRole('button', { name: TEXT.en.share })).toBeVisible();
  expect(new URL(opened.url()).searchParams.has('embed')).toBe(false);
  // The embed itself stays where it was.
  await expect(page).toHaveURL(/embed=1/);
});

test('the filters, window and language of an embed link apply, and its language switch works', async ({
  page,
}) => {
  await page.goto(
    `/?embed=1&lang=en&kinds=summit&start=2000-01-01&end=2002-12-31&event=${irkutsk.id}`,
  );
  await timelineReady(page);
  await expect(page.locator('.vis-item.event--foreign-ministers')).toHaveCount(0);
  await expect(page.locator('.vis-time-axis .vis-text').filter({ hasText: /^2001$/ })).toHaveCount(
    1,
  );
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(irkutsk.title.en);

  await page.getByRole('button', { name: '日本語' }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(irkutsk.title.ja);
  const href = paramsOf(
    await page.getByRole('link', { name: TEXT.ja.openFull }).getAttribute('href'),
  );
  expect(Object.fromEntries(href.searchParams)).toEqual({
    lang: 'ja',
    event: irkutsk.id,
    start: '2000-01-01',
    end: '2002-12-31',
    kinds: 'summit',
  });
  await expectNoSeriousViolations(page);
});

/** A page of an article on the same origin, with the embed in an iframe of the given size. */
async function openArticle(page: Page, src: string, width: number, height: number) {
  await page.route('**/article-with-embed.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>An article</title><main><h1>An article</h1>
        <p>Text before the timeline.</p>
        <iframe src="${src}" title="Timeline" width="${width}" height="${height}" style="border:0"></iframe>
        <p>Text after it.</p></main></html>`,
    }),
  );
  await page.goto('/article-with-embed.html');
  return page.frameLocator('iframe[title="Timeline"]');
}

for (const [width, height, language] of [
  [640, 420, 'en'],
  [360, 480, 'ja'],
] as const) {
  test(`in a ${width}×${height} iframe (${language}) an event opens in a sheet that fits, by mouse and by keyboard`, async ({
    page,
  }) => {
    const frame = await openArticle(page, `/?embed=1&lang=${language}`, width, height);
    await expect(frame.locator('.vis-item.event .marker__mark').first()).toBeVisible();
    await expectNoChrome(frame, language);

    await eventInFrame(frame, irkutsk, language).click();
    const sheet = frame.getByRole('complementary');
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(irkutsk.title[language]);
    const close = sheet.getByRole('button', { name: TEXT[language].close, exact: true });
    await expect(close).toBeInViewport();
    const box = await sheet.boundingBox();
    const frameBox = await page.locator('iframe').boundingBox();
    if (!box || !frameBox) throw new Error('not laid out');
    // Inside the iframe, and no wider than it.
    expect(box.width).toBeLessThanOrEqual(width);
    expect(box.y).toBeGreaterThanOrEqual(frameBox.y);
    expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + frameBox.height + 1);
    expect(
      await frame.locator('html').evaluate((html) => html.scrollWidth <= html.clientWidth),
    ).toBe(true);
    await close.click();
    await expect(sheet).toHaveCount(0);

    // The keyboard alone: the timeline's arrow keys, Enter to open, Escape to close.
    await frame.getByRole('application', { name: TEXT[language].keyboard }).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(
      events[0]?.title[language] ?? '',
    );
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(frame.getByRole('application', { name: TEXT[language].keyboard })).toBeFocused();
  });
}

for (const language of ['ja', 'en'] as const) {
  test(`"Share / Embed" (${language}) copies an iframe of the current view, which then embeds it`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/?lang=${language}&kinds=summit,visit&event=${irkutsk.id}`);
    await timelineReady(page);
    const toggle = page.getByRole('button', { name: TEXT[language].share });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const box = page.getByRole('textbox', { name: TEXT[language].code });
    await expect(box).toHaveAttribute('readonly', '');
    await expect(box).toHaveValue(/embed=1/);
    await expectNoSeriousViolations(page);

    // The code follows the view while the disclosure is open.
    await eventItem(page, kawana, language).click();
    await expect(box).toHaveValue(new RegExp(`event=${kawana.id}`));

    await page.getByRole('button', { name: TEXT[language].copyCode }).click();
    await expect(page.getByRole('status').filter({ hasText: TEXT[language].copied })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await box.inputValue());

    // Parse it as a browser would: one iframe, with the view's state and embed=1.
    const iframe = await page.evaluate((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      const frames = template.content.querySelectorAll('iframe');
      const frame = frames[0];
      return frames.length === 1 && frame
        ? {
            src: frame.src,
            title: frame.title,
            width: frame.getAttribute('width'),
            height: frame.getAttribute('height'),
            loading: frame.getAttribute('loading'),
          }
        : null;
    }, copied);
    expect(iframe).toMatchObject({
      title: TEXT[language].frameTitle,
      width: '100%',
      height: '480',
      loading: 'lazy',
    });
    const src = new URL(iframe?.src ?? '');
    expect(Object.fromEntries(src.searchParams)).toEqual({
      lang: language,
      event: kawana.id,
      kinds: 'summit,visit',
      embed: '1',
    });

    // Escape closes the disclosure (not the event panel) and returns to its button.
    await box.focus();
    await page.keyboard.press('Escape');
    await expect(box).toHaveCount(0);
    await expect(toggle).toBeFocused();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(kawana.title[language]);

    // The copied code, pasted into an article, shows that view.
    await page.route('**/article-with-copied-embed.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="${language}"><title>Article</title><main>${copied}</main></html>`,
      }),
    );
    await page.goto('/article-with-copied-embed.html');
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      kawana.title[language],
    );
    await expect(frame.locator('.vis-item.event--foreign-ministers')).toHaveCount(0);
    await expect(frame.getByRole('link', { name: TEXT[language].openFull })).toBeVisible();
  });
}
