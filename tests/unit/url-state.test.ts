import { describe, expect, it } from 'vitest';
import { parseUrlState, toSearch } from '../../src/stores/url-state';

describe('URL state', () => {
  it('reads the language and event of a shared link', () => {
    expect(parseUrlState('?lang=en&event=2001-03-irkutsk-summit')).toEqual({
      lang: 'en',
      event: '2001-03-irkutsk-summit',
    });
  });

  it('ignores an unknown language and malformed ids instead of failing', () => {
    expect(parseUrlState('?lang=fr&event=<script>')).toEqual({});
    expect(parseUrlState(`?event=${'a'.repeat(500)}`)).toEqual({});
    expect(parseUrlState('?event=')).toEqual({});
  });

  it('writes state while keeping parameters it does not own', () => {
    expect(toSearch({ lang: 'ja', event: '1993-10-tokyo-summit' }, '?embed=1&event=old')).toBe(
      '?embed=1&event=1993-10-tokyo-summit&lang=ja',
    );
    expect(toSearch({ lang: 'en' }, '?event=old&lang=ja')).toBe('?lang=en');
  });
});
