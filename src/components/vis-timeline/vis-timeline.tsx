/**
 * The only place that touches vis-timeline (a lint rule keeps it so).
 *
 * The Timeline is created once per container and destroyed on unmount;
 * every later change goes through the library's own calls (DataSet
 * update/remove, setOptions, setSelection, setWindow) so zoom, scroll and
 * focus survive re-renders. Nothing the caller passes forces a rebuild.
 *
 * Item and group text is always turned into text nodes here: dataset
 * strings never reach the library as HTML.
 */
import { useEffect, useMemo, useRef } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

/**
 * A mark with an optional flag label, drawn in a column as tall as its lane:
 * where each part goes is decided by the caller (the timeline's layout), in
 * pixels from the top of the lane and, horizontally, from the item's time.
 */
export interface MarkerSpec {
  /** The column's height: its lane's. */
  height: number;
  markTop: number;
  /** The label, when there is room for it; `text` is the item's text. */
  label?: { top: number; left: number; width: number };
  /** The leader line from the label to the mark. */
  stem?: { top: number; height: number };
  /** A line tying the mark to another lane's mark (a document to its meeting). */
  tie?: { top: number; height: number };
}

export interface TimelineItemSpec {
  id: string;
  /** Plain text shown on the item (a marker's label), and its name for search and tests. */
  text: string;
  /** Draw a mark and flag label instead of a box of text. */
  marker?: MarkerSpec;
  /** For a band: how far in from its start its text sits, to stay in view. */
  textOffset?: number;
  /** Hide the text (a band too narrow for it still names itself on hover). */
  textHidden?: boolean;
  /** Plain text shown on hover (a native title attribute, never HTML). */
  tooltip?: string;
  start: Date;
  end?: Date;
  type?: 'box' | 'point' | 'range' | 'background';
  group?: string;
  className?: string;
  /** False for background items the reader cannot select (e.g. terms of office). */
  selectable?: boolean;
}

export interface TimelineGroupSpec {
  id: string;
  text: string;
  className?: string;
  order?: number;
  /** The lane's height in pixels, kept even when it has no items. */
  height?: number;
}

export interface VisibleWindow {
  start: Date;
  end: Date;
}

export type { TimelineOptions };

export type AxisScale =
  'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';
export type AxisLabelFormatter = (date: Date, scale: AxisScale, level: 'minor' | 'major') => string;

/**
 * vis-timeline hands label functions a moment object although its types say
 * Date; callers get a real Date either way.
 */
function axisFormat(format: AxisLabelFormatter): TimelineOptions['format'] {
  const toDate = (value: unknown): Date =>
    value instanceof Date ? value : (value as { toDate: () => Date }).toDate();
  return {
    minorLabels: (date, scale) => format(toDate(date), scale as AxisScale, 'minor'),
    majorLabels: (date, scale) => format(toDate(date), scale as AxisScale, 'major'),
  };
}

export interface VisTimelineProps {
  items: TimelineItemSpec[];
  groups?: TimelineGroupSpec[];
  /** Applied with setOptions when it changes; keep it memoised. */
  options: TimelineOptions;
  /** Axis label text; keep it memoised (a new function re-applies options). */
  axisLabel?: AxisLabelFormatter;
  selection: string[];
  /** When set and different from what is shown, the view moves there. */
  window?: VisibleWindow;
  onSelect?: (ids: string[]) => void;
  onWindowChange?: (window: VisibleWindow, byUser: boolean) => void;
  /**
   * Called once the library has drawn the items (and lanes) last passed in:
   * at its next `changed`, which ends a redraw. Pass it only while waiting.
   */
  onItemsDrawn?: () => void;
  className?: string;
}

interface VisItem {
  id: string;
  content: HTMLElement;
  start: Date;
  end?: Date;
  type?: string;
  group?: string;
  className?: string;
  selectable?: boolean;
}

interface VisGroup {
  id: string;
  content: HTMLElement;
  className?: string;
  order?: number;
}

function textNode(text: string, tooltip?: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  if (tooltip) span.title = tooltip;
  return span;
}

function px(value: number): string {
  return `${Math.round(value * 10) / 10}px`;
}

function part(className: string, top: number, height?: number): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.style.top = px(top);
  if (height !== undefined) span.style.height = px(height);
  return span;
}

/** A mark, its label and lines as DOM nodes; the label is a text node, never HTML. */
function markerNode(text: string, marker: MarkerSpec, tooltip?: string): HTMLElement {
  const root = document.createElement('span');
  root.className = 'marker';
  root.style.height = px(marker.height);
  if (marker.tie) root.append(part('marker__tie', marker.tie.top, marker.tie.height));
  if (marker.stem) root.append(part('marker__stem', marker.stem.top, marker.stem.height));
  const mark = part('marker__mark', marker.markTop);
  if (tooltip) mark.title = tooltip;
  root.append(mark);
  if (marker.label) {
    const label = part('marker__label', marker.label.top);
    label.style.left = px(marker.label.left);
    label.style.width = px(marker.label.width);
    label.textContent = text;
    if (tooltip) label.title = tooltip;
    root.append(label);
  }
  return root;
}

/** A band's text: the whole band names itself on hover, even when its text is hidden. */
function bandNode(text: string, offset = 0, hidden = false, tooltip?: string): HTMLElement {
  const band = document.createElement('span');
  band.className = 'band';
  if (tooltip) band.title = tooltip;
  const label = textNode(text);
  label.className = hidden ? 'band__text visually-hidden' : 'band__text';
  if (offset > 0) label.style.marginLeft = px(offset);
  band.append(label);
  return band;
}

function sameMarker(a: MarkerSpec | undefined, b: MarkerSpec | undefined): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function sameItem(a: TimelineItemSpec, b: TimelineItemSpec): boolean {
  return (
    a.text === b.text &&
    sameMarker(a.marker, b.marker) &&
    a.textOffset === b.textOffset &&
    a.textHidden === b.textHidden &&
    a.tooltip === b.tooltip &&
    a.selectable === b.selectable &&
    a.start.getTime() === b.start.getTime() &&
    a.end?.getTime() === b.end?.getTime() &&
    a.type === b.type &&
    a.group === b.group &&
    a.className === b.className
  );
}

function toVisItem({
  text,
  tooltip,
  marker,
  textOffset,
  textHidden,
  ...spec
}: TimelineItemSpec): VisItem {
  const content = marker
    ? markerNode(text, marker, tooltip)
    : textOffset !== undefined || textHidden
      ? bandNode(text, textOffset, textHidden, tooltip)
      : textNode(text, tooltip);
  return { ...spec, content };
}

// Far outside any window the timeline can show (see parkOutOfView).
const OUT_OF_VIEW = new Date(Date.UTC(1000, 0, 1)).getTime();

/**
 * An added item as first handed to vis-timeline: out of view. The library
 * draws and measures an item the moment it is added if it falls in the
 * window, forcing one layout per item (dozens when the clusters are rebuilt
 * at 10,000 events). Added out of view and moved in at once, new items are
 * drawn at the library's next redraw instead, all measured in one layout.
 */
function parkOutOfView(item: VisItem): VisItem {
  return item.end === undefined
    ? { ...item, start: new Date(OUT_OF_VIEW) }
    : { ...item, start: new Date(OUT_OF_VIEW), end: new Date(OUT_OF_VIEW + 1) };
}

/** Removes what is gone and updates only what changed, so the library redraws little. */
function syncItems(
  dataSet: DataSet<VisItem>,
  previous: Map<string, TimelineItemSpec>,
  next: TimelineItemSpec[],
): Map<string, TimelineItemSpec> {
  const nextById = new Map(next.map((item) => [item.id, item]));
  const removed = [...previous.keys()].filter((id) => !nextById.has(id));
  if (removed.length > 0) dataSet.remove(removed);
  const changed = next.filter((item) => {
    const before = previous.get(item.id);
    return before === undefined || !sameItem(before, item);
  });
  if (changed.length === 0) return nextById;
  const visItems = changed.map(toVisItem);
  const added = visItems.filter((item) => !previous.has(item.id));
  if (added.length > 0) dataSet.add(added.map(parkOutOfView));
  dataSet.update(visItems);
  return nextById;
}

function sameSelection(a: readonly (string | number)[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => String(id) === b[index]);
}

export function VisTimeline({
  items,
  groups,
  options,
  axisLabel,
  selection,
  window: visibleWindow,
  onSelect,
  onWindowChange,
  onItemsDrawn,
  className,
}: VisTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem> | null>(null);
  const groupsRef = useRef<DataSet<VisGroup> | null>(null);
  const shownItemsRef = useRef(new Map<string, TimelineItemSpec>());

  // Handlers are read from a ref, so they are registered once and always
  // call the latest props without re-subscribing.
  const handlersRef = useRef({ onSelect, onWindowChange, onItemsDrawn });
  useEffect(() => {
    handlersRef.current = { onSelect, onWindowChange, onItemsDrawn };
  });

  // The first options, items and window are read from refs at creation; the
  // effects below keep them current afterwards.
  const fullOptions = useMemo(
    () => (axisLabel ? { ...options, format: axisFormat(axisLabel) } : options),
    [options, axisLabel],
  );
  const initialRef = useRef({
    options: fullOptions,
    visibleWindow,
    grouped: groups !== undefined,
  });

  // Create once per container; destroy on unmount.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const itemSet = new DataSet<VisItem, 'id'>();
    itemsRef.current = itemSet;
    const { options: initialOptions, visibleWindow: initialWindow, grouped } = initialRef.current;
    const startOptions: TimelineOptions = initialWindow
      ? { ...initialOptions, start: initialWindow.start, end: initialWindow.end }
      : initialOptions;
    let timeline: Timeline;
    if (grouped) {
      const groupSet = new DataSet<VisGroup, 'id'>();
      groupsRef.current = groupSet;
      timeline = new Timeline(container, itemSet as never, groupSet, startOptions);
    } else {
      timeline = new Timeline(container, itemSet as never, startOptions);
    }
    timelineRef.current = timeline;

    // vis-timeline stays hidden until the first redraw after its starting
    // window has settled ('rangechanged', 200 ms after creation). Nothing
    // redraws then unless its once-a-second resize poll comes round, so the
    // first items could wait up to a second more: ask for that redraw at once.
    const reveal = () => {
      timeline.off('rangechanged', reveal);
      timeline.redraw();
    };
    timeline.on('rangechanged', reveal);

    timeline.on('select', (properties: { items: (string | number)[] }) => {
      handlersRef.current.onSelect?.(properties.items.map(String));
    });
    timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
      handlersRef.current.onWindowChange?.(
        { start: new Date(properties.start), end: new Date(properties.end) },
        properties.byUser,
      );
    });

    return () => {
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
      groupsRef.current = null;
      shownItemsRef.current = new Map();
    };
  }, []);

  useEffect(() => {
    timelineRef.current?.setOptions(fullOptions);
  }, [fullOptions]);

  useEffect(() => {
    const dataSet = itemsRef.current;
    const timeline = timelineRef.current;
    if (!dataSet || !timeline) return;
    shownItemsRef.current = syncItems(dataSet, shownItemsRef.current, items);
    if (!handlersRef.current.onItemsDrawn) return;
    // The groups' effect below runs in this same flush, and the library
    // redraws once per frame, so this `changed` ends the redraw that shows
    // both; asking for it makes sure one comes even if nothing changed.
    const drawn = () => {
      timeline.off('changed', drawn);
      handlersRef.current.onItemsDrawn?.();
    };
    timeline.on('changed', drawn);
    timeline.redraw();
    return () => timeline.off('changed', drawn);
  }, [items]);

  useEffect(() => {
    const groupSet = groupsRef.current;
    if (!groupSet || !groups) return;
    const ids = new Set(groups.map((group) => group.id));
    const stale = groupSet.getIds().filter((id) => !ids.has(String(id)));
    if (stale.length > 0) groupSet.remove(stale);
    groupSet.update(
      groups.map(({ text, height, ...group }) => {
        const content = textNode(text);
        // vis-timeline makes a lane at least as tall as its label.
        if (height !== undefined) content.style.height = px(height);
        return { ...group, content };
      }),
    );
  }, [groups]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    // setSelection does not fire `select`, so this cannot loop back into onSelect.
    if (!sameSelection(timeline.getSelection(), selection)) timeline.setSelection(selection);
  }, [selection]);

  const windowStart = visibleWindow?.start.getTime();
  const windowEnd = visibleWindow?.end.getTime();
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || windowStart === undefined || windowEnd === undefined) return;
    const shown = timeline.getWindow();
    // Moving to where we already are would fire rangechanged for nothing.
    if (shown.start.getTime() === windowStart && shown.end.getTime() === windowEnd) return;
    timeline.setWindow(new Date(windowStart), new Date(windowEnd), { animation: false });
  }, [windowStart, windowEnd]);

  return <div ref={containerRef} className={className} />;
}
