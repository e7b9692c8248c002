import { expect, test, type Locator, type Page } from '@playwright/test';
import { agreementById, eventById } from './dataset';
import { expectNoSeriousViolations, panel } from './helpers';

/** The Japanese and English cells of the row that holds a field's Japanese text. */
function row(page: Page, japanese: string) {
  const cells = panel(page)
    .locator('.parallel-row')
    .filter({ has: page.locator('.parallel-row__cell--ja', { hasText: japanese }) })
    .first();
  return {
    ja: cells.locator('[lang="ja"]'),
    en: cells.locator('[lang="en"]'),
  };
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

const newYork = eventById('2009-09-new-york-summit');

test('in Japanese, parallel reading sets the English beside each field, and a reload keeps it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/?lang=ja&event=${newYork.id}`);
  const toggle = panel(page).getByRole('button', { name: '日英' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(panel(page).getByText(newYork.summary.en)).toHaveCount(0);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/parallel=1/);

  const summary = row(page, newYork.summary.ja.slice(0, 20));
  await expect(summary.ja).toHaveText(newYork.summary.ja);
  await expect(summary.en).toHaveText(newYork.summary.en);
  // Side by side: the English starts level with the Japanese, to its right.
  const [ja, en] = [await box(summary.ja), await box(summary.en)];
  expect(en.x).toBeGreaterThan(ja.x + ja.width - 1);
  expect(Math.abs(en.y - ja.y)).toBeLessThan(2);

  // One row per key point, each Japanese point beside its translation.
  const points = newYork.keyPoints ?? [];
  expect(points.length).toBeGreaterThan(1);
  for (const point of points) {
    const pointRow = row(page, point.ja);
    await expect(pointRow.en).toHaveText(point.en);
  }
  await expect(row(page, newYork.place.ja).en).toHaveText(newYork.place.en);
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(newYork.title.en);
  // The UI around the text stays in Japanese.
  await expect(panel(page).getByRole('heading', { name: '要点' })).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/parallel=1/);
  await expect(panel(page).getByRole('button', { name: '日英' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(row(page, newYork.summary.ja.slice(0, 20)).en).toHaveText(newYork.summary.en);
});

test('in Japanese, the panel is accessible with parallel reading on and the citation open', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/?lang=ja&event=${newYork.id}&parallel=1`);
  await panel(page).getByRole('button', { name: '引用', exact: true }).click();
  await expect(panel(page).getByRole('region', { name: 'この記録を引用する' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('in English, a document reads side by side from a link, and the toggle works from the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const irkutsk = agreementById('2001-irkutsk-statement');
  await page.goto(`/?lang=en&agreement=${irkutsk.id}&parallel=1`);
  const toggle = panel(page).getByRole('button', { name: 'Japanese–English' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(row(page, irkutsk.summary.ja.slice(0, 20)).en).toHaveText(irkutsk.summary.en);
  for (const provision of irkutsk.provisions ?? []) {
    await expect(row(page, provision.ja).en).toHaveText(provision.en);
  }
  await expect(panel(page).getByRole('heading', { name: 'Summary' })).toBeVisible();

  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/parallel=1/);
  await expect(panel(page).getByText(irkutsk.summary.ja)).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});

test('in English, the panel is accessible with parallel reading on and the citation open', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/?lang=en&agreement=2001-irkutsk-statement&parallel=1`);
  await panel(page).getByRole('button', { name: 'Cite', exact: true }).click();
  await expect(panel(page).getByRole('region', { name: 'Cite this' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('on a phone the two languages stack within each row', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/?lang=ja&event=${newYork.id}&parallel=1`);
  const summary = row(page, newYork.summary.ja.slice(0, 20));
  await expect(summary.en).toHaveText(newYork.summary.en);
  const [ja, en] = [await box(summary.ja), await box(summary.en)];
  expect(en.y).toBeGreaterThanOrEqual(ja.y + ja.height - 1);
  expect(Math.abs(en.x - ja.x)).toBeLessThan(2);
  await expectNoSeriousViolations(page);
});
