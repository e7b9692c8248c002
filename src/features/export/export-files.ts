/**
 * The files the Export control offers: the events shown as CSV or JSON, and
 * the whole dataset with its JSON Schema. Loaded only when the reader
 * exports (papaparse and the schema generator come with it).
 */
import Papa from 'papaparse';
import type { Language } from '../../i18n/index';
import type { Localized, Participant, Source, TimelineEvent } from '../../lib/dataset/schema';
import type { Dataset } from '../../lib/dataset/validate';
import type { Venue } from '../../lib/dataset/venues';
import { recordLink } from '../../lib/record-link';
import { datasetJsonSchema } from './dataset-json-schema';

export type ExportKind = 'shown-csv' | 'shown-json' | 'dataset';

export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

export interface ExportContext {
  /** The events shown, after filters and search, in time order. */
  events: TimelineEvent[];
  dataset: Dataset;
  /** Venues for the full dataset, or undefined when venues.json is not available. */
  venues?: Venue[];
  /** Where the app is (`location` when the reader exports), for the links to each record. */
  place: Pick<Location, 'origin' | 'pathname'>;
  /** Today, `YYYY-MM-DD`: in the file names and the dataset's `about`. */
  today: string;
  appTitle: Localized;
}

/**
 * Cells that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab,
 * return, and their full-width forms) get a leading apostrophe. papaparse's
 * own `escapeFormulae: true` tests the whole cell with `.*$`, which misses a
 * cell with a line break in it (a list of key points), so the pattern is ours.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;

function lines(values: string[]): string {
  return values.join('\n');
}

function people(participants: Participant[], language: Language): string {
  return lines(participants.map((person) => `${person.name[language]} (${person.role[language]})`));
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'end_date',
  'kind',
  'title_ja',
  'title_en',
  'short_title_ja',
  'short_title_en',
  'place_ja',
  'place_en',
  'occasion_ja',
  'occasion_en',
  'japan_participants_ja',
  'japan_participants_en',
  'russia_participants_ja',
  'russia_participants_en',
  'summary_ja',
  'summary_en',
  'key_points_ja',
  'key_points_en',
  'agreements',
  'sources',
  'source_urls',
  'link_ja',
  'link_en',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One row per event, with both languages side by side and a link back to it. */
export function eventsCsv(
  events: TimelineEvent[],
  sourcesById: ReadonlyMap<string, Source>,
  place: ExportContext['place'],
): string {
  const rows = events.map((event): Record<CsvColumn, string> => {
    const cited = [...new Set(event.sources.map((citation) => citation.source))];
    const points = event.keyPoints ?? [];
    const { japan, russia } = event.participants;
    return {
      id: event.id,
      date: event.date,
      end_date: event.endDate ?? '',
      kind: event.kind,
      title_ja: event.title.ja,
      title_en: event.title.en,
      short_title_ja: event.shortTitle?.ja ?? '',
      short_title_en: event.shortTitle?.en ?? '',
      place_ja: event.place.ja,
      place_en: event.place.en,
      occasion_ja: event.occasion?.ja ?? '',
      occasion_en: event.occasion?.en ?? '',
      japan_participants_ja: people(japan, 'ja'),
      japan_participants_en: people(japan, 'en'),
      russia_participants_ja: people(russia, 'ja'),
      russia_participants_en: people(russia, 'en'),
      summary_ja: event.summary.ja,
      summary_en: event.summary.en,
      key_points_ja: lines(points.map((point) => point.ja)),
      key_points_en: lines(points.map((point) => point.en)),
      agreements: lines(event.agreements),
      sources: lines(cited),
      source_urls: lines(cited.flatMap((id) => sourcesById.get(id)?.url ?? [])),
      link_ja: recordLink(place, 'ja', { type: 'event', id: event.id }),
      link_en: recordLink(place, 'en', { type: 'event', id: event.id }),
    };
  });
  const csv = Papa.unparse(rows, {
    columns: [...CSV_COLUMNS],
    escapeFormulae: FORMULA_START,
    newline: '\r\n',
  });
  // The byte-order mark tells Excel the file is UTF-8, so Japanese opens correctly.
  return `\uFEFF${csv}\r\n`;
}

/** The events shown, in the same shape as events.json, so the same tools read both. */
export function eventsJson(events: TimelineEvent[]): string {
  return `${JSON.stringify({ events }, null, 2)}\n`;
}

/** The whole dataset, the JSON Schema it follows, and where and when it came from. */
export function datasetExport(context: ExportContext): Record<string, unknown> {
  const { dataset, venues } = context;
  return {
    about: {
      title: context.appTitle,
      exported: context.today,
      from: `${context.place.origin}${context.place.pathname}`,
      schema: 'The JSON Schema in "schema" describes "data".',
    },
    schema: datasetJsonSchema(),
    data: {
      events: dataset.events,
      agreements: dataset.agreements,
      leaderTerms: dataset.leaderTerms,
      sources: dataset.sources,
      ...(venues ? { venues } : {}),
    },
  };
}

export function exportFile(kind: ExportKind, context: ExportContext): ExportFile {
  const stem = `japan-russia-${kind === 'dataset' ? 'dataset' : 'events'}-${context.today}`;
  switch (kind) {
    case 'shown-csv':
      return {
        name: `${stem}.csv`,
        type: 'text/csv;charset=utf-8',
        content: eventsCsv(
          context.events,
          new Map(context.dataset.sources.map((source) => [source.id, source])),
          context.place,
        ),
      };
    case 'shown-json':
      return {
        name: `${stem}.json`,
        type: 'application/json;charset=utf-8',
        content: eventsJson(context.events),
      };
    case 'dataset':
      return {
        name: `${stem}.json`,
        type: 'application/json;charset=utf-8',
        content: `${JSON.stringify(datasetExport(context), null, 2)}\n`,
      };
  }
}

/**
 * Hands a file to the browser's downloads: a Blob behind a temporary
 * object URL and a temporary `<a download>`. The URL is revoked a little
 * later, not at once, because some browsers read the Blob after click() returns.
 */
export function saveFile(file: ExportFile, revokeAfterMs = 10_000): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}
