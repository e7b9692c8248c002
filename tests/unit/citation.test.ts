import { describe, expect, it } from 'vitest';
import { formatCitation, type CitationContext } from '../../src/features/citation/format-citation';
import type { Source, TimelineEvent } from '../../src/lib/dataset/schema';
import { parseUrlState } from '../../src/stores/url-state';
import {
  irkutskSummit,
  sampleSources,
  tokyoDeclaration,
  yokohamaForeignMinisters,
} from '../fixtures/events';
import { withRussian } from '../russian';

const kremlin: Source = {
  id: 'kremlin-statement-2000',
  basis: 'official',
  publisher: { ja: 'ロシア大統領府', en: 'President of Russia', ru: 'President of Russia' },
  title: {
    ja: '平和条約問題に関する声明',
    en: 'Statement on the Issue of a Peace Treaty',
    ru: 'Statement on the Issue of a Peace Treaty',
  },
  date: '2000-09-05',
  url: 'http://en.kremlin.ru/supplement/1234',
};

const context: CitationContext = {
  sourcesById: new Map([...sampleSources, kremlin].map((source) => [source.id, source])),
  place: { origin: 'https://example.org', pathname: '/' },
  accessed: '2026-11-22',
  appTitle: { ja: '日露年表', en: 'Japan–Russia Timeline', ru: 'Японо-российская хронология' },
};

const tokyo2000: TimelineEvent = {
  ...irkutskSummit,
  id: '2000-09-tokyo-summit',
  date: '2000-09-04',
  endDate: '2000-09-05',
  title: {
    ja: '日露首脳会談(東京)',
    en: 'Japan-Russia Summit Meeting (Tokyo)',
    ru: 'Японо-российская встреча на высшем уровне (Токио)',
  },
  sources: [
    { source: 'cao-recent-developments', at: { ja: '見出し', en: 'Heading', ru: 'Heading' } },
    { source: 'kremlin-statement-2000', at: { ja: '第1項', en: 'Paragraph 1', ru: 'Paragraph 1' } },
    {
      source: 'cao-recent-developments',
      at: { ja: '別の見出し', en: 'Another heading', ru: 'Another heading' },
    },
  ],
};

describe('formatCitation', () => {
  it('cites an event with its span, every source once and a link back, in Japanese', () => {
    expect(formatCitation({ type: 'event', record: tokyo2000 }, context, 'ja')).toBe(
      [
        '「日露首脳会談(東京)」(2000年9月4日～5日)『日露年表』https://example.org/?lang=ja&event=2000-09-tokyo-summit (2026年11月22日閲覧)',
        '出典: 内閣府「近年の主な動き」 http://www8.cao.go.jp/hoppo/shisaku/01.html',
        '出典: ロシア大統領府「平和条約問題に関する声明」(2000年9月5日) http://en.kremlin.ru/supplement/1234',
      ].join('\n'),
    );
  });

  it('cites the same event in English', () => {
    expect(formatCitation({ type: 'event', record: tokyo2000 }, context, 'en')).toBe(
      [
        '“Japan-Russia Summit Meeting (Tokyo)” (4 – 5 September 2000). In: Japan–Russia Timeline. https://example.org/?lang=en&event=2000-09-tokyo-summit (accessed 22 November 2026).',
        'Source: Cabinet Office, “Recent major developments”, http://www8.cao.go.jp/hoppo/shisaku/01.html',
        'Source: President of Russia, “Statement on the Issue of a Peace Treaty” (5 September 2000), http://en.kremlin.ru/supplement/1234',
      ].join('\n'),
    );
  });

  it('cites the same event in Russian, by Russian conventions', () => {
    const russianContext = {
      ...context,
      sourcesById: new Map(
        [...withRussian(sampleSources), kremlin].map((source) => [source.id, source]),
      ),
    };
    expect(
      formatCitation({ type: 'event', record: withRussian(tokyo2000) }, russianContext, 'ru'),
    ).toBe(
      [
        '«Японо-российская встреча на высшем уровне (Токио)» (4–5 сентября 2000\u00a0г.) // Японо-российская хронология. URL: https://example.org/?lang=ru&event=2000-09-tokyo-summit (дата обращения: 22.11.2026).',
        'Источник: Канцелярия кабинета министров Японии, «Основные события последних лет», http://www8.cao.go.jp/hoppo/shisaku/01.html',
        // A source not yet translated is cited in English rather than left out.
        'Источник: President of Russia, «Statement on the Issue of a Peace Treaty» (5 сентября 2000\u00a0г.), http://en.kremlin.ru/supplement/1234',
      ].join('\n'),
    );
    expect(
      formatCitation(
        { type: 'agreement', record: tokyoDeclaration },
        { ...context, sourcesById: new Map() },
        'ru',
      ),
    ).toMatch(
      /^«Токийская декларация[^»]*» \(октябрь 1993\u00a0г\.\)[^\n]*\nИсточник: cao-recent-developments$/u,
    );
  });

  it('gives dates at their own precision and never invents a day', () => {
    const ja = formatCitation({ type: 'event', record: irkutskSummit }, context, 'ja');
    const en = formatCitation({ type: 'event', record: irkutskSummit }, context, 'en');
    expect(ja).toContain('(2001年3月)');
    expect(en).toContain('(March 2001)');
    expect(en).not.toMatch(/\d+ March 2001/);
    const fifties = { ...tokyoDeclaration, id: '1956-joint-declaration', date: '1956' };
    expect(formatCitation({ type: 'agreement', record: fifties }, context, 'ja')).toContain(
      '(1956年)',
    );
    expect(formatCitation({ type: 'agreement', record: fifties }, context, 'en')).toContain(
      '” (1956).',
    );
  });

  it('names a source without a URL, and one that did not load by its id', () => {
    const en = formatCitation({ type: 'event', record: yokohamaForeignMinisters }, context, 'en');
    expect(en.split('\n')[1]).toBe(
      'Source: Ministry of Foreign Affairs, “Japan-Russia Foreign Ministers’ Meeting at APEC Yokohama (Summary)”',
    );
    const unloaded = { ...context, sourcesById: new Map<string, Source>() };
    expect(
      formatCitation({ type: 'event', record: irkutskSummit }, unloaded, 'ja').split('\n')[1],
    ).toBe('出典: cao-recent-developments');
  });

  it('links to the agreement under the sub-path the app is served from', () => {
    const subPath = {
      ...context,
      place: { origin: 'https://example.github.io', pathname: '/jr-timeline/' },
    };
    const citation = formatCitation({ type: 'agreement', record: tokyoDeclaration }, subPath, 'en');
    const link = /https:\/\/\S+/.exec(citation.split('\n')[0] ?? '')?.[0] ?? '';
    expect(link).toBe(
      'https://example.github.io/jr-timeline/?lang=en&agreement=1993-tokyo-declaration',
    );
    // The link opens the same record in the same language.
    expect(parseUrlState(new URL(link).search)).toMatchObject({
      lang: 'en',
      selection: { type: 'agreement', id: '1993-tokyo-declaration' },
      problems: [],
    });
  });

  it('keeps hostile text as plain text on one line', () => {
    const hostile = '<img src=x onerror="alert(1)">\n=HYPERLINK("http://evil")';
    const event = { ...irkutskSummit, title: { ja: hostile, en: hostile, ru: hostile } };
    const [head, ...rest] = formatCitation({ type: 'event', record: event }, context, 'en').split(
      '\n',
    );
    expect(head).toContain('“<img src=x onerror="alert(1)"> =HYPERLINK("http://evil")”');
    expect(rest).toHaveLength(1);
  });
});
