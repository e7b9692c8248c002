import { expect, test } from '@playwright/test';
import { agreementById, eventById } from './dataset';
import { eventItem, panel, timelineReady, windowFromUrl } from './helpers';

test('a shared link restores the language, the open event, the window and the filters', async ({
  page,
}) => {
  const yokohama = eventById('2010-11-yokohama-summit');
  await page.goto(
    `/?lang=en&event=${yokohama.id}&start=2010-01-01&end=2011-12-31&kinds=summit&q=Medvedev`,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(yokohama.title.en);
  await expect(page.getByRole('checkbox', { name: 'Foreign ministers' })).not.toBeChecked();
  await expect(page.getByRole('searchbox')).toHaveValue('Medvedev');
  // Only summits in 2010–2011 that mention Medvedev are drawn, and the axis shows 2010–2011.
  await expect(eventItem(page, yokohama, 'en')).toBeVisible();
  await expect(page.locator('.vis-item.event--foreign-ministers')).toHaveCount(0);
  await expect(page.locator('.vis-time-axis .vis-text').filter({ hasText: /^2011$/ })).toHaveCount(
    1,
  );
  const window = windowFromUrl(page);
  expect(window?.start).toBe(Date.parse('2010-01-01'));
  expect(window?.end).toBe(Date.parse('2011-12-31'));
});

test('an agreement link opens the agreement', async ({ page }) => {
  const moscow = agreementById('1998-moscow-declaration');
  await page.goto(`/?lang=ja&agreement=${moscow.id}`);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(moscow.name.ja);
});

test('Back and Forward step through selections', async ({ page }) => {
  const tokyo = eventById('1993-10-tokyo-summit');
  const irkutsk = eventById('2001-03-irkutsk-summit');
  await page.goto('/?lang=ja');
  await timelineReady(page);
  await eventItem(page, tokyo).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(tokyo.title.ja);
  await eventItem(page, irkutsk).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(irkutsk.title.ja);

  await page.goBack();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(tokyo.title.ja);
  await expect(page).toHaveURL(new RegExp(`event=${tokyo.id}`));
  await page.goBack();
  await expect(panel(page)).toHaveCount(0);
  await page.goForward();
  await page.goForward();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(irkutsk.title.ja);
});

test('an unknown id gets a polite notice and a working timeline', async ({ page }) => {
  await page.goto('/?lang=en&event=1999-01-no-such-meeting');
  await expect(
    page.getByRole('status').filter({ hasText: '“1999-01-no-such-meeting”' }),
  ).toContainText('not in the timeline');
  await timelineReady(page);
  await eventItem(page, eventById('2001-03-irkutsk-summit'), 'en').click();
  await expect(panel(page)).toBeVisible();
});

test('malformed parameters are ignored with a notice', async ({ page }) => {
  await page.goto(
    '/?lang=xx&start=2010-05-01&end=2001-01-01&kinds=bogus&view=3d&event=%3Cscript%3E',
  );
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'ignored' })
      .or(page.getByRole('status').filter({ hasText: '無視' })),
  ).toBeVisible();
  await timelineReady(page);
  expect(windowFromUrl(page)).toBeNull();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
});
