/**
 * Where each mark sits in the dot plot of meetings: marks closer than their
 * own width stack into rows, so every meeting keeps a visible mark at any
 * zoom, and a quiet stretch stays one flat row. Pure: positions in, rows out.
 */

export interface MarkInput {
  id: string;
  /** The mark's centre, in pixels from any fixed origin (only distances matter). */
  x: number;
}

/**
 * Row 0 is the baseline; each mark takes the lowest row whose last mark is at
 * least `pitch` pixels to its left. Marks must come in time order, which keeps
 * the result stable as the reader pans: only the scale changes it.
 */
export function stackMarks(marks: readonly MarkInput[], pitch: number): Map<string, number> {
  const rowEnds: number[] = [];
  const rows = new Map<string, number>();
  for (const mark of marks) {
    let row = rowEnds.findIndex((end) => mark.x - end >= pitch);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = mark.x;
    rows.set(mark.id, row);
  }
  return rows;
}

/** How many rows a stacking uses (at least one, so an empty lane keeps its place). */
export function rowCount(rows: ReadonlyMap<string, number>): number {
  let highest = 0;
  for (const row of rows.values()) highest = Math.max(highest, row);
  return highest + 1;
}
