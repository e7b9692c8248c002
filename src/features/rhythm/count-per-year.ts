/**
 * The rhythm of the talks: how many events each year, split by kind or by
 * the pair of leaders in office. Pure, so the chart and the tests agree.
 */
import {
  EVENT_KINDS,
  type Country,
  type LeaderTerm,
  type TimelineEvent,
} from '../../lib/dataset/schema';
import { compareIsoDates } from '../../lib/dates';
import { duringTerm } from '../events/filter-events';

/**
 * The year an event is counted in: the year it began. A meeting spanning
 * New Year counts once, so the bars add up to the number of events shown;
 * a month- or year-precision date has its year all the same.
 */
export function yearOf(event: TimelineEvent): number {
  return Number(event.date.slice(0, 4));
}

export interface YearGroup {
  key: string;
  count: number;
}

export interface YearCount {
  year: number;
  total: number;
  /** Non-empty groups, in the order given (bottom of the stack first). */
  groups: YearGroup[];
}

/** Years that have events, in order; each split by `groupOf` in `order`. */
export function countPerYear(
  events: readonly TimelineEvent[],
  groupOf: (event: TimelineEvent) => string,
  order: readonly string[],
): YearCount[] {
  const years = new Map<number, Map<string, number>>();
  for (const event of events) {
    const year = yearOf(event);
    let groups = years.get(year);
    if (!groups) {
      groups = new Map();
      years.set(year, groups);
    }
    const key = groupOf(event);
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, groups]) => {
      const list = [...groups.entries()]
        .map(([key, count]) => ({ key, count }))
        .sort((a, b) => rank(a.key) - rank(b.key));
      return { year, total: list.reduce((sum, group) => sum + group.count, 0), groups: list };
    });
}

export function countPerYearByKind(events: readonly TimelineEvent[]): YearCount[] {
  return countPerYear(events, (event) => event.kind, EVENT_KINDS);
}

/**
 * The term of office an event falls in, for one country. On a handover day
 * both terms match (one ends the day the other begins); the incoming
 * leader's is taken, as he holds office from that day.
 */
export function termAt(
  event: TimelineEvent,
  terms: readonly LeaderTerm[],
  country: Country,
): LeaderTerm | undefined {
  let found: LeaderTerm | undefined;
  for (const term of terms) {
    if (term.country !== country || !duringTerm(event, term)) continue;
    if (!found || term.start > found.start) found = term;
  }
  return found;
}

export interface LeaderPair {
  /** `<japan term id>+<russia term id>`; a missing side is `none`. */
  key: string;
  japan?: LeaderTerm;
  russia?: LeaderTerm;
}

export function leaderPairOf(event: TimelineEvent, terms: readonly LeaderTerm[]): LeaderPair {
  const japan = termAt(event, terms, 'japan');
  const russia = termAt(event, terms, 'russia');
  return { key: `${japan?.id ?? 'none'}+${russia?.id ?? 'none'}`, japan, russia };
}

/** Per year by leader pair, and the pairs in the order they first held office together. */
export function countPerYearByLeaders(
  events: readonly TimelineEvent[],
  terms: readonly LeaderTerm[],
): { years: YearCount[]; pairs: LeaderPair[] } {
  const pairs = new Map<string, LeaderPair>();
  const pairOf = new Map<TimelineEvent, string>();
  for (const event of events) {
    const pair = leaderPairOf(event, terms);
    if (!pairs.has(pair.key)) pairs.set(pair.key, pair);
    pairOf.set(event, pair.key);
  }
  const ordered = [...pairs.values()].sort(
    (a, b) =>
      compareIsoDates(a.japan?.start ?? '', b.japan?.start ?? '') ||
      compareIsoDates(a.russia?.start ?? '', b.russia?.start ?? ''),
  );
  return {
    years: countPerYear(
      events,
      (event) => pairOf.get(event) ?? '',
      ordered.map((pair) => pair.key),
    ),
    pairs: ordered,
  };
}
