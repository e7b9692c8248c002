import { expect, test } from '@playwright/test';
import { agreementById, eventById, events } from './dataset';
import { eventItem, panel, timelineReady } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('the event panel gives place, occasion, participants, key points, documents and sources', async ({
  page,
}) => {
  const newYork = eventById('2009-09-new-york-summit');
  await page.goto(`/?lang=ja&event=${newYork.id}`);
  const details = panel(page);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(newYork.title.ja);
  await expect(details).toContainText(newYork.place.ja);
  if (newYork.occasion) await expect(details).toContainText(newYork.occasion.ja);
  await expect(details).toContainText('鳩山由紀夫');
  await expect(details.getByRole('heading', { name: '要点' })).toBeVisible();
  await expect(
    details.getByRole('heading', { name: '要点' }).locator('xpath=..').getByRole('listitem'),
  ).toHaveCount(newYork.keyPoints?.length ?? 0);
  const source = details.getByRole('link', { name: '国連総会の際の日露首脳会談(概要)' });
  await expect(source).toHaveAttribute(
    'href',
    'https://www.mofa.go.jp/mofaj/area/russia/visit/0909_sk.html',
  );
});

test('previous and next step through the events in time order', async ({ page }) => {
  const index = events.findIndex((event) => event.id === '2001-03-irkutsk-summit');
  const [before, current, after] = [events[index - 1], events[index], events[index + 1]];
  if (!before || !current || !after) throw new Error('neighbours missing');
  await page.goto(`/?lang=en&event=${current.id}`);
  await page.getByRole('button', { name: /Next event/ }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(after.title.en);
  await page.getByRole('button', { name: /Previous event/ }).click();
  await page.getByRole('button', { name: /Previous event/ }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(before.title.en);
  await expect(page).toHaveURL(new RegExp(`event=${before.id}`));
});

test('an agreement opened from an event lists what it builds on and highlights its events', async ({
  page,
}) => {
  const irkutsk = eventById('2001-03-irkutsk-summit');
  const statement = agreementById('2001-irkutsk-statement');
  await page.goto('/?lang=ja');
  await timelineReady(page);
  await eventItem(page, irkutsk).click();
  await panel(page).getByRole('button', { name: statement.name.ja }).click();

  const details = panel(page);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(statement.name.ja);
  await expect(page).toHaveURL(/agreement=2001-irkutsk-statement/);
  for (const reference of statement.references) {
    await expect(
      details.getByRole('button', { name: agreementById(reference).name.ja }),
    ).toBeVisible();
  }
  const citing = events.filter((event) => event.agreements.includes(statement.id));
  await expect(page.locator('.vis-item.event.vis-point.is-related')).toHaveCount(citing.length);

  // Follow the lineage back to the Tokyo Declaration, and from it to a later meeting.
  await details
    .getByRole('button', { name: agreementById('1993-tokyo-declaration').name.ja })
    .click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    agreementById('1993-tokyo-declaration').name.ja,
  );
  await expect(details.getByRole('button', { name: statement.name.ja })).toBeVisible();
  const kawana = eventById('1998-04-kawana-summit');
  await details.getByRole('button', { name: kawana.title.ja }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(kawana.title.ja);
});

test('the document list and the documents lane both open an agreement', async ({ page }) => {
  const plan = agreementById('2003-japan-russia-action-plan');
  await page.goto('/?lang=en');
  await timelineReady(page);
  await page
    .getByRole('region', { name: 'Documents and agreements' })
    .getByRole('button', { name: plan.name.en, exact: true })
    .click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(plan.name.en);
  await panel(page).getByRole('button', { name: 'Close' }).click();

  await page
    .locator(
      `.vis-item.agreement .marker__mark[title^="${agreementById('2001-irkutsk-statement').name.en} — "]`,
    )
    .click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    agreementById('2001-irkutsk-statement').name.en,
  );
});
