/**
 * A test page for tests/e2e/lean-library.spec.ts: the real events on a
 * vis-timeline with the library's own axis labels, as boxes, ranges and a
 * background period, zoomable down to milliseconds. The spec builds it
 * twice — with the app's lean vis-timeline (scripts/lean-vis-timeline.ts)
 * and with the library as published — and compares what each draws.
 */
/// <reference types="vite/client" />
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import data from '../../../public/data/events.json';

const DAY = 24 * 60 * 60 * 1000;

function startOf(date: string): Date {
  const [year = NaN, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day);
}

function textNode(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

interface Item {
  id: string;
  content: HTMLElement;
  start: Date;
  end?: Date;
  type?: string;
}

const items = new DataSet<Item>(
  data.events.map((event, index): Item => {
    const start = startOf(event.date);
    // Every fifth event as a 40-day range, to draw range items too.
    return index % 5 === 0
      ? {
          id: event.id,
          content: textNode(event.title.ja),
          start,
          end: new Date(start.getTime() + 40 * DAY),
        }
      : { id: event.id, content: textNode(event.title.ja), start };
  }),
);
items.add({
  id: 'background-period',
  content: textNode(''),
  start: new Date(2000, 4, 7),
  end: new Date(2008, 4, 7),
  type: 'background',
});

const timeline = new Timeline(document.getElementById('timeline') as HTMLElement, items as never, {
  start: new Date(1992, 5, 1),
  end: new Date(2015, 6, 1),
  zoomMin: 10,
  orientation: { axis: 'top', item: 'top' },
  showCurrentTime: false,
  stack: true,
  margin: { item: { horizontal: 4, vertical: 6 } },
});

/** For the spec: the timeline, to set its window. */
(window as unknown as { leanTimeline: Timeline }).leanTimeline = timeline;
/** For the spec: the items, to change them as the app does. */
(window as unknown as { leanItems: DataSet<Item> }).leanItems = items;
