import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  DEFAULT_WINDOW,
  panWindow,
  revealTime,
  WINDOW_LIMITS,
  zoomWindow,
} from '../../src/lib/time-window';

const year = (y: number) => new Date(y, 0, 1).getTime();

describe('time window moves', () => {
  it('zooms in and out around the middle', () => {
    const window = { start: year(2000), end: year(2004) };
    const zoomed = zoomWindow(window, 0.5);
    expect(zoomed.end - zoomed.start).toBe((window.end - window.start) / 2);
    expect((zoomed.start + zoomed.end) / 2).toBeCloseTo((window.start + window.end) / 2, -3);
  });

  it('never zooms finer than a week or coarser than the whole period', () => {
    const week = zoomWindow({ start: year(2000), end: year(2000) + 8 * 86400000 }, 0.1);
    expect(week.end - week.start).toBe(WINDOW_LIMITS.zoomMin);
    const all = zoomWindow(DEFAULT_WINDOW, 10);
    expect(all).toEqual({ start: WINDOW_LIMITS.min, end: WINDOW_LIMITS.max });
  });

  it('pans but stays within about 1992–2015', () => {
    const window = { start: year(2012), end: year(2015) };
    const later = panWindow(window, 2);
    expect(later.end).toBe(WINDOW_LIMITS.max);
    expect(later.end - later.start).toBe(window.end - window.start);
    expect(panWindow({ start: year(1992), end: year(1994) }, -1).start).toBe(WINDOW_LIMITS.min);
  });

  it('moves just enough to reveal a time, keeping the zoom', () => {
    const window = { start: year(2000), end: year(2002) };
    expect(revealTime(window, year(2001))).toBe(window);
    const moved = revealTime(window, year(2008));
    expect(moved.end - moved.start).toBe(window.end - window.start);
    expect(moved.start).toBeLessThan(year(2008));
    expect(moved.end).toBeGreaterThan(year(2008));
  });

  it('clamps an absurd window into range', () => {
    expect(clampWindow({ start: year(1800), end: year(1801) })).toEqual({
      start: WINDOW_LIMITS.min,
      end: WINDOW_LIMITS.min + (year(1801) - year(1800)),
    });
  });
});
