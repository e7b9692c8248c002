import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/lib/dataset/schema';
import { formatDateSpan } from '../../src/lib/dates';

/**
 * The mark of an event on the timeline, found as a reader finds it: by the
 * full title and date it shows on hover (its label may not fit at every zoom;
 * the hover tells same-named meetings, such as the many in Tokyo, apart).
 */
function markOf(page: Page, event: TimelineEvent, language: 'ja' | 'en') {
  const hover = `${event.title[language]} — ${formatDateSpan(event.date, event.endDate, language)}`;
  return page.locator('.marker__mark').and(page.getByTitle(hover, { exact: true }));
}

export function eventItem(page: Page, event: TimelineEvent, language: 'ja' | 'en' = 'ja') {
  return page.locator('.vis-item.event').locator(markOf(page, event, language));
}

/** The timeline item (for its classes) that holds an event's mark. */
export function eventItemOf(page: Page, event: TimelineEvent, language: 'ja' | 'en' = 'ja') {
  return page.locator('.vis-item.event').filter({ has: markOf(page, event, language) });
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
  await expect(page.locator('.vis-item.event .marker__mark').first()).toBeVisible();
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
