/**
 * The timeline's layout decisions, with numbers: which marks stack, which
 * labels fit and where, and how a leader's band is labelled.
 */
import { describe, expect, it } from 'vitest';
import { GEOMETRY } from '../../src/features/timeline/layout/geometry';
import { eventPriority } from '../../src/features/timeline/layout/label-priority';
import { placeLabels } from '../../src/features/timeline/layout/place-labels';
import { rowCount, stackMarks } from '../../src/features/timeline/layout/stack-marks';
import { termLabelForm } from '../../src/features/timeline/layout/term-label';
import {
  layoutTimeline,
  type LayoutEvent,
} from '../../src/features/timeline/layout/timeline-layout';

const space = { width: 1000, rows: 3, gap: 6, inset: 3 };

function boxesOverlap(a: { left: number; right: number }, b: { left: number; right: number }) {
  return a.left < b.right && b.left < a.right;
}

describe('stacking marks', () => {
  it('keeps marks a pitch apart on one row and stacks closer ones', () => {
    const rows = stackMarks(
      [
        { id: 'a', x: 0 },
        { id: 'b', x: 5 },
        { id: 'c', x: 8 },
        { id: 'd', x: 20 },
      ],
      11,
    );
    expect([...rows.entries()]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 0],
    ]);
    expect(rowCount(rows)).toBe(3);
    expect(rowCount(new Map())).toBe(1);
  });
});

describe('placing labels', () => {
  it('draws a flag to the right of its mark when there is room', () => {
    const placed = placeLabels([{ id: 'a', x: 100, width: 50, priority: 1 }], space);
    expect(placed.get('a')).toEqual({ row: 0, left: 97 });
  });

  it('never lets two labels in a row overlap, and drops what does not fit', () => {
    // Twenty labels 80 px wide anchored 10 px apart: far more than three rows hold.
    const candidates = Array.from({ length: 20 }, (_, index) => ({
      id: `e${index}`,
      x: 100 + index * 10,
      width: 80,
      priority: 1,
    }));
    const placed = placeLabels(candidates, space);
    expect(placed.size).toBeGreaterThan(2);
    expect(placed.size).toBeLessThan(20);
    const boxes = [...placed.entries()].map(([id, place]) => {
      const width = candidates.find((candidate) => candidate.id === id)?.width ?? 0;
      return { row: place.row, left: place.left, right: place.left + width };
    });
    for (const a of boxes) {
      for (const b of boxes) {
        if (a !== b && a.row === b.row) expect(boxesOverlap(a, b)).toBe(false);
      }
    }
  });

  it('labels the more significant event first when two compete for the same place', () => {
    const placed = placeLabels(
      [
        { id: 'minor', x: 100, width: 60, priority: 1 },
        { id: 'major', x: 102, width: 60, priority: 5 },
      ],
      { ...space, rows: 1 },
    );
    expect([...placed.keys()]).toEqual(['major']);
  });

  it('keeps every label inside the window and spanning its own mark', () => {
    const placed = placeLabels(
      [
        { id: 'edge', x: 990, width: 60, priority: 1 },
        { id: 'outside', x: 1200, width: 60, priority: 9 },
      ],
      space,
    );
    expect(placed.has('outside')).toBe(false);
    const edge = placed.get('edge');
    expect(edge?.left).toBeGreaterThanOrEqual(0);
    expect((edge?.left ?? 0) + 60).toBeLessThanOrEqual(1000);
    expect(edge?.left).toBeLessThanOrEqual(990);
  });
});

describe('label priority', () => {
  it('ranks a summit that produced a document over summits, then ministers, calls and context', () => {
    const ranks = [
      eventPriority('summit', true),
      eventPriority('summit', false),
      eventPriority('foreign-ministers', false),
      eventPriority('telephone', false),
      eventPriority('context', false),
    ];
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
    // What the reader opened or walked to outranks everything.
    expect(eventPriority('context', false, true)).toBeGreaterThan(eventPriority('summit', true));
  });
});

describe('leader bands', () => {
  it('shows the full name where it fits, the surname where only that fits, else nothing', () => {
    expect(termLabelForm(200, 120, 50, 8)).toBe('full');
    expect(termLabelForm(100, 120, 50, 8)).toBe('short');
    expect(termLabelForm(40, 120, 50, 8)).toBe('none');
  });
});

describe('the whole layout', () => {
  const DAY = 86_400_000;
  const event = (id: string, day: number, kind: LayoutEvent['kind'] = 'summit'): LayoutEvent => ({
    id,
    time: day * DAY,
    kind,
    label: id,
    producedDocument: false,
    focused: false,
  });
  const measure = (text: string) => text.length * 7;
  const base = {
    documents: [],
    terms: [],
    widest: { start: 0, end: 1000 * DAY },
    width: 1000,
    labelRows: 3,
    documentLabelRows: 1,
    measureLabel: measure,
    measureTerm: measure,
  };

  it('sizes the meetings lane for the widest zoom, so zooming in never changes its height', () => {
    const events = [event('a', 100), event('b', 101), event('c', 102), event('d', 500)];
    const wide = layoutTimeline({ ...base, events, window: { start: 0, end: 1000 * DAY } });
    const close = layoutTimeline({ ...base, events, window: { start: 90 * DAY, end: 120 * DAY } });
    expect(wide.eventLane.markRows).toBe(3);
    expect(close.eventLane.height).toBe(wide.eventLane.height);
    // Zoomed in, the three close meetings sit on one row and each has its label.
    const tops = ['a', 'b', 'c'].map((id) => close.events.get(id)?.markTop);
    expect(new Set(tops).size).toBe(1);
    expect(['a', 'b', 'c'].every((id) => close.events.get(id)?.label)).toBe(true);
  });

  it('ties a document to the mark of the meeting that produced it', () => {
    const events = [event('a', 100), event('b', 100)];
    const layout = layoutTimeline({
      ...base,
      events,
      documents: [{ id: 'doc', time: 100 * DAY, label: 'doc', eventId: 'b', focused: false }],
      window: { start: 0, end: 1000 * DAY },
    });
    const mark = layout.events.get('b')?.markTop ?? NaN;
    const tie = layout.documents.get('doc')?.tie;
    // The tie starts at the centre of b's mark, measured from the documents lane's top.
    expect((tie?.top ?? NaN) + layout.eventLane.height).toBe(mark + GEOMETRY.mark / 2);
    expect((tie?.top ?? 0) + (tie?.height ?? 0)).toBe(GEOMETRY.documentPad);
  });
});
