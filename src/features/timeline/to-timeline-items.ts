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
import type { Agreement, LeaderTerm, TimelineEvent } from '../../lib/dataset/schema';
import { formatDateSpan, precisionOf, startOf } from '../../lib/dates';
import { WINDOW_LIMITS } from '../../lib/time-window';

export type Lane = 'events' | 'agreements' | 'japan' | 'russia';

/** Item ids carry their record type, so an event and an agreement can never collide. */
export type ItemRef = { type: 'event' | 'agreement' | 'term'; id: string };

export function itemId(ref: ItemRef): string {
  return `${ref.type}:${ref.id}`;
}

export function parseItemId(id: string): ItemRef | undefined {
  const [type, ...rest] = id.split(':');
  const recordId = rest.join(':');
  if ((type === 'event' || type === 'agreement' || type === 'term') && recordId) {
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
): TimelineItemSpec {
  const classes = ['event', `event--${event.kind}`, `event--${precisionOf(event.date)}`];
  if (highlight.activeEventId === event.id) classes.push('is-active');
  if (highlight.relatedEventIds?.has(event.id)) classes.push('is-related');
  return {
    id: itemId({ type: 'event', id: event.id }),
    text: (event.shortTitle ?? event.title)[language],
    tooltip: `${event.title[language]} — ${formatDateSpan(event.date, event.endDate, language)}`,
    start: startOf(event.date),
    type: 'box',
    group: 'events',
    // A visit of a few days stays a box at its first day: as a range it would
    // be a sliver too thin to see or click at most zoom levels. The panel gives the span.
    className: classes.join(' '),
  };
}

export function toAgreementItem(
  agreement: Agreement,
  language: Language,
  openAgreementId: string | null,
): TimelineItemSpec {
  const classes = ['agreement', `agreement--${precisionOf(agreement.date)}`];
  if (openAgreementId === agreement.id) classes.push('is-open');
  return {
    id: itemId({ type: 'agreement', id: agreement.id }),
    text: (agreement.shortName ?? agreement.name)[language],
    tooltip: `${agreement.name[language]} — ${formatDateSpan(agreement.date, undefined, language)}`,
    start: startOf(agreement.date),
    type: 'point',
    group: 'agreements',
    className: classes.join(' '),
  };
}

/**
 * A term of office is a background band in its country's lane: bands never
 * stack, and alternate shades keep consecutive terms apart.
 */
export function toTermItem(term: LeaderTerm, language: Language, index = 0): TimelineItemSpec {
  const end = term.end ? startOf(term.end) : new Date(WINDOW_LIMITS.max);
  return {
    id: itemId({ type: 'term', id: term.id }),
    text: term.name[language],
    tooltip: `${term.role[language]} ${term.name[language]}`,
    start: new Date(Math.max(startOf(term.start).getTime(), WINDOW_LIMITS.min)),
    end,
    type: 'background',
    group: term.country,
    className: `term term--${term.country} term--${index % 2 === 0 ? 'even' : 'odd'}`,
    selectable: false,
  };
}

export interface LaneLabels {
  events: string;
  agreements: string;
  japan: string;
  russia: string;
}

export function toLanes(labels: LaneLabels): TimelineGroupSpec[] {
  return (['japan', 'russia', 'agreements', 'events'] as const).map((lane, index) => ({
    id: lane,
    text: labels[lane],
    className: `lane lane--${lane}`,
    order: index,
  }));
}

export function toTimelineItems(
  data: { events: TimelineEvent[]; agreements: Agreement[]; leaderTerms: LeaderTerm[] },
  language: Language,
  highlight: Highlight & { openAgreementId?: string | null } = {},
): TimelineItemSpec[] {
  return [
    ...(['japan', 'russia'] as const).flatMap((country) =>
      data.leaderTerms
        .filter((term) => term.country === country)
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((term, index) => toTermItem(term, language, index)),
    ),
    ...data.events.map((event) => toEventItem(event, language, highlight)),
    ...data.agreements.map((agreement) =>
      toAgreementItem(agreement, language, highlight.openAgreementId ?? null),
    ),
  ];
}
