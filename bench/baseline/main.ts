/**
 * The benchmark's fair baseline: the thinnest honest page that draws the
 * same events with vis-timeline alone — no framework, no validation, no
 * i18n — as early as the library can. The app is measured against it, so
 * the difference is what the app adds.
 *
 * It uses the same lean build of the library as the app (vis-timeline's
 * esnext build, trimmed by the same Vite plugin), fetches the same
 * data/events.json (relative to the page, as the app does relative to its
 * base), passes the drawing options the app's timeline view passes
 * (src/features/timeline/components/timeline-view.tsx), minus the app's own
 * axis labels, and reveals the timeline as the app's wrapper does (see
 * below). Titles become text nodes, as in the app, never HTML.
 */
/// <reference types="vite/client" />
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

const DAY = 24 * 60 * 60 * 1000;

// The app's TIMELINE_OPTIONS (timeline-view.tsx) and starting window
// (DEFAULT_WINDOW and WINDOW_LIMITS in src/lib/time-window.ts).
const OPTIONS: TimelineOptions = {
  min: new Date(1992, 0, 1),
  max: new Date(2016, 0, 1),
  start: new Date(1992, 5, 1),
  end: new Date(2015, 6, 1),
  zoomMin: 7 * DAY,
  zoomMax: new Date(2016, 0, 1).getTime() - new Date(1992, 0, 1).getTime(),
  zoomKey: 'ctrlKey',
  horizontalScroll: false,
  verticalScroll: false,
  showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 0, vertical: 0 }, axis: 0 },
  stack: false,
  selectable: true,
  multiselect: false,
};

interface BaselineEvent {
  id: string;
  date: string;
  title: { ja: string };
}

interface BaselineItem {
  id: string;
  content: HTMLElement;
  start: Date;
}

function textNode(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` to its first instant in local time, as the app does. */
function startOf(date: string): Date {
  const [year = NaN, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day);
}

function toItem(event: BaselineEvent): BaselineItem {
  return { id: event.id, content: textNode(event.title.ja), start: startOf(event.date) };
}

async function loadEvents(): Promise<BaselineEvent[]> {
  const response = await fetch('data/events.json');
  if (!response.ok) throw new Error(`data/events.json: HTTP ${response.status}`);
  return ((await response.json()) as { events: BaselineEvent[] }).events;
}

async function main(): Promise<void> {
  const container = document.getElementById('timeline');
  if (!container) throw new Error('index.html has no #timeline element');
  const items = new DataSet<BaselineItem, 'id'>((await loadEvents()).map(toItem));
  const timeline = new Timeline(container, items as never, OPTIONS);
  // The app's reveal (src/components/vis-timeline/vis-timeline.tsx): given
  // a start and end, vis-timeline stays hidden until a redraw after its
  // window settles ('rangechanged', 200 ms on), and nothing redraws then
  // until its once-a-second resize poll. Without this the baseline would
  // wait for that poll, which the app does not.
  const reveal = () => {
    timeline.off('rangechanged', reveal);
    timeline.redraw();
  };
  timeline.on('rangechanged', reveal);
  // The thinnest response to a selection a page can make: note it in the
  // DOM, where the benchmark's probe sees it.
  timeline.on('select', (properties: { items: (string | number)[] }) => {
    document.body.dataset.selectedEvent = properties.items.map(String).join(' ');
  });
}

main().catch((error: unknown) => {
  document.body.textContent = String(error);
});
