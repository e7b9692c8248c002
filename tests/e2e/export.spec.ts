import { expect, test, type Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { filterEvents } from '../../src/features/events/filter-events';
import type { LeaderTerm } from '../../src/lib/dataset/schema';
import { ALL_KINDS } from '../../src/stores/ui-store';
import { events } from './dataset';
import { expectNoSeriousViolations, timelineReady } from './helpers';

function published<T>(file: string, key: string): T[] {
  const raw = readFileSync(new URL(`../../public/data/${file}`, import.meta.url), 'utf8');
  return (JSON.parse(raw) as Record<string, T[]>)[key] ?? [];
}
const leaderTerms = published<LeaderTerm>('leaders.json', 'terms');

/** Clicks an export choice and reads back the file the browser saved. */
async function download(page: Page, choice: RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: choice }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

function csvRows(bytes: Buffer): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('in Japanese, the events found by a search export as CSV and JSON, exactly those', async ({
  page,
  baseURL,
}) => {
  await page.goto('/?lang=ja');
  await timelineReady(page);
  const query = '東京';
  await page.getByRole('searchbox', { name: 'タイトル・概要を検索' }).fill(query);
  const shown = filterEvents(events, { kinds: ALL_KINDS, leader: null, query }, leaderTerms);
  expect(shown.length).toBeGreaterThan(1);
  expect(shown.length).toBeLessThan(events.length);
  await expect(page.getByText(`${shown.length}件の出来事が該当`)).toBeVisible();

  const toggle = page.getByRole('button', { name: '書き出し' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousViolations(page);

  const csv = await download(page, /CSV/);
  expect(csv.name).toMatch(/^japan-russia-events-\d{4}-\d{2}-\d{2}\.csv$/);
  // UTF-8 with a byte-order mark, so Excel shows the Japanese.
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = csvRows(csv.bytes);
  expect(rows.map((row) => row.id)).toEqual(shown.map((event) => event.id));
  const first = shown[0];
  expect(rows[0]).toMatchObject({
    title_ja: first?.title.ja,
    title_en: first?.title.en,
    link_ja: `${baseURL}/?lang=ja&event=${first?.id}`,
  });
  await expect(page.getByRole('status').filter({ hasText: csv.name })).toBeVisible();

  const json = await download(page, /件をJSONで/);
  expect(json.name).toMatch(/^japan-russia-events-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(json.bytes.toString('utf8'))).toEqual({ events: shown });
});

test('in English, the events left by the kind filters export from the keyboard', async ({
  page,
}) => {
  await page.goto('/?lang=en&kinds=foreign-ministers,visit');
  await timelineReady(page);
  const shown = events.filter((event) => ['foreign-ministers', 'visit'].includes(event.kind));

  const toggle = page.getByRole('button', { name: 'Export', exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const csvChoice = page.getByRole('button', { name: /as CSV/ });
  await expect(csvChoice).toHaveText(`The ${shown.length} events shown, as CSV (for Excel)`);
  await page.keyboard.press('Tab');
  await expect(csvChoice).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const rows = csvRows(readFileSync(await file.path()));
  expect(rows.map((row) => row.id)).toEqual(shown.map((event) => event.id));
  expect(rows.every((row) => row.kind === 'foreign-ministers' || row.kind === 'visit')).toBe(true);

  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(csvChoice).toBeHidden();
});

test('the whole dataset exports with its schema, and passes it', async ({ page }) => {
  await page.goto('/?lang=en&q=Irkutsk');
  await timelineReady(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expectNoSeriousViolations(page);
  const file = await download(page, /whole dataset/);
  expect(file.name).toMatch(/^japan-russia-dataset-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(file.bytes.toString('utf8')) as {
    schema: Record<string, unknown>;
    data: Record<string, unknown[]>;
  };
  // Everything, not just what the search shows.
  expect(exported.data.events).toHaveLength(events.length);
  expect(exported.data.agreements).toHaveLength(published('agreements.json', 'agreements').length);
  expect(exported.data.leaderTerms).toHaveLength(leaderTerms.length);
  expect(exported.data.sources).toHaveLength(published('sources.json', 'sources').length);
  expect(exported.data.venues).toHaveLength(published('venues.json', 'venues').length);

  expect(exported.schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const validate = addFormats(new Ajv2020({ allErrors: true })).compile(exported.schema);
  expect(validate(exported.data), JSON.stringify(validate.errors)).toBe(true);
});

test('the export code loads only when the reader opens Export', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/?lang=ja');
  await timelineReady(page);
  const loaded = () => scripts.filter((path) => /\/assets\/export-/.test(path));
  expect(loaded()).toEqual([]);
  await page.getByRole('button', { name: '書き出し' }).click();
  await expect(page.getByRole('button', { name: /件をJSONで/ })).toBeVisible();
  expect(loaded()).toHaveLength(1);
  await download(page, /件をJSONで/);
});
