/**
 * Which labels fit in this window at this width, and where: the most
 * significant first, each as a flag beside its mark in the lowest free row,
 * never over another label. What does not fit stays unlabelled (its mark still
 * names it on hover and focus); zooming in makes room for more. Pure: widths
 * and positions in, placements out, so it is tested with numbers.
 *
 * After ECharts' `labelLayout.hideOverlap` (the lower-priority of two
 * colliding labels goes) and Labella.js (labels on one axis moved aside, not
 * stacked into a barcode), in the form news graphics use: a few rows of flags.
 */

export interface LabelCandidate {
  id: string;
  /** The anchor (the mark's centre), in pixels from the window's left edge. */
  x: number;
  /** The label's width in pixels, padding included. */
  width: number;
  /** Higher is placed first. Ties go to the earlier anchor. */
  priority: number;
}

export interface LabelPlacement {
  /** 0 is the row next to the marks. */
  row: number;
  /** The label's left edge, in pixels from the window's left edge. */
  left: number;
}

export interface LabelSpace {
  /** The window's width in pixels: labels stay inside it. */
  width: number;
  rows: number;
  /** The least gap between two labels in a row. */
  gap: number;
  /** How far the label's near edge may sit from the anchor (the leader line's inset). */
  inset: number;
}

interface Interval {
  left: number;
  right: number;
}

function overlaps(a: Interval, b: Interval, gap: number): boolean {
  return a.left < b.right + gap && b.left < a.right + gap;
}

/**
 * Where a label can go in one row, best first: a flag to the right of its
 * anchor, else one to the left, else slid along beside a neighbour, as long as
 * it still spans its anchor (or its leader line would dangle) and stays inside
 * the window. Undefined when the row has no room.
 */
function fitInRow(
  candidate: LabelCandidate,
  taken: readonly Interval[],
  space: LabelSpace,
): number | undefined {
  const width = candidate.width;
  const lowest = Math.max(candidate.x + space.inset - width, 0);
  const highest = Math.min(candidate.x - space.inset, space.width - width);
  if (lowest > highest) return undefined;
  const preferred = candidate.x - space.inset;
  const options = [
    preferred,
    candidate.x + space.inset - width,
    ...taken.flatMap((other) => [other.right + space.gap, other.left - space.gap - width]),
    lowest,
    highest,
  ]
    .filter((left) => left >= lowest && left <= highest)
    .filter(
      (left) => !taken.some((other) => overlaps({ left, right: left + width }, other, space.gap)),
    );
  const [flagRight, flagLeft] = [preferred, candidate.x + space.inset - width];
  if (options.includes(flagRight)) return flagRight;
  if (options.includes(flagLeft)) return flagLeft;
  return options.sort((a, b) => Math.abs(a - preferred) - Math.abs(b - preferred))[0];
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  space: LabelSpace,
): Map<string, LabelPlacement> {
  const order = [...candidates]
    .filter((candidate) => candidate.x >= 0 && candidate.x <= space.width)
    .sort((a, b) => b.priority - a.priority || a.x - b.x);
  const taken: Interval[][] = Array.from({ length: space.rows }, () => []);
  const placed = new Map<string, LabelPlacement>();
  for (const candidate of order) {
    for (let row = 0; row < space.rows; row++) {
      const rowTaken = taken[row] ?? [];
      const left = fitInRow(candidate, rowTaken, space);
      if (left === undefined) continue;
      rowTaken.push({ left, right: left + candidate.width });
      placed.set(candidate.id, { row, left });
      break;
    }
  }
  return placed;
}
