import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/lib/dataset/schema';

/** The box of an event on the timeline, found by the label a reader sees. */
export function eventItem(page: Page, event: TimelineEvent, language: 'ja' | 'en' = 'ja') {
  const label = (event.shortTitle ?? event.title)[language];
  return page
    .locator('.vis-item.event.vis-box')
    .filter({ hasText: new RegExp(`^${escape(label)}$`) });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function panel(page: Page) {
  return page.getByRole('complementary');
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
