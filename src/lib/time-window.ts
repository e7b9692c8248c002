/**
 * The visible stretch of time and the moves a reader makes on it. Pure, so
 * the zoom buttons, the keyboard and links all obey the same limits as the
 * timeline itself (which is given the same numbers as options).
 */
export interface TimeWindow {
  /** Epoch milliseconds. */
  start: number;
  end: number;
}

const DAY = 24 * 60 * 60 * 1000;

export const WINDOW_LIMITS = {
  /** The reader can move within about 1992–2015. */
  min: new Date(1992, 0, 1).getTime(),
  max: new Date(2016, 0, 1).getTime(),
  /** No finer than a week… */
  zoomMin: 7 * DAY,
  /** …and no coarser than the whole period. */
  zoomMax: new Date(2016, 0, 1).getTime() - new Date(1992, 0, 1).getTime(),
} as const;

/** The whole period, a little either side of 1993–2014. */
export const DEFAULT_WINDOW: TimeWindow = {
  start: new Date(1992, 5, 1).getTime(),
  end: new Date(2015, 6, 1).getTime(),
};

/** Keeps a window's length within the zoom limits and its ends within the period. */
export function clampWindow(window: TimeWindow): TimeWindow {
  const length = Math.min(
    Math.max(window.end - window.start, WINDOW_LIMITS.zoomMin),
    WINDOW_LIMITS.zoomMax,
  );
  const middle = (window.start + window.end) / 2;
  let start = middle - length / 2;
  start = Math.max(WINDOW_LIMITS.min, Math.min(start, WINDOW_LIMITS.max - length));
  return { start: Math.round(start), end: Math.round(start + length) };
}

/** factor < 1 zooms in, > 1 zooms out, around the middle of the window. */
export function zoomWindow(window: TimeWindow, factor: number): TimeWindow {
  const middle = (window.start + window.end) / 2;
  const half = ((window.end - window.start) * factor) / 2;
  return clampWindow({ start: middle - half, end: middle + half });
}

/** Moves by a fraction of the window's length (negative: back in time). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return clampWindow({ start: window.start + shift, end: window.end + shift });
}

/** Keeps the zoom and moves just enough to show `time`, with a margin. */
export function revealTime(window: TimeWindow, time: number): TimeWindow {
  const length = window.end - window.start;
  const margin = length * 0.1;
  if (time >= window.start + margin && time <= window.end - margin) return window;
  return clampWindow({ start: time - length / 2, end: time + length / 2 });
}

export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.start === b.start && a.end === b.end;
}
