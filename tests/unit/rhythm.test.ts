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
import type { LeaderTerm, TimelineEvent } from '../../src/lib/dataset/schema';
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
    name: { ja: id, en: id },
    role: { ja: '首脳', en: 'Leader' },
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
    const year1998 = all.find((year) => year.year === 1998);
    expect(year1998).toEqual({
      year: 1998,
      total: 3,
      groups: [
        { key: 'summit', count: 2 },
        { key: 'context', count: 1 },
      ],
    });
    const summits = filterEvents(
      dataset.events,
      { ...DEFAULT_FILTERS, kinds: ['summit'] },
      dataset.leaderTerms,
    );
    const filtered = countPerYearByKind(summits);
    expect(filtered.find((year) => year.year === 1998)?.total).toBe(2);
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
    expect(year(1998)).toEqual({ 'jp-hashimoto+ru-yeltsin': 2, 'jp-obuchi+ru-yeltsin': 1 });
    // The DPJ government took office on 16 September 2009, the day Aso's term ended.
    expect(year(2009)).toEqual({ 'jp-aso+ru-medvedev': 3, 'jp-hatoyama+ru-medvedev': 5 });
    expect(year(2008)['jp-fukuda+ru-medvedev']).toBe(2);
    expect(pairs.map((pair) => pair.key).slice(0, 4)).toEqual([
      'jp-hosokawa+ru-yeltsin',
      'jp-hashimoto+ru-yeltsin',
      'jp-obuchi+ru-yeltsin',
      'jp-mori+ru-putin-1',
    ]);
    expect(pairs.at(-1)?.key).toBe('jp-abe-2+ru-putin-2');
    expect(pairs.every((pair) => pair.japan && pair.russia)).toBe(true);
  });
});
