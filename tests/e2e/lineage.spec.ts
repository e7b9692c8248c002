import { expect, test } from '@playwright/test';
import { agreementById, agreements } from './dataset';
import { expectNoSeriousViolations, panel, timelineReady } from './helpers';

const TEXT = {
  ja: { view: '文書の系譜', ancestor: '表示中の文書の基礎', region: '文書の系譜' },
  en: {
    view: 'Documents',
    ancestor: 'The open document builds on this',
    region: 'How the documents build on each other',
  },
} as const;

for (const language of ['ja', 'en'] as const) {
  test(`a document opened from the lineage shows in the panel, with its ancestors marked (${language})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?lang=${language}`);
    await timelineReady(page);
    await page.getByRole('button', { name: TEXT[language].view, exact: true }).click();
    await expect(page).toHaveURL(/view=documents/);

    const lineage = page.getByRole('region', { name: TEXT[language].region });
    const documents = lineage.getByRole('list').getByRole('button');
    await expect(documents).toHaveCount(agreements.length);
    await expect(documents.first()).toContainText(
      (agreementById('1956-japan-soviet-joint-declaration').shortName ??
        agreementById('1956-japan-soviet-joint-declaration').name)[language],
    );

    const irkutsk = agreementById('2001-irkutsk-statement');
    const button = lineage.getByRole('button', {
      name: new RegExp((irkutsk.shortName ?? irkutsk.name)[language]),
    });
    await button.click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(irkutsk.name[language]);
    await expect(page).toHaveURL(/agreement=2001-irkutsk-statement/);
    await expect(button).toHaveAttribute('aria-current', 'true');

    const ancestors = lineage.getByRole('listitem').filter({ hasText: TEXT[language].ancestor });
    await expect(ancestors).toHaveCount(irkutsk.references.length);
    for (const id of irkutsk.references) {
      const reference = agreementById(id);
      await expect(
        ancestors.filter({
          has: page.getByRole('button', {
            name: new RegExp((reference.shortName ?? reference.name)[language]),
          }),
        }),
      ).toHaveCount(1);
    }
    // The arcs to what it builds on are the highlighted ones.
    await expect(page.locator('.lineage__arc.is-related')).toHaveCount(irkutsk.references.length);
    await expectNoSeriousViolations(page);
  });
}

test('the lineage reads on a 360 px phone and works from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=ja&view=documents');
  const documents = page
    .getByRole('region', { name: TEXT.ja.region })
    .getByRole('list')
    .getByRole('button');
  await expect(documents).toHaveCount(agreements.length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const box of await Promise.all((await documents.all()).map((item) => item.boundingBox()))) {
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  }

  const tokyo = agreementById('1993-tokyo-declaration');
  await documents.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(tokyo.name.ja);
  // Everything built directly on the Tokyo Declaration is marked.
  const builtOn = agreements.filter((agreement) => agreement.references.includes(tokyo.id));
  await expect(page.locator('.lineage__row.is-descendant')).toHaveCount(builtOn.length);
  await expectNoSeriousViolations(page);
});
