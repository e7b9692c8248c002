/**
 * The files the Export control offers: the events shown as CSV or JSON, and
 * the whole dataset with its JSON Schema. Loaded only when the reader
 * exports (papaparse and the schema generator come with it).
 */
import Papa from 'papaparse';
import type { Language } from '../../i18n/index';
import type { LocalizedText } from '../../i18n/localized';
import type { Participant, Source, TimelineEvent } from '../../lib/dataset/schema';
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
  appTitle: Record<Language, string>;
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

/** A text in one language; empty where a record has no Russian yet (a blank cell, not English in a Russian column). */
function cell(text: LocalizedText | undefined, language: Language): string {
  return text?.[language] ?? '';
}

function people(participants: Participant[], language: Language): string {
  return lines(
    participants.flatMap((person) => {
      const [name, role] = [cell(person.name, language), cell(person.role, language)];
      return name ? [role ? `${name} (${role})` : name] : [];
    }),
  );
}

const LANGUAGE_COLUMNS = ['ja', 'en', 'ru'] as const;

/** `title_ja`, `title_en`, `title_ru`: one column per language, side by side. */
function localizedColumns<Field extends string>(field: Field) {
  return LANGUAGE_COLUMNS.map((language) => `${field}_${language}` as const);
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'end_date',
  'kind',
  ...localizedColumns('title'),
  ...localizedColumns('short_title'),
  ...localizedColumns('place'),
  ...localizedColumns('occasion'),
  ...localizedColumns('japan_participants'),
  ...localizedColumns('russia_participants'),
  ...localizedColumns('summary'),
  ...localizedColumns('key_points'),
  'agreements',
  'sources',
  'source_urls',
  ...localizedColumns('link'),
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One row per event, with every language side by side and a link back to it. */
export function eventsCsv(
  events: TimelineEvent[],
  sourcesById: ReadonlyMap<string, Source>,
  place: ExportContext['place'],
): string {
  const rows = events.map((event): Record<CsvColumn, string> => {
    const cited = [...new Set(event.sources.map((citation) => citation.source))];
    const points = event.keyPoints ?? [];
    const { japan, russia } = event.participants;
    const row: Record<string, string> = {
      id: event.id,
      date: event.date,
      end_date: event.endDate ?? '',
      kind: event.kind,
      agreements: lines(event.agreements),
      sources: lines(cited),
      source_urls: lines(cited.flatMap((id) => sourcesById.get(id)?.url ?? [])),
    };
    for (const language of LANGUAGE_COLUMNS) {
      row[`title_${language}`] = cell(event.title, language);
      row[`short_title_${language}`] = cell(event.shortTitle, language);
      row[`place_${language}`] = cell(event.place, language);
      row[`occasion_${language}`] = cell(event.occasion, language);
      row[`japan_participants_${language}`] = people(japan, language);
      row[`russia_participants_${language}`] = people(russia, language);
      row[`summary_${language}`] = cell(event.summary, language);
      row[`key_points_${language}`] = lines(points.map((point) => cell(point, language)));
      row[`link_${language}`] = recordLink(place, language, { type: 'event', id: event.id });
    }
    return row;
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
