/**
 * Names beside the markers, placed so that none covers another name or
 * another marker. Where a name cannot be placed it is left out: the marker
 * still has its accessible name and tooltip, and the list below the map
 * names every venue.
 */

export interface LabelledMarker {
  id: string;
  /** Centre, in CSS pixels from the map's top-left corner. */
  x: number;
  y: number;
  r: number;
  text: string;
}

export interface PlacedLabel {
  /** Top-left corner of the label box, in CSS pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Wide (CJK, full-width) characters take a full em; others a little over half. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const character of text) {
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        character,
      )
        ? fontSize
        : fontSize * 0.6;
  }
  return Math.ceil(width);
}

/**
 * Greedy: markers are taken in the order given (most events first), each
 * trying right, left, above, below, then the corners.
 */
export function placeLabels(
  markers: readonly LabelledMarker[],
  area: { width: number; height: number },
  fontSize = 12,
): Map<string, PlacedLabel> {
  const gap = 3;
  const height = Math.ceil(fontSize * 1.3);
  const taken: Box[] = markers.map((marker) => ({
    left: marker.x - marker.r,
    top: marker.y - marker.r,
    right: marker.x + marker.r,
    bottom: marker.y + marker.r,
  }));
  const placed = new Map<string, PlacedLabel>();
  for (const marker of markers) {
    const width = estimateTextWidth(marker.text, fontSize);
    const candidates: [number, number][] = [
      [marker.x + marker.r + gap, marker.y - height / 2],
      [marker.x - marker.r - gap - width, marker.y - height / 2],
      [marker.x - width / 2, marker.y - marker.r - gap - height],
      [marker.x - width / 2, marker.y + marker.r + gap],
      // Corners, for markers hemmed in on all four sides.
      [marker.x + marker.r * 0.7, marker.y - marker.r * 0.7 - height],
      [marker.x + marker.r * 0.7, marker.y + marker.r * 0.7],
      [marker.x - marker.r * 0.7 - width, marker.y - marker.r * 0.7 - height],
      [marker.x - marker.r * 0.7 - width, marker.y + marker.r * 0.7],
    ];
    for (const [left, top] of candidates) {
      const box = { left, top, right: left + width, bottom: top + height };
      const inside = left >= 0 && top >= 0 && box.right <= area.width && box.bottom <= area.height;
      if (inside && !taken.some((other) => overlaps(box, other))) {
        taken.push(box);
        placed.set(marker.id, { left, top, width, height });
        break;
      }
    }
  }
  return placed;
}

export interface Circle {
  id: string;
  x: number;
  y: number;
  r: number;
}

/**
 * Pushes overlapping markers apart (Tokyo, Yokohama and Kawana lie within
 * 60 km; Paris and Deauville within 200), so each can be seen and clicked.
 * The smaller marker moves more. Deterministic: the same input always gives
 * the same picture. Positions stay within the area.
 */
export function spreadMarkers(
  circles: readonly Circle[],
  area: { width: number; height: number },
  gap = 2,
): Map<string, { x: number; y: number }> {
  const points = circles.map((circle) => ({ x: circle.x, y: circle.y }));
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        const a = circles[i];
        const b = circles[j];
        const p = points[i];
        const q = points[j];
        if (!a || !b || !p || !q) continue;
        let dx = q.x - p.x;
        let dy = q.y - p.y;
        let distance = Math.hypot(dx, dy);
        const needed = a.r + b.r + gap;
        if (distance >= needed - 0.01) continue;
        if (distance < 0.01) {
          // Same spot: part them along a fixed direction.
          dx = 1;
          dy = 0;
          distance = 1;
        }
        const push = needed - distance;
        const weightA = (b.r * b.r) / (a.r * a.r + b.r * b.r);
        const weightB = 1 - weightA;
        p.x -= (dx / distance) * push * weightA;
        p.y -= (dy / distance) * push * weightA;
        q.x += (dx / distance) * push * weightB;
        q.y += (dy / distance) * push * weightB;
        moved = true;
      }
    }
    for (const [index, point] of points.entries()) {
      const r = circles[index]?.r ?? 0;
      point.x = Math.min(Math.max(point.x, r), area.width - r);
      point.y = Math.min(Math.max(point.y, r), area.height - r);
    }
    if (!moved) break;
  }
  return new Map(circles.map((circle, index) => [circle.id, points[index] ?? circle]));
}
