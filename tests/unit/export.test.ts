import { screen } from '@testing-library/react';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CSV_COLUMNS,
  datasetExport,
  eventsCsv,
  eventsJson,
  exportFile,
  saveFile,
  type ExportContext,
} from '../../src/features/export/export-files';
import type { TimelineEvent } from '../../src/lib/dataset/schema';
import { parseUrlState } from '../../src/stores/url-state';
import {
  irkutskSummit,
  moriTerm,
  sampleEvents,
  sampleSources,
  tokyoDeclaration,
  tokyoSummit,
  yokohamaForeignMinisters,
} from '../fixtures/events';
import { published as publishedRead } from '../fixtures/published';
import { withRussian } from '../russian';

const place = { origin: 'https://example.org', pathname: '/jr-timeline/' };
const sourcesById = new Map(sampleSources.map((source) => [source.id, source]));

function parseCsv(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const context: ExportContext = {
  events: [irkutskSummit],
  dataset: {
    events: sampleEvents,
    agreements: [tokyoDeclaration],
    leaderTerms: [moriTerm],
    sources: sampleSources,
  },
  place,
  today: '2026-11-22',
  appTitle: { ja: '日露年表', en: 'Japan–Russia Timeline', ru: 'Хронология' },
};

describe('the events shown as CSV', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads the Japanese', () => {
    const csv = eventsCsv(sampleEvents, sourcesById, place);
    expect(csv.startsWith('\uFEFFid,date,end_date,kind,title_ja,title_en,')).toBe(true);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has one row per event with both languages, its sources and links back to it', () => {
    const event: TimelineEvent = {
      ...tokyoSummit,
      keyPoints: [
        { ja: '第一点', en: 'First point', ru: 'First point' },
        { ja: '第二点', en: 'Second point, with "quotes"', ru: 'Second point, with "quotes"' },
      ],
      sources: [
        ...tokyoSummit.sources,
        { source: 'mofa-yokohama-fm-2010', at: { ja: 'x', en: 'x', ru: 'x' } },
        { source: 'cao-recent-developments', at: { ja: 'y', en: 'y', ru: 'y' } },
      ],
    };
    const rows = parseCsv(eventsCsv([event, irkutskSummit], sourcesById, place));
    expect(rows.map((row) => row.id)).toEqual([tokyoSummit.id, irkutskSummit.id]);
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows[0]).toMatchObject({
      date: '1993-10',
      end_date: '',
      kind: 'summit',
      title_ja: '日露首脳会談(東京)',
      title_en: 'Japan-Russia Summit Meeting (Tokyo)',
      japan_participants_ja: '細川護熙 (内閣総理大臣)',
      russia_participants_en: 'Boris Yeltsin (President)',
      key_points_ja: '第一点\n第二点',
      key_points_en: 'First point\nSecond point, with "quotes"',
      agreements: '1993-tokyo-declaration',
      sources: 'cao-recent-developments\nmofa-yokohama-fm-2010',
      // The MOFA page has no known URL: only the one that does is listed.
      source_urls: 'http://www8.cao.go.jp/hoppo/shisaku/01.html',
    });
    const link = rows[1]?.link_en ?? '';
    expect(link).toBe(`https://example.org/jr-timeline/?lang=en&event=${irkutskSummit.id}`);
    expect(parseUrlState(new URL(link).search).selection).toEqual({
      type: 'event',
      id: irkutskSummit.id,
    });
    expect(rows[1]?.link_ja).toContain('lang=ja&');
  });

  it('carries a Russian column beside each Japanese and English one', () => {
    const columns = [...CSV_COLUMNS];
    for (const field of [
      'title',
      'short_title',
      'place',
      'occasion',
      'summary',
      'key_points',
      'link',
    ]) {
      const at = columns.indexOf(`${field}_ja` as (typeof CSV_COLUMNS)[number]);
      expect(columns.slice(at, at + 3), field).toEqual([
        `${field}_ja`,
        `${field}_en`,
        `${field}_ru`,
      ]);
    }
    const tokyo = withRussian(tokyoSummit);
    const [row, blank] = parseCsv(eventsCsv([tokyo, yokohamaForeignMinisters], sourcesById, place));
    expect(row).toMatchObject({
      title_ru: 'Японо-российская встреча на высшем уровне (Токио)',
      place_ru: 'Токио',
      summary_ru:
        'Президент Ельцин посетил Японию и провёл переговоры с премьер-министром Хосокавой. Была подписана Токийская декларация.',
      japan_participants_ru: 'Морихиро Хосокава (Премьер-министр)',
      russia_participants_ru: 'Борис Ельцин (Президент)',
      link_ru: `https://example.org/jr-timeline/?lang=ru&event=${tokyoSummit.id}`,
    });
    // Every record carries Russian now, so no Russian column is left blank.
    expect(blank).toMatchObject({
      title_ru: yokohamaForeignMinisters.title.ru,
      summary_ru: yokohamaForeignMinisters.summary.ru,
      title_en: yokohamaForeignMinisters.title.en,
    });
  });

  it('defuses text a spreadsheet would run as a formula, even across lines', () => {
    const hostile: TimelineEvent = {
      ...irkutskSummit,
      title: {
        ja: '＝1+1',
        en: '=HYPERLINK("http://evil.example","click")',
        ru: '=HYPERLINK("http://evil.example","click")',
      },
      summary: { ja: '@SUM(A1)', en: '-2+3', ru: '-2+3' },
      keyPoints: [
        { ja: '=cmd|" /C calc"!A0', en: '+1', ru: '+1' },
        { ja: 'ふつうの要点', en: 'An ordinary point', ru: 'An ordinary point' },
      ],
    };
    const [row] = parseCsv(eventsCsv([hostile], sourcesById, place));
    expect(row).toMatchObject({
      title_ja: "'＝1+1",
      title_en: `'=HYPERLINK("http://evil.example","click")`,
      summary_ja: "'@SUM(A1)",
      summary_en: "'-2+3",
      key_points_ja: `'=cmd|" /C calc"!A0\nふつうの要点`,
      place_en: 'Irkutsk, Russia',
    });
    // Why the pattern is our own: papaparse's `true` misses a cell with a line break.
    expect(Papa.unparse([{ cell: '=1+1\nsecond line' }], { escapeFormulae: true })).not.toContain(
      "'=",
    );
  });

  it('writes the header row even when no event is shown', () => {
    const csv = eventsCsv([], sourcesById, place);
    expect(csv).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('the events shown as JSON', () => {
  it('holds exactly the events given, in the shape of events.json', () => {
    expect(JSON.parse(eventsJson([irkutskSummit, tokyoSummit]))).toEqual({
      events: [irkutskSummit, tokyoSummit],
    });
  });
});

describe('the full dataset', () => {
  const published = publishedRead.dataset;

  // A validator of the draft the schema declares (ajv refuses a schema of another draft).
  function validator(schema: Record<string, unknown>) {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    return addFormats(new Ajv2020({ allErrors: true })).compile(schema);
  }

  it('carries the published data and a schema generated from the app’s, which it passes', () => {
    const exported = datasetExport({
      ...context,
      dataset: published,
      venues: published.venues,
    }) as {
      about: { exported: string; from: string };
      schema: Record<string, unknown>;
      data: unknown;
    };
    expect(exported.about).toMatchObject({
      exported: '2026-11-22',
      from: 'https://example.org/jr-timeline/',
    });
    const data = exported.data as Record<string, unknown[]>;
    expect(Object.keys(data)).toEqual(['events', 'agreements', 'leaderTerms', 'sources', 'venues']);
    expect(data.events).toHaveLength(published.events.length);
    expect(data.venues).toHaveLength(published.venues.length);
    const validate = validator(exported.schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has a schema that refuses what the app refuses', () => {
    const validate = validator(datasetExport(context).schema as Record<string, unknown>);
    const good = datasetExport(context).data as { events: TimelineEvent[]; sources: object[] };
    expect(validate(good)).toBe(true);
    const cases: [string, (data: typeof good) => void][] = [
      ['a month 13', (data) => void ((data.events[0] as { date: string }).date = '2001-13')],
      [
        'no English title',
        (data) => void ((data.events[0] as { title: object }).title = { ja: 'x' }),
      ],
      ['an unknown kind', (data) => void ((data.events[0] as { kind: string }).kind = 'party')],
      [
        'a javascript: URL',
        (data) => void (data.sources[0] = { ...data.sources[0], url: 'javascript:alert(1)' }),
      ],
      ['an extra field', (data) => void ((data.events[0] as { extra?: number }).extra = 1)],
    ];
    for (const [what, spoil] of cases) {
      const data = structuredClone(good);
      spoil(data);
      expect(validate(data), what).toBe(false);
    }
  });

  it('leaves venues out when venues.json is not available', () => {
    expect(Object.keys(datasetExport(context).data as object)).toEqual([
      'events',
      'agreements',
      'leaderTerms',
      'sources',
    ]);
  });
});

describe('exportFile', () => {
  it('names each file by what it holds and the day', () => {
    expect(exportFile('shown-csv', context)).toMatchObject({
      name: 'japan-russia-events-2026-11-22.csv',
      type: 'text/csv;charset=utf-8',
    });
    const json = exportFile('shown-json', context);
    expect(json.name).toBe('japan-russia-events-2026-11-22.json');
    expect((JSON.parse(json.content) as { events: unknown[] }).events).toEqual([irkutskSummit]);
    expect(exportFile('dataset', context).name).toBe('japan-russia-dataset-2026-11-22.json');
  });
});

describe('saveFile', () => {
  const original = {
    createObjectURL: URL.createObjectURL.bind(URL),
    revokeObjectURL: URL.revokeObjectURL.bind(URL),
  };
  afterEach(() => {
    vi.useRealTimers();
    Object.assign(URL, original);
  });

  /** The bytes as written (FileReader's readAsText would drop the BOM). */
  function readBlob(blob: Blob): Promise<number[]> {
    return new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)]);
      reader.readAsArrayBuffer(blob);
    });
  }

  it('downloads through a temporary link and revokes the object URL afterwards', async () => {
    vi.useFakeTimers();
    const create = vi.fn((_blob: Blob) => 'blob:https://example.org/1');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: { download: string; href: string; connected: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href, connected: this.isConnected });
    });

    saveFile({ name: 'events.csv', type: 'text/csv;charset=utf-8', content: '\uFEFFid\r\n' }, 500);

    expect(clicked).toEqual([
      { download: 'events.csv', href: 'blob:https://example.org/1', connected: true },
    ]);
    expect(screen.queryByRole('link', { hidden: true })).not.toBeInTheDocument();
    const blob = create.mock.calls[0]?.[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    vi.useRealTimers();
    expect(await readBlob(blob as Blob)).toEqual([0xef, 0xbb, 0xbf, 0x69, 0x64, 0x0d, 0x0a]);
    vi.useFakeTimers();
    expect(revoke).not.toHaveBeenCalled();
    click.mockRestore();
  });

  it('revokes the object URL once the browser has had time to read it', () => {
    vi.useFakeTimers();
    const revoke = vi.fn();
    Object.assign(URL, {
      createObjectURL: () => 'blob:https://example.org/2',
      revokeObjectURL: revoke,
    });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    saveFile({ name: 'x.json', type: 'application/json', content: '{}' }, 500);
    vi.advanceTimersByTime(499);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revoke).toHaveBeenCalledWith('blob:https://example.org/2');
    click.mockRestore();
  });
});
