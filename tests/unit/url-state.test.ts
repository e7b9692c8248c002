import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, WINDOW_LIMITS } from '../../src/lib/time-window';
import { DEFAULT_FILTERS } from '../../src/stores/ui-store';
import { formatDay, parseUrlState, toSearch } from '../../src/stores/url-state';

const base = {
  selection: null,
  window: DEFAULT_WINDOW,
  filters: DEFAULT_FILTERS,
  view: 'timeline' as const,
  parallel: null,
  lang: 'ja' as const,
};

describe('URL state', () => {
  it('reads a shared link back into the same view', () => {
    const state = parseUrlState(
      '?lang=en&event=2001-03-irkutsk-summit&start=2000-01-01&end=2002-06-30&kinds=summit,visit&leader=jp-mori&q=Irkutsk&view=list',
    );
    expect(state).toMatchObject({
      lang: 'en',
      selection: { type: 'event', id: '2001-03-irkutsk-summit' },
      filters: { kinds: ['summit', 'visit'], leader: 'jp-mori', query: 'Irkutsk' },
      view: 'list',
      problems: [],
    });
    expect(formatDay(state.window.start)).toBe('2000-01-01');
    expect(formatDay(state.window.end)).toBe('2002-06-30');
  });

  it('round-trips through toSearch', () => {
    const state = parseUrlState(
      '?agreement=2001-irkutsk-statement&start=1999-01-01&end=2003-01-01&kinds=context',
    );
    const search = toSearch({ ...state, lang: 'en' });
    expect(parseUrlState(search)).toMatchObject({
      lang: 'en',
      selection: state.selection,
      window: state.window,
      filters: state.filters,
    });
  });

  it('writes only what differs from the default view, keeping foreign parameters', () => {
    expect(toSearch(base, '?embed=1&event=old')).toBe('?embed=1&lang=ja');
    expect(toSearch({ ...base, selection: { type: 'event', id: '1993-10-tokyo-summit' } })).toBe(
      '?lang=ja&event=1993-10-tokyo-summit',
    );
  });

  it('reads the parallel-reading and embed flags, and writes back only the first', () => {
    const state = parseUrlState('?view=map&parallel=1&embed=1');
    expect(state).toMatchObject({ view: 'map', parallel: 'ja-en', embed: true, problems: [] });
    expect(toSearch({ ...base, view: 'documents', parallel: 'ja-en' }, '?embed=1')).toBe(
      '?embed=1&lang=ja&view=documents&parallel=1',
    );
    expect(parseUrlState('?parallel=yes&embed=2').problems).toEqual(['parallel', 'embed']);
  });

  it('reads and writes the pair read side by side, old Japanese–English links included', () => {
    expect(parseUrlState('?parallel=ja-ru').parallel).toBe('ja-ru');
    expect(parseUrlState('?parallel=en-ru').parallel).toBe('en-ru');
    // Written as `1`, as links have always had it, and read back either way.
    expect(parseUrlState('?parallel=ja-en').parallel).toBe('ja-en');
    expect(parseUrlState('?parallel=0')).toMatchObject({ parallel: null, problems: [] });
    expect(toSearch({ ...base, parallel: 'ja-ru' })).toBe('?lang=ja&parallel=ja-ru');
    expect(toSearch({ ...base, parallel: 'en-ru' })).toBe('?lang=ja&parallel=en-ru');
    expect(toSearch({ ...base, parallel: 'ja-en' })).toBe('?lang=ja&parallel=1');
    // A pair the app does not offer, or the right languages in the wrong order.
    expect(parseUrlState('?parallel=ru-ja')).toMatchObject({
      parallel: null,
      problems: ['parallel'],
    });
    expect(parseUrlState('?parallel=ja-fr').problems).toEqual(['parallel']);
  });

  it('opens in Russian from a link, and keeps Russian in the links it writes', () => {
    expect(parseUrlState('?lang=ru&event=2001-03-irkutsk-summit')).toMatchObject({
      lang: 'ru',
      problems: [],
    });
    expect(toSearch({ ...base, lang: 'ru' })).toBe('?lang=ru');
    expect(parseUrlState('?lang=RU').problems).toEqual(['lang']);
  });

  it('notes unusable parameters instead of failing', () => {
    const state = parseUrlState('?lang=fr&event=<script>&kinds=summit,bogus&view=3d&leader=%20');
    expect(state.problems).toEqual(['lang', 'event', 'kinds', 'leader', 'view']);
    expect(state.selection).toBeNull();
    expect(state.filters.kinds).toEqual(['summit']);
  });

  it('rejects reversed, impossible or partial windows and keeps the default', () => {
    for (const search of [
      '?start=2005-01-01&end=2001-01-01',
      '?start=2001-02-30&end=2002-01-01',
      '?start=2001-01-01',
    ]) {
      const state = parseUrlState(search);
      expect(state.problems, search).toEqual(['window']);
      expect(state.window).toEqual(DEFAULT_WINDOW);
    }
  });

  it('clamps an absurdly wide window to the period', () => {
    const state = parseUrlState('?start=1900-01-01&end=2100-01-01');
    expect(state.window).toEqual({ start: WINDOW_LIMITS.min, end: WINDOW_LIMITS.max });
  });

  it('survives oversized parameters', () => {
    const state = parseUrlState(`?event=${'a'.repeat(5000)}&q=${'x'.repeat(300)}`);
    expect(state.selection).toBeNull();
    expect(state.filters.query.length).toBeLessThanOrEqual(200);
  });
});

describe('the rhythm flag in the URL', () => {
  it('reads ?rhythm=1, writes it back only when open, and notes a bad value', () => {
    expect(parseUrlState('?rhythm=1')).toMatchObject({ rhythm: true, problems: [] });
    expect(parseUrlState('').rhythm).toBe(false);
    expect(parseUrlState('?rhythm=yes').problems).toEqual(['rhythm']);
    const english = { ...base, lang: 'en' as const };
    expect(toSearch({ ...english, rhythm: true }, '?rhythm=1')).toBe('?lang=en&rhythm=1');
    expect(toSearch({ ...english, rhythm: false }, '?rhythm=1')).toBe('?lang=en');
  });
});
