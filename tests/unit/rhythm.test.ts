/**
 * The rhythm chart's counting: per year, by kind and by the pair of leaders
 * in office, on small cases and on the published dataset; and its `?rhythm=1`
 * flag in the URL.
 */
import { describe, expect, it } from 'vitest';
import { filterEvents } from '../../src/features/events/filter-events';
import {
  countPerYearByKind,
  countPerYearByLeaders,
  leaderPairOf,
  termAt,
} from '../../src/features/rhythm/count-per-year';
import { EVENT_KINDS, type LeaderTerm, type TimelineEvent } from '../../src/lib/dataset/schema';
import { DEFAULT_FILTERS } from '../../src/stores/ui-store';
import { tokyoSummit } from '../fixtures/events';
import { published } from '../fixtures/published';

const { dataset } = published;

function event(
  id: string,
  date: string,
  kind: TimelineEvent['kind'] = 'summit',
  endDate?: string,
): TimelineEvent {
  return { ...tokyoSummit, id, date, endDate, kind };
}

function term(id: string, country: LeaderTerm['country'], start: string, end?: string): LeaderTerm {
  return {
    id,
    country,
    start,
    end,
    name: { ja: id, en: id, ru: id },
    role: { ja: '首脳', en: 'Leader', ru: 'Leader' },
    sources: [],
  };
}

describe('events per year', () => {
  it('counts month- and year-precision dates in their year, split by kind in kind order', () => {
    const years = countPerYearByKind([
      event('a', '1997-11', 'visit'),
      event('b', '1997-03-02', 'summit'),
      event('c', '1997', 'context'),
      event('d', '1998-04', 'summit'),
    ]);
    expect(years).toEqual([
      {
        year: 1997,
        total: 3,
        groups: [
          { key: 'summit', count: 1 },
          { key: 'visit', count: 1 },
          { key: 'context', count: 1 },
        ],
      },
      { year: 1998, total: 1, groups: [{ key: 'summit', count: 1 }] },
    ]);
  });

  it('counts a meeting spanning New Year once, in the year it began', () => {
    const years = countPerYearByKind([
      event('new-year', '2009-12-30', 'visit', '2010-01-02'),
      event('later', '2010-03-29', 'foreign-ministers'),
    ]);
    expect(years.map(({ year, total }) => [year, total])).toEqual([
      [2009, 1],
      [2010, 1],
    ]);
  });

  it('adds up to the events shown, and follows the filters', () => {
    const all = countPerYearByKind(dataset.events);
    expect(all.reduce((sum, year) => sum + year.total, 0)).toBe(dataset.events.length);
    // Counted here the plain way, from the dates' first four characters.
    const in1998 = dataset.events.filter((event) => event.date.startsWith('1998'));
    const byKind = (events: typeof in1998) =>
      Object.fromEntries(
        [...new Set(events.map((event) => event.kind))].map((kind) => [
          kind,
          events.filter((event) => event.kind === kind).length,
        ]),
      );
    const year1998 = all.find((year) => year.year === 1998);
    expect(year1998?.total).toBe(in1998.length);
    expect(
      Object.fromEntries(year1998?.groups.map((group) => [group.key, group.count]) ?? []),
    ).toEqual(byKind(in1998));
    // Groups come in the legend's order of kinds.
    expect(year1998?.groups.map((group) => group.key)).toEqual(
      EVENT_KINDS.filter((kind) => in1998.some((event) => event.kind === kind)),
    );
    const summits = filterEvents(
      dataset.events,
      { ...DEFAULT_FILTERS, kinds: ['summit'] },
      dataset.leaderTerms,
    );
    const filtered = countPerYearByKind(summits);
    expect(filtered.find((year) => year.year === 1998)?.total).toBe(
      in1998.filter((event) => event.kind === 'summit').length,
    );
    expect(filtered.flatMap((year) => year.groups.map((group) => group.key))).not.toContain(
      'context',
    );
    // A year with no events is simply absent.
    expect(all.some((year) => year.year === 1994)).toBe(false);
  });
});

describe('leader pairs', () => {
  const terms = [
    term('jp-a', 'japan', '2007-09-26', '2008-09-24'),
    term('jp-b', 'japan', '2008-09-24', '2009-09-16'),
    term('ru-x', 'russia', '2000-05-07', '2008-05-07'),
    term('ru-y', 'russia', '2008-05-07'),
  ];

  it('gives the leader in office on the day, and the incoming one on a handover day', () => {
    expect(termAt(event('e', '2008-04-26'), terms, 'russia')?.id).toBe('ru-x');
    expect(termAt(event('e', '2008-05-07'), terms, 'russia')?.id).toBe('ru-y');
    expect(termAt(event('e', '2008-09-24'), terms, 'japan')?.id).toBe('jp-b');
    // A month-precision date in a handover month: the incoming leader, by the same rule.
    expect(termAt(event('e', '2008-05'), terms, 'russia')?.id).toBe('ru-y');
    expect(termAt(event('e', '2010-01-01'), terms, 'japan')).toBeUndefined();
    expect(leaderPairOf(event('e', '2008-07-08'), terms).key).toBe('jp-a+ru-y');
    expect(leaderPairOf(event('e', '2010-01-01'), terms).key).toBe('none+ru-y');
  });

  it('splits the published years by the pair in office, pairs in time order', () => {
    const { years, pairs } = countPerYearByLeaders(dataset.events, dataset.leaderTerms);
    const year = (y: number) =>
      Object.fromEntries(
        years.find((entry) => entry.year === y)?.groups.map((g) => [g.key, g.count]) ?? [],
      );
    const dated = (year: string, before: string) => {
      const events = dataset.events.filter((event) => event.date.startsWith(year));
      // A month-precision date in the handover month counts for the incoming leader.
      const early = events.filter(
        (event) => event.date < before.slice(0, event.date.length),
      ).length;
      return [early, events.length - early];
    };
    // Obuchi took office on 30 July 1998.
    const [hashimoto, obuchi] = dated('1998', '1998-07-30');
    expect(year(1998)).toEqual({
      'jp-hashimoto+ru-yeltsin': hashimoto,
      'jp-obuchi+ru-yeltsin': obuchi,
    });
    // The DPJ government took office on 16 September 2009, the day Aso's term ended.
    const [aso, hatoyama] = dated('2009', '2009-09-16');
    expect(year(2009)).toEqual({
      'jp-aso+ru-medvedev': aso,
      'jp-hatoyama+ru-medvedev': hatoyama,
    });
    const keys = pairs.map((pair) => pair.key);
    expect(keys[0]).toBe('jp-hosokawa+ru-yeltsin');
    expect(keys.indexOf('jp-hashimoto+ru-yeltsin')).toBeLessThan(
      keys.indexOf('jp-obuchi+ru-yeltsin'),
    );
    expect(keys.indexOf('jp-obuchi+ru-yeltsin')).toBeLessThan(keys.indexOf('jp-mori+ru-putin-1'));
    expect(pairs.at(-1)?.key).toBe('jp-abe-2+ru-putin-2');
    expect(pairs.every((pair) => pair.japan && pair.russia)).toBe(true);
  });
});
