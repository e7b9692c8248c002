import { describe, expect, it } from 'vitest';
import { recordLink, today } from '../../src/lib/record-link';
import { parseUrlState } from '../../src/stores/url-state';

describe('recordLink', () => {
  it('links to one record in one language, on the path the app is served from', () => {
    const place = { origin: 'https://example.github.io', pathname: '/jr-timeline/' };
    expect(recordLink(place, 'ja', { type: 'event', id: '2001-03-irkutsk-summit' })).toBe(
      'https://example.github.io/jr-timeline/?lang=ja&event=2001-03-irkutsk-summit',
    );
    expect(
      recordLink({ origin: 'http://127.0.0.1:4173', pathname: '/' }, 'en', {
        type: 'agreement',
        id: '1993-tokyo-declaration',
      }),
    ).toBe('http://127.0.0.1:4173/?lang=en&agreement=1993-tokyo-declaration');
  });

  it('is read back by the app as that record and language, with nothing else', () => {
    for (const type of ['event', 'agreement'] as const) {
      const link = recordLink({ origin: 'https://example.org', pathname: '/a/b/' }, 'en', {
        type,
        id: '2000-09-tokyo-summit',
      });
      expect(parseUrlState(new URL(link).search)).toMatchObject({
        lang: 'en',
        selection: { type, id: '2000-09-tokyo-summit' },
        parallel: null,
        view: 'timeline',
        problems: [],
      });
    }
  });
});

describe('today', () => {
  it('gives the local calendar day, zero-padded', () => {
    expect(today(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
    expect(today(new Date(2026, 10, 22, 0, 0).getTime())).toBe('2026-11-22');
  });
});
