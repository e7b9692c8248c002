/**
 * The dataset as timeline lanes and items: pure, so it is tested without a
 * browser. Names here are the product's (event, agreement, leader term); the
 * wrapper speaks the library's.
 */
import type {
  TimelineGroupSpec,
  TimelineItemSpec,
} from '../../components/vis-timeline/vis-timeline';
import type { Language } from '../../i18n/index';
import { textIn } from '../../i18n/localized';
import type { Agreement, LeaderTerm, TimelineEvent } from '../../lib/dataset/schema';
import { compareIsoDates, formatDateSpan, precisionOf, startOf } from '../../lib/dates';
import { WINDOW_LIMITS } from '../../lib/time-window';
import { GEOMETRY as G } from './layout/geometry';
import type {
  DocumentLayout,
  EventLayout,
  LayoutInput,
  TimelineLayout,
} from './layout/timeline-layout';
import type { TermLabelForm } from './layout/term-label';

export type Lane = 'events' | 'agreements' | 'japan' | 'russia';

/** Item ids carry their record type, so an event and an agreement can never collide. */
export type ItemRef = { type: 'event' | 'agreement' | 'term' | 'cluster'; id: string };

export function itemId(ref: ItemRef): string {
  return `${ref.type}:${ref.id}`;
}

export function parseItemId(id: string): ItemRef | undefined {
  const [type, ...rest] = id.split(':');
  const recordId = rest.join(':');
  if (
    (type === 'event' || type === 'agreement' || type === 'term' || type === 'cluster') &&
    recordId
  ) {
    return { type, id: recordId };
  }
  return undefined;
}

export interface Highlight {
  /** The event under the keyboard cursor. */
  activeEventId?: string | null;
  /** Events linked to the open agreement. */
  relatedEventIds?: ReadonlySet<string>;
}

export function toEventItem(
  event: TimelineEvent,
  language: Language,
  highlight: Highlight = {},
  layout?: { event?: EventLayout; laneHeight: number },
): TimelineItemSpec {
  const classes = ['event', `event--${event.kind}`, `event--${precisionOf(event.date)}`];
  if (highlight.activeEventId === event.id) classes.push('is-active');
  if (highlight.relatedEventIds?.has(event.id)) classes.push('is-related');
  const placed = layout?.event;
  // Labels in lower rows are drawn over the leader lines of labels above them.
  if (placed?.label) classes.push('is-labelled', `label-row-${placed.label.row}`);
  return {
    id: itemId({ type: 'event', id: event.id }),
    text: textIn(event.shortTitle ?? event.title, language),
    tooltip: `${textIn(event.title, language)} — ${formatDateSpan(event.date, event.endDate, language)}`,
    start: startOf(event.date),
    // A visit of a few days stays a mark at its first day: as a range it would
    // be a sliver too thin to see or click at most zoom levels. The panel gives the span.
    type: placed ? 'point' : 'box',
    group: 'events',
    className: classes.join(' '),
    ...(placed && { marker: eventMarker(placed, layout.laneHeight) }),
  };
}

function eventMarker(placed: EventLayout, laneHeight: number): TimelineItemSpec['marker'] {
  const label = placed.label;
  const stemTop = label ? label.top + G.labelRow - 2 : 0;
  return {
    height: laneHeight,
    markTop: placed.markTop,
    ...(label && {
      label: { top: label.top, left: label.left, width: label.width },
      stem: { top: stemTop, height: placed.markTop + G.mark / 2 - stemTop },
    }),
  };
}

function documentMarker(placed: DocumentLayout, laneHeight: number): TimelineItemSpec['marker'] {
  const label = placed.label;
  const stemTop = G.documentPad + G.documentMark / 2;
  return {
    height: laneHeight,
    markTop: G.documentPad,
    ...(label && {
      label: { top: label.top, left: label.left, width: label.width },
      stem: { top: stemTop, height: label.top + 2 - stemTop },
    }),
    ...(placed.tie && { tie: placed.tie }),
  };
}

export function toAgreementItem(
  agreement: Agreement,
  language: Language,
  openAgreementId: string | null,
  layout?: { document?: DocumentLayout; laneHeight: number },
): TimelineItemSpec {
  const classes = ['agreement', `agreement--${precisionOf(agreement.date)}`];
  if (openAgreementId === agreement.id) classes.push('is-open');
  const placed = layout?.document;
  if (placed?.label) classes.push('is-labelled');
  return {
    id: itemId({ type: 'agreement', id: agreement.id }),
    text: textIn(agreement.shortName ?? agreement.name, language),
    tooltip: `${textIn(agreement.name, language)} — ${formatDateSpan(agreement.date, undefined, language)}`,
    start: startOf(agreement.date),
    type: 'point',
    group: 'agreements',
    className: classes.join(' '),
    ...(placed && { marker: documentMarker(placed, layout.laneHeight) }),
  };
}

/**
 * A term of office is a background band in its country's lane: bands never
 * stack, and alternate shades keep consecutive terms apart.
 */
export function toTermItem(
  term: LeaderTerm,
  language: Language,
  index = 0,
  label?: { form: TermLabelForm; offset: number },
): TimelineItemSpec {
  const end = term.end ? startOf(term.end) : new Date(WINDOW_LIMITS.max);
  const form = label?.form ?? 'full';
  return {
    id: itemId({ type: 'term', id: term.id }),
    text: textIn(form === 'short' ? (term.shortName ?? term.name) : term.name, language),
    tooltip: `${textIn(term.role, language)} ${textIn(term.name, language)}`,
    start: new Date(Math.max(startOf(term.start).getTime(), WINDOW_LIMITS.min)),
    end,
    type: 'background',
    group: term.country,
    className: `term term--${term.country} term--${index % 2 === 0 ? 'even' : 'odd'}`,
    selectable: false,
    ...(label && { textOffset: label.offset, textHidden: form === 'none' }),
  };
}

export interface LaneLabels {
  events: string;
  agreements: string;
  japan: string;
  russia: string;
}

/**
 * Leaders' bands on top, then the meetings, then the documents right under
 * the meetings that produced them. A lane keeps its height even when the
 * filters empty it, so nothing below it jumps.
 */
export function toLanes(
  labels: LaneLabels,
  heights?: { events: number; agreements: number },
): TimelineGroupSpec[] {
  const height = (lane: Lane) =>
    lane === 'events' || lane === 'agreements' ? heights?.[lane] : heights && G.termBand;
  return (['japan', 'russia', 'events', 'agreements'] as const).map((lane, index) => ({
    id: lane,
    text: labels[lane],
    className: `lane lane--${lane}`,
    order: index,
    ...(height(lane) !== undefined && { height: height(lane) }),
  }));
}

const DAY = 24 * 60 * 60 * 1000;
/**
 * Bucket widths for clustering, from a day to two years; fixed so buckets do
 * not jitter as the reader pans. A day at the closest zoom lets single
 * events stand alone even in the densest dataset.
 */
const BUCKET_LADDER = [1, 7, 30, 91, 182, 365, 730].map((days) => days * DAY);

/**
 * The bucket width that cuts the visible window into about `target` buckets
 * (or fewer). Twenty keeps cluster boxes apart on a narrow timeline: closer
 * ones stack into rows, and restacking them on every zoom frame cost 40–100 ms
 * a frame at 10,000 events (bench/loaf profiling).
 */
export function bucketSize(window: { start: number; end: number }, target = 20): number {
  const wanted = (window.end - window.start) / target;
  return (
    BUCKET_LADDER.find((size) => size >= wanted) ?? BUCKET_LADDER[BUCKET_LADDER.length - 1] ?? DAY
  );
}

/**
 * The stretch of time worth clustering for a window: the window plus about
 * one window-width either side (so a pan shows items at once), snapped to a
 * grid of 20 buckets so that small pans keep the same stretch and nothing is
 * recomputed. Events outside it are not drawn at all until the reader gets near.
 */
export function clusterRange(
  window: { start: number; end: number },
  bucket: number,
): { start: number; end: number } {
  const grid = bucket * 20;
  return {
    start: (Math.floor(window.start / grid) - 1) * grid,
    end: (Math.ceil(window.end / grid) + 1) * grid,
  };
}

// Parsing a date string is the costly part of bucketing 10,000 events on
// every zoom step; an event's start never changes, so it is parsed once.
const eventTimes = new WeakMap<TimelineEvent, number>();
function eventTime(event: TimelineEvent): number {
  let time = eventTimes.get(event);
  if (time === undefined) {
    time = startOf(event.date).getTime();
    eventTimes.set(event, time);
  }
  return time;
}

export interface EventCluster {
  /** `<bucket width>-<bucket index>`: the same bucket keeps its id as the reader pans. */
  id: string;
  start: number;
  end: number;
  events: TimelineEvent[];
}

/**
 * Groups events that fall in the same bucket of time. A bucket with more than
 * `maxPerBucket` events becomes one numbered cluster; the others stay events.
 * Used only for datasets far larger than the real one, where drawing every
 * box would make the timeline unreadable and slow.
 */
export function clusterEvents(
  events: TimelineEvent[],
  bucket: number,
  maxPerBucket = 3,
  range?: { start: number; end: number },
): { events: TimelineEvent[]; clusters: EventCluster[] } {
  const buckets = new Map<number, TimelineEvent[]>();
  for (const event of events) {
    const time = eventTime(event);
    if (range && (time < range.start || time >= range.end)) continue;
    const index = Math.floor(time / bucket);
    const members = buckets.get(index);
    if (members) members.push(event);
    else buckets.set(index, [event]);
  }
  const single: TimelineEvent[] = [];
  const clusters: EventCluster[] = [];
  for (const [index, members] of buckets) {
    if (members.length > maxPerBucket) {
      clusters.push({
        id: `${bucket}-${index}`,
        start: index * bucket,
        end: (index + 1) * bucket,
        events: members,
      });
    } else {
      single.push(...members);
    }
  }
  return { events: single, clusters };
}

export function toClusterItem(cluster: EventCluster, tooltip: string): TimelineItemSpec {
  return {
    id: itemId({ type: 'cluster', id: cluster.id }),
    text: String(cluster.events.length),
    tooltip,
    start: new Date((cluster.start + cluster.end) / 2),
    type: 'box',
    group: 'events',
    className: 'event-cluster',
  };
}

/**
 * What the layout needs from the dataset, at the reader's language: every
 * event and document with its label, every term with both forms of its name.
 */
export function layoutInputOf(
  data: { events: TimelineEvent[]; agreements: Agreement[]; leaderTerms: LeaderTerm[] },
  language: Language,
  focus: { eventIds: ReadonlySet<string>; agreementId?: string | null },
): Pick<LayoutInput, 'events' | 'documents' | 'terms'> {
  const drawn = new Set(data.events.map((event) => event.id));
  const producing = new Set(data.agreements.flatMap((agreement) => agreement.event ?? []));
  return {
    events: data.events.map((event) => ({
      id: event.id,
      time: eventTime(event),
      kind: event.kind,
      label: textIn(event.shortTitle ?? event.title, language),
      producedDocument: producing.has(event.id),
      focused: focus.eventIds.has(event.id),
    })),
    documents: data.agreements.map((agreement) => ({
      id: agreement.id,
      time: startOf(agreement.date).getTime(),
      label: textIn(agreement.shortName ?? agreement.name, language),
      ...(agreement.event && drawn.has(agreement.event) && { eventId: agreement.event }),
      focused: focus.agreementId === agreement.id,
    })),
    terms: data.leaderTerms.map((term) => ({
      id: term.id,
      start: startOf(term.start).getTime(),
      end: term.end ? startOf(term.end).getTime() : WINDOW_LIMITS.max,
      full: textIn(term.name, language),
      short: textIn(term.shortName ?? term.name, language),
    })),
  };
}

export function toTimelineItems(
  data: { events: TimelineEvent[]; agreements: Agreement[]; leaderTerms: LeaderTerm[] },
  language: Language,
  highlight: Highlight & { openAgreementId?: string | null } = {},
  clustering?: {
    bucket: number;
    range?: { start: number; end: number };
    tooltip: (count: number) => string;
  },
  layout?: TimelineLayout,
): TimelineItemSpec[] {
  const grouped = clustering
    ? clusterEvents(data.events, clustering.bucket, undefined, clustering.range)
    : { events: data.events, clusters: [] };
  const eventLayout = (event: TimelineEvent) =>
    layout && { event: layout.events.get(event.id), laneHeight: layout.eventLane.height };
  const documentLayout = (agreement: Agreement) =>
    layout && {
      document: layout.documents.get(agreement.id),
      laneHeight: layout.documentLane.height,
    };
  return [
    ...grouped.clusters.map((cluster) =>
      toClusterItem(cluster, clustering?.tooltip(cluster.events.length) ?? ''),
    ),
    ...(['japan', 'russia'] as const).flatMap((country) =>
      data.leaderTerms
        .filter((term) => term.country === country)
        .sort((a, b) => compareIsoDates(a.start, b.start))
        .map((term, index) => toTermItem(term, language, index, layout?.terms.get(term.id))),
    ),
    ...grouped.events.map((event) => toEventItem(event, language, highlight, eventLayout(event))),
    ...data.agreements.map((agreement) =>
      toAgreementItem(
        agreement,
        language,
        highlight.openAgreementId ?? null,
        documentLayout(agreement),
      ),
    ),
  ];
}
