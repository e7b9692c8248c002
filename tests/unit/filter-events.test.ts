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
import { withRussian } from '../russian';

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

  it('searches the Russian text too, whatever the case, with ё and е alike', () => {
    const [tokyo, irkutsk, yokohama] = withRussian(sampleEvents);
    if (!tokyo || !irkutsk || !yokohama) throw new Error('three sample events');
    const events = [tokyo, irkutsk, yokohama];
    const found = (query: string) => ids(filterEvents(events, { ...DEFAULT_FILTERS, query }, []));
    expect(found('иркутское заявление')).toEqual([irkutsk.id]);
    expect(found('ИРКУТСК')).toEqual([irkutsk.id]);
    // A participant's name, and words from two fields at once.
    expect(found('ельцин токийская')).toEqual([tokyo.id]);
    // "провёл" in the text, typed with е; and ё typed where the text has е ("провели").
    expect(found('провел хосокавой')).toEqual([tokyo.id]);
    expect(found('ПРОВЁЛ')).toEqual([tokyo.id, irkutsk.id, yokohama.id]);
    expect(found('Лавров')).toEqual([yokohama.id]);
    // ё decomposed (е + combining diaeresis) is the same letter.
    expect(found('прове\u0308л хосокавой')).toEqual([tokyo.id]);
    // But е is not any vowel: a different word does not match.
    expect(found('провал')).toEqual([]);
    // Japanese and English still match a record read in Russian.
    expect(matchesQuery(yokohama, 'lavrov')).toBe(true);
    expect(matchesQuery(yokohamaForeignMinisters, 'ラヴロフ')).toBe(true);
  });
});
