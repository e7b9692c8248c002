/**
 * The benchmark's floor: the thinnest page there is — the same events as
 * boxes on a vis-timeline with its default options (so no starting window
 * to settle: it fits the items and shows them at its first draw). Nothing
 * built on the library can show its first item sooner; the app's targets
 * are set against it.
 *
 * Same lean library build, same data/events.json, text-node titles, and
 * the same `select` note as the fair baseline (for the click figure).
 */
/// <reference types="vite/client" />
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

interface FloorEvent {
  id: string;
  date: string;
  title: { ja: string };
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

async function main(): Promise<void> {
  const container = document.getElementById('timeline');
  if (!container) throw new Error('index.html has no #timeline element');
  const response = await fetch('data/events.json');
  if (!response.ok) throw new Error(`data/events.json: HTTP ${response.status}`);
  const { events } = (await response.json()) as { events: FloorEvent[] };
  const items = new DataSet(
    events.map((event) => ({
      id: event.id,
      content: textNode(event.title.ja),
      start: startOf(event.date),
    })),
  );
  const timeline = new Timeline(container, items as never, {});
  timeline.on('select', (properties: { items: (string | number)[] }) => {
    document.body.dataset.selectedEvent = properties.items.map(String).join(' ');
  });
}

main().catch((error: unknown) => {
  document.body.textContent = String(error);
});
