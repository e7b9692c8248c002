/** The few statistics the benchmark reports: medians and nearest-rank percentiles. */

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? NaN) + upper) / 2;
}

/** Nearest-rank percentile: always a value that was really measured. */
export function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] ?? null;
}

/** Frames longer than this are visibly janky (three missed 60 Hz frames). */
export const LONG_FRAME_MS = 50;

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  longFrames: number;
}

export function frameStats(frameTimes: readonly number[]): FrameStats | null {
  const medianMs = median(frameTimes);
  const p95Ms = percentile(frameTimes, 0.95);
  if (medianMs === null || p95Ms === null) return null;
  return {
    frames: frameTimes.length,
    medianMs,
    p95Ms,
    longFrames: frameTimes.filter((time) => time > LONG_FRAME_MS).length,
  };
}

export interface PairedRatios {
  /** Rounds in which both builds gave a figure. */
  rounds: number;
  median: number;
  /** The interquartile range of the rounds' ratios (nearest rank). */
  low: number;
  high: number;
  /** Rounds in which the first build measured lower (faster, for times). */
  lower: number;
}

/**
 * Ratios of two builds measured round by round (round i of each, loaded
 * back to back): a burst of load on the shared machine hits both sides of
 * a ratio, so the spread of these says what the noise is, and whether a
 * difference between the medians stands out of it.
 */
export function pairedRatios(
  mine: readonly (number | null | undefined)[],
  theirs: readonly (number | null | undefined)[],
): PairedRatios | null {
  const ratios: number[] = [];
  let lower = 0;
  for (const [index, value] of mine.entries()) {
    const other = theirs[index];
    if (value === null || value === undefined || other === null || other === undefined) continue;
    if (other <= 0) continue;
    ratios.push(value / other);
    if (value < other) lower += 1;
  }
  const middle = median(ratios);
  const low = percentile(ratios, 0.25);
  const high = percentile(ratios, 0.75);
  if (middle === null || low === null || high === null) return null;
  return { rounds: ratios.length, median: middle, low, high, lower };
}
