import { describe, expect, it } from 'vitest';
import { duringTerm, filterEvents, matchesQuery } from '../../src/features/events/filter-events';
import { DEFAULT_FILTERS } from '../../src/stores/ui-store';
import {
  irkutskSummit,
  moriTerm,
  sampleEvents,
  tokyoSummit,
  yokohamaForeignMinisters,
} from '../fixtures/events';

const mori = moriTerm;

const ids = (events: { id: string }[]) => events.map((event) => event.id);

describe('filtering events', () => {
  it('keeps everything with the default filters', () => {
    expect(filterEvents(sampleEvents, DEFAULT_FILTERS, [mori])).toEqual(sampleEvents);
  });

  it('filters by kind', () => {
    expect(
      ids(filterEvents(sampleEvents, { ...DEFAULT_FILTERS, kinds: ['foreign-ministers'] }, [])),
    ).toEqual([yokohamaForeignMinisters.id]);
  });

  it('filters by a leader’s term, comparing at the event’s precision', () => {
    expect(
      ids(filterEvents(sampleEvents, { ...DEFAULT_FILTERS, leader: 'jp-mori' }, [mori])),
    ).toEqual([irkutskSummit.id]);
    // A month-precision event in the month a term starts counts as during it.
    expect(duringTerm({ ...tokyoSummit, date: '2000-04' }, mori)).toBe(true);
    expect(duringTerm({ ...tokyoSummit, date: '2001-05' }, mori)).toBe(false);
  });

  it('searches titles and summaries in both languages, whatever the width or case', () => {
    expect(matchesQuery(irkutskSummit, 'イルクーツク声明')).toBe(true);
    expect(matchesQuery(irkutskSummit, 'IRKUTSK statement')).toBe(true);
    expect(matchesQuery(irkutskSummit, 'Ｉｒｋｕｔｓｋ')).toBe(true);
    expect(matchesQuery(irkutskSummit, 'Irkutsk Yokohama')).toBe(false);
    expect(ids(filterEvents(sampleEvents, { ...DEFAULT_FILTERS, query: 'lavrov' }, []))).toEqual([
      yokohamaForeignMinisters.id,
    ]);
  });
});
