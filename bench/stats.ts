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
