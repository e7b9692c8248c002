import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SUBPATH_URL } from '../../playwright.config';
import type { Source } from '../../src/lib/dataset/schema';
import { formatDateSpan } from '../../src/lib/dates';
import { agreementById, eventById } from './dataset';
import { expectNoSeriousViolations, panel } from './helpers';

const sources = (
  JSON.parse(readFileSync(new URL('../../public/data/sources.json', import.meta.url), 'utf8')) as {
    sources: Source[];
  }
).sources;

function urlOf(id: string): string {
  const url = sources.find((source) => source.id === id)?.url;
  if (!url) throw new Error(`source ${id} has no URL`);
  return url;
}

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 900 });
});

async function copied(page: Page, button: string): Promise<string> {
  const copy = panel(page).getByRole('button', { name: button });
  await copy.click();
  await expect(
    panel(page)
      .locator('.copy-button')
      .filter({ has: page.getByRole('button', { name: button }) })
      .getByRole('status'),
  ).not.toBeEmpty();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The app's own link in a citation: the one address on this origin. */
function appLink(citation: string, origin: string): string {
  const link = citation.match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(origin));
  if (!link) throw new Error(`no link to the app in: ${citation}`);
  return link;
}

test('in Japanese, Cite copies a citation whose link opens the same event', async ({
  page,
  baseURL,
}) => {
  const kawana = eventById('1998-04-kawana-summit');
  await page.goto(`/?lang=ja&event=${kawana.id}&q=Kawana`);
  const cite = panel(page).getByRole('button', { name: '引用', exact: true });
  await expect(cite).toHaveAttribute('aria-expanded', 'false');
  await cite.click();
  await expect(cite).toHaveAttribute('aria-expanded', 'true');
  const section = panel(page).getByRole('region', { name: 'この記録を引用する' });
  await expect(section.locator('[lang="ja"]')).toContainText(`「${kawana.title.ja}」`);
  await expect(section.locator('[lang="en"]')).toContainText(`“${kawana.title.en}”`);

  const citation = await copied(page, '日本語の引用をコピー');
  expect(citation).toContain(`「${kawana.title.ja}」`);
  for (const cited of kawana.sources) {
    const url = sources.find((source) => source.id === cited.source)?.url;
    if (url) expect(citation).toContain(url);
  }
  expect(citation).toMatch(/\d{4}年\d{1,2}月\d{1,2}日閲覧/);
  const link = appLink(citation, baseURL ?? '');
  // A stable link: the record and language, not the reader's search.
  expect(link).toBe(`${baseURL}/?lang=ja&event=${kawana.id}`);

  await expectNoSeriousViolations(page);

  const reader = await page.context().newPage();
  await reader.goto(link);
  await expect(panel(reader).getByRole('heading', { level: 2 })).toHaveText(kawana.title.ja);
});

test('in English, a document’s citation names its sources and links back to it', async ({
  page,
  baseURL,
}) => {
  const declaration = agreementById('1993-tokyo-declaration');
  await page.goto(`/?lang=en&agreement=${declaration.id}`);
  await panel(page).getByRole('button', { name: 'Cite', exact: true }).click();
  await panel(page).getByRole('button', { name: 'Japanese–English' }).click();
  await expect(panel(page).getByRole('region', { name: 'Cite this' })).toBeVisible();
  await expectNoSeriousViolations(page);

  const citation = await copied(page, 'Copy the English citation');
  expect(citation).toContain(
    `“${declaration.name.en}” (${formatDateSpan(declaration.date, undefined, 'en')})`,
  );
  const withUrl = declaration.sources.find((cited) =>
    sources.some((source) => source.id === cited.source && source.url),
  );
  if (!withUrl) throw new Error('the declaration cites no source with a URL');
  expect(citation).toContain(urlOf(withUrl.source));
  expect(citation).toMatch(/\(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)\./);
  const link = appLink(citation, baseURL ?? '');
  expect(link).toBe(`${baseURL}/?lang=en&agreement=${declaration.id}`);

  // The Japanese citation is there too, with its own button.
  const japanese = await copied(page, 'Copy the Japanese citation');
  expect(japanese).toContain(`「${declaration.name.ja}」`);
  expect(japanese).toContain(`/?lang=ja&agreement=${declaration.id}`);
  // And the Russian one, fetching the Russian strings for the app's title.
  const russian = await copied(page, 'Copy the Russian citation');
  expect(russian).toContain(
    `(${formatDateSpan(declaration.date, undefined, 'ru')}) // Переговоры Японии и России о мирном договоре`,
  );
  expect(russian).toMatch(/\(дата обращения: \d{2}\.\d{2}\.\d{4}\)\.$/mu);
  expect(russian).toContain(`/?lang=ru&agreement=${declaration.id}`);

  const reader = await page.context().newPage();
  await reader.goto(link);
  await expect(panel(reader).getByRole('heading', { level: 2 })).toHaveText(declaration.name.en);
});

test.describe('under a sub-path', () => {
  test.use({ baseURL: SUBPATH_URL });

  test('the citation links under the same sub-path', async ({ page }) => {
    const irkutsk = eventById('2001-03-irkutsk-summit');
    await page.goto(`./?lang=en&event=${irkutsk.id}`);
    await panel(page).getByRole('button', { name: 'Cite', exact: true }).click();
    const citation = await copied(page, 'Copy the English citation');
    const link = appLink(citation, new URL(SUBPATH_URL).origin);
    expect(link).toBe(`${SUBPATH_URL}?lang=en&event=${irkutsk.id}`);
    await page.goto(link);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(irkutsk.title.en);
  });
});
