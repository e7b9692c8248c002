/**
 * A stand-in for vis-timeline's Timeline in jsdom (which lays nothing out).
 * It records how the wrapper drives it, so tests can assert "created once,
 * updated in place, destroyed on unmount" and fire the library's events.
 */
import { vi } from 'vitest';

type Handler = (properties: unknown) => void;
interface ItemSet {
  get: () => { id: string; content: HTMLElement; className?: string }[];
}

export class FakeTimeline {
  static instances: FakeTimeline[] = [];
  listeners = new Map<string, Set<Handler>>();
  items: ItemSet;
  options: Record<string, unknown>;
  createdWith: Record<string, unknown>;
  selection: string[] = [];
  window = { start: new Date(1993, 0, 1), end: new Date(2015, 0, 1) };
  setOptions = vi.fn((options: Record<string, unknown>) => {
    this.options = options;
  });
  setSelection = vi.fn((ids: string[]) => {
    this.selection = ids;
  });
  setWindow = vi.fn((start: Date, end: Date) => {
    this.window = { start, end };
  });
  destroy = vi.fn();
  redraw = vi.fn();

  constructor(_container: HTMLElement, items: ItemSet, ...rest: Record<string, unknown>[]) {
    // (container, items, options) or (container, items, groups, options)
    const options = rest.at(-1) ?? {};
    this.items = items;
    this.options = options;
    this.createdWith = options;
    if (options.start instanceof Date && options.end instanceof Date) {
      this.window = { start: options.start, end: options.end };
    }
    FakeTimeline.instances.push(this);
  }

  on(name: string, handler: Handler) {
    const listeners = this.listeners.get(name) ?? new Set();
    listeners.add(handler);
    this.listeners.set(name, listeners);
  }

  off(name: string, handler: Handler) {
    this.listeners.get(name)?.delete(handler);
  }

  /** Fires one of the library's events at every listener, as vis-timeline would. */
  emit(name: string, properties: unknown) {
    for (const handler of [...(this.listeners.get(name) ?? [])]) handler(properties);
  }

  getSelection() {
    return this.selection;
  }

  getWindow() {
    return this.window;
  }

  /** What a reader would see on the items, in order. */
  shownTexts(): string[] {
    return this.items.get().map((item) => item.content.textContent);
  }

  /** The text of the items of one record type ('event', 'agreement', 'term'). */
  textsOf(type: string): string[] {
    return this.items
      .get()
      .filter((item) => item.id.startsWith(`${type}:`))
      .map((item) => item.content.textContent);
  }
}

/** The timeline the component under test created last. */
export function latestTimeline(): FakeTimeline {
  const instance = FakeTimeline.instances.at(-1);
  if (!instance) throw new Error('no timeline was created');
  return instance;
}

export const Timeline = FakeTimeline;
