/**
 * Blocking time as Chromium itself counts it: a cold load on a phone-sized
 * page with the CPU slowed 4× (Lighthouse's mobile slowdown), every long
 * task reported by the page's own Long Tasks API within a few seconds of
 * navigation, each counted beyond its first 50 ms.
 *
 * Lighthouse's TBT comes from its own trace, and the trace's invalidation
 * tracking makes every forced style recalculation dearer; vis-timeline's
 * size reads force many. This figure has no trace running, so it tells what
 * the page's main thread does from what the tracing adds.
 */
import type { Browser } from '@playwright/test';

export const PHONE = { width: 412, height: 823 } as const;
export const CPU_SLOWDOWN = 4;
/** Long enough for the first view and what follows it (sources, offline copy) at 4×. */
export const WATCH_MS = 6000;
const BLOCKING_AFTER_MS = 50;

export interface BlockingRun {
  blockingMs: number;
  longTasks: number;
  longestMs: number;
}

/** The blocking part of each long task, summed. */
export function blockingTime(durations: readonly number[]): BlockingRun {
  return {
    blockingMs: durations.reduce((sum, ms) => sum + Math.max(0, ms - BLOCKING_AFTER_MS), 0),
    longTasks: durations.length,
    longestMs: durations.reduce((longest, ms) => Math.max(longest, ms), 0),
  };
}

export async function measureBlocking(browser: Browser, url: string): Promise<BlockingRun> {
  const context = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(() => {
      const durations: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = durations;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) durations.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(WATCH_MS);
    const durations = await page.evaluate(
      () => (window as unknown as { __longTasks: number[] }).__longTasks,
    );
    return blockingTime(durations);
  } finally {
    await context.close();
  }
}
