import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/lib/dataset/schema';
import { formatDateSpan } from '../../src/lib/dates';

/**
 * The box of an event on the timeline, found as a reader finds it: by its
 * label, told apart from same-named meetings (three in Tokyo) by the full
 * title and date shown on hover.
 */
export function eventItem(page: Page, event: TimelineEvent, language: 'ja' | 'en' = 'ja') {
  const label = (event.shortTitle ?? event.title)[language];
  const hover = `${event.title[language]} — ${formatDateSpan(event.date, event.endDate, language)}`;
  return page
    .locator('.vis-item.event.vis-box')
    .filter({ hasText: label })
    .filter({ has: page.getByTitle(hover, { exact: true }) });
}

export function panel(page: Page) {
  return page.getByRole('complementary');
}

/**
 * Resolves once the URL has caught up with the view: the app writes it in a
 * task after the next frame, so a frame and a task later it is current.
 */
export async function urlCaughtUp(page: Page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20))),
  );
}

/** The visible window as the URL records it, in days. */
export function windowFromUrl(page: Page): { start: number; end: number; days: number } | null {
  const params = new URL(page.url()).searchParams;
  const start = params.get('start');
  const end = params.get('end');
  if (!start || !end) return null;
  const from = Date.parse(start);
  const to = Date.parse(end);
  return { start: from, end: to, days: Math.round((to - from) / 86_400_000) };
}

export async function timelineReady(page: Page) {
  await expect(page.locator('.vis-item.event.vis-box').first()).toBeVisible();
}

export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`),
  ).toEqual([]);
}
