import { describe, expect, it } from 'vitest';
import { embedCode, viewUrl } from '../../src/features/embed/view-url';
import { DEFAULT_WINDOW } from '../../src/lib/time-window';
import { DEFAULT_FILTERS } from '../../src/stores/ui-store';

const state = {
  selection: { type: 'event', id: '2001-03-irkutsk-summit' } as const,
  window: DEFAULT_WINDOW,
  filters: { ...DEFAULT_FILTERS, kinds: ['summit' as const], query: 'Putin & "Mori"' },
  view: 'timeline' as const,
  parallel: null,
  lang: 'en' as const,
};
const place = {
  origin: 'https://example.github.io',
  pathname: '/jr-timeline/',
  search: '?embed=1&lang=ja&event=old-id&utm_source=article',
};

describe('the view’s address', () => {
  it('is the full app’s address for the same view, sub-path kept, without embed', () => {
    const url = new URL(viewUrl(state, place, false));
    expect(url.origin + url.pathname).toBe('https://example.github.io/jr-timeline/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      utm_source: 'article',
      lang: 'en',
      event: '2001-03-irkutsk-summit',
      kinds: 'summit',
      q: 'Putin & "Mori"',
    });
  });

  it('is the embed’s address with embed=1, whether or not the page had it', () => {
    for (const search of [place.search, '?lang=en']) {
      const url = new URL(viewUrl(state, { ...place, search }, true));
      expect(url.searchParams.get('embed')).toBe('1');
      expect(url.searchParams.get('event')).toBe('2001-03-irkutsk-summit');
      expect(url.searchParams.getAll('embed')).toHaveLength(1);
    }
  });
});

describe('the embed code', () => {
  it('is one iframe whose attributes survive any text in the address or title', () => {
    const src = viewUrl(state, place, true);
    const title = 'A "timeline" <of> Japan & Russia';
    const code = embedCode(src, title);
    const template = document.createElement('template');
    template.innerHTML = code;
    const frames = template.content.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(template.content.childNodes).toHaveLength(1);
    const frame = frames[0];
    expect(frame?.getAttribute('src')).toBe(src);
    expect(frame?.getAttribute('title')).toBe(title);
    expect(frame?.getAttribute('loading')).toBe('lazy');
    expect(frame?.getAttribute('height')).toBe('480');
    expect(code).not.toContain('&lang');
  });
});
