/**
 * Turns the raw JSON of the data files into typed records and a list of
 * problems. Nothing here throws on bad records: a researcher loading a
 * dataset with one broken entry still sees every good one, and is told
 * exactly which record and field is wrong.
 */
import type * as z from 'zod/mini';
import {
  AGREEMENT_PERIOD,
  PERIOD,
  agreementSchema,
  agreementsFileSchema,
  eventSchema,
  eventsFileSchema,
  leaderTermSchema,
  leadersFileSchema,
  sourceSchema,
  sourcesFileSchema,
  type Agreement,
  type Citation,
  type LeaderTerm,
  type Source,
  type TimelineEvent,
} from './schema';
import type { Venue } from './venues';

export const DATA_FILES = {
  events: 'events.json',
  agreements: 'agreements.json',
  leaders: 'leaders.json',
  sources: 'sources.json',
  /** Loaded only by the map view. */
  venues: 'venues.json',
} as const;
export type DataFileKey = keyof typeof DATA_FILES;
export type DataFileName = (typeof DATA_FILES)[DataFileKey];

export interface DataIssue {
  file: DataFileName;
  /** The record's id, or `#index` when the record has no usable id. */
  record?: string;
  /** Dotted path to the field, e.g. `title.en`. */
  field?: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = [issue.file, issue.record, issue.field].filter(Boolean).join(' › ');
  return `${where}: ${issue.message}`;
}

export interface Parsed<T> {
  records: T[];
  issues: DataIssue[];
}

function recordLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id) {
    return raw.id;
  }
  return `#${index}`;
}

function zodIssues(
  file: DataFileName,
  record: string | undefined,
  error: z.core.$ZodError,
): DataIssue[] {
  return error.issues.map((issue) => ({
    file,
    record,
    field: issue.path.length > 0 ? issue.path.join('.') : undefined,
    message: issue.message,
  }));
}

/**
 * Parses a file's envelope, then each record on its own. Records that fail
 * are left out and reported; duplicates of an earlier id are left out too.
 */
export function parseFile<T extends { id: string }>(
  file: DataFileName,
  raw: unknown,
  envelope: z.ZodMiniType<Record<string, unknown[]>>,
  key: string,
  record: z.ZodMiniType<T>,
  check?: (value: T) => DataIssue[],
): Parsed<T> {
  const outer = envelope.safeParse(raw);
  if (!outer.success) {
    return {
      records: [],
      issues: [{ file, message: `expected an object with one array "${key}"` }],
    };
  }
  const records: T[] = [];
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  outer.data[key]?.forEach((item, index) => {
    const label = recordLabel(item, index);
    const result = record.safeParse(item);
    if (!result.success) {
      issues.push(...zodIssues(file, label, result.error));
      return;
    }
    if (seen.has(result.data.id)) {
      issues.push({ file, record: label, field: 'id', message: 'duplicate id' });
      return;
    }
    const extra = check?.(result.data) ?? [];
    if (extra.length > 0) {
      issues.push(...extra);
      return;
    }
    seen.add(result.data.id);
    records.push(result.data);
  });
  return { records, issues };
}

function outside(date: string, range: { start: string; end: string }): boolean {
  // Month-precision dates compare as their first day against the start and
  // as their whole month against the end, which plain string order gives.
  return date < range.start.slice(0, date.length) || date > range.end.slice(0, date.length);
}

function rangeIssue(
  file: DataFileName,
  id: string,
  field: string,
  date: string | undefined,
  range: { start: string; end: string },
): DataIssue[] {
  if (date === undefined || !outside(date, range)) return [];
  return [
    {
      file,
      record: id,
      field,
      message: `${date} is outside ${range.start} – ${range.end}`,
    },
  ];
}

export function parseEvents(raw: unknown): Parsed<TimelineEvent> {
  const file = DATA_FILES.events;
  return parseFile(file, raw, eventsFileSchema, 'events', eventSchema, (event) => [
    ...rangeIssue(file, event.id, 'date', event.date, PERIOD),
    ...rangeIssue(file, event.id, 'endDate', event.endDate, PERIOD),
  ]);
}

export function parseAgreements(raw: unknown): Parsed<Agreement> {
  const file = DATA_FILES.agreements;
  return parseFile(file, raw, agreementsFileSchema, 'agreements', agreementSchema, (agreement) =>
    rangeIssue(file, agreement.id, 'date', agreement.date, AGREEMENT_PERIOD),
  );
}

export function parseLeaderTerms(raw: unknown): Parsed<LeaderTerm> {
  return parseFile(DATA_FILES.leaders, raw, leadersFileSchema, 'terms', leaderTermSchema);
}

export function parseSources(raw: unknown): Parsed<Source> {
  return parseFile(DATA_FILES.sources, raw, sourcesFileSchema, 'sources', sourceSchema);
}

export interface Dataset {
  events: TimelineEvent[];
  agreements: Agreement[];
  leaderTerms: LeaderTerm[];
  sources: Source[];
}

/**
 * The records with `check` applied, keeping each record, and the array
 * itself, wherever the check changed nothing: a file that arrives later
 * (the sources, say) then leaves the events the timeline already drew as
 * they were, instead of handing it 149 new objects to lay out again.
 */
function sameRecords<T extends object>(
  records: T[] | undefined,
  check: (record: T) => T,
): T[] | undefined {
  if (!records) return records;
  const checked = records.map((record) => {
    const result = check(record);
    const same = (Object.keys(result) as (keyof T)[]).every((key) => result[key] === record[key]);
    return same ? record : result;
  });
  return checked.some((record, index) => record !== records[index]) ? checked : records;
}

/**
 * Cross-file checks: every id a record points at must exist. A dangling
 * reference is reported and dropped; the record that held it is kept,
 * because the rest of it is still good data. Files that could not be
 * loaded at all are passed as `undefined` and are not checked against.
 */
export function checkReferences(dataset: Partial<Dataset> & { venues?: Venue[] }): {
  dataset: Partial<Dataset> & { venues?: Venue[] };
  issues: DataIssue[];
} {
  const issues: DataIssue[] = [];
  const agreementIds = dataset.agreements && new Set(dataset.agreements.map((a) => a.id));
  const eventsById = dataset.events && new Map(dataset.events.map((e) => [e.id, e]));
  const eventIds = eventsById && new Set(eventsById.keys());
  const sourceIds = dataset.sources && new Set(dataset.sources.map((s) => s.id));
  const venueIds = dataset.venues && new Set(dataset.venues.map((v) => v.id));

  function keepKnown(
    ids: string[],
    known: Set<string> | undefined,
    file: DataFileName,
    record: string,
    field: string,
    what: string,
  ): string[] {
    if (!known) return ids;
    const kept = ids.filter((id, index) => {
      if (known.has(id)) return true;
      issues.push({
        file,
        record,
        field: `${field}.${index}`,
        message: `unknown ${what} id "${id}"`,
      });
      return false;
    });
    return kept.length === ids.length ? ids : kept;
  }

  function knownCitations(
    record: { id: string; sources: Citation[] },
    file: DataFileName,
  ): Citation[] {
    if (!sourceIds) return record.sources;
    const kept = record.sources.filter((citation, index) => {
      if (sourceIds.has(citation.source)) return true;
      issues.push({
        file,
        record: record.id,
        field: `sources.${index}.source`,
        message: `unknown source id "${citation.source}"`,
      });
      return false;
    });
    return kept.length === record.sources.length ? record.sources : kept;
  }

  function knownVenue(event: TimelineEvent): string | undefined {
    if (event.venue === undefined || !venueIds || venueIds.has(event.venue)) return event.venue;
    issues.push({
      file: DATA_FILES.events,
      record: event.id,
      field: 'venue',
      message: `unknown venue id "${event.venue}"`,
    });
    return undefined;
  }

  const events = sameRecords(dataset.events, (event) => ({
    ...event,
    venue: knownVenue(event),
    agreements: keepKnown(
      event.agreements,
      agreementIds,
      DATA_FILES.events,
      event.id,
      'agreements',
      'agreement',
    ),
    sources: knownCitations(event, DATA_FILES.events),
  }));

  const agreements = sameRecords(dataset.agreements, (agreement) => {
    let event = agreement.event;
    if (event !== undefined && eventIds && !eventIds.has(event)) {
      issues.push({
        file: DATA_FILES.agreements,
        record: agreement.id,
        field: 'event',
        message: `unknown event id "${event}"`,
      });
      event = undefined;
    } else if (
      event !== undefined &&
      eventsById?.get(event)?.agreements.includes(agreement.id) === false
    ) {
      // The meeting that produced a document must also list it, or the
      // event panel and the agreement panel would disagree.
      issues.push({
        file: DATA_FILES.agreements,
        record: agreement.id,
        field: 'event',
        message: `event "${event}" does not list this agreement in its agreements`,
      });
    }
    return {
      ...agreement,
      event,
      references: keepKnown(
        agreement.references,
        agreementIds,
        DATA_FILES.agreements,
        agreement.id,
        'references',
        'agreement',
      ),
      sources: knownCitations(agreement, DATA_FILES.agreements),
    };
  });

  const leaderTerms = sameRecords(dataset.leaderTerms, (term) => ({
    ...term,
    sources: knownCitations(term, DATA_FILES.leaders),
  }));

  return {
    dataset: { ...dataset, events, agreements, leaderTerms },
    issues,
  };
}

/** Events in time order; ties keep file order so the sort is stable. */
export function unsortedEvents(events: TimelineEvent[]): DataIssue[] {
  const issues: DataIssue[] = [];
  for (let i = 1; i < events.length; i++) {
    const previous = events[i - 1];
    const current = events[i];
    if (previous && current && current.date < previous.date) {
      issues.push({
        file: DATA_FILES.events,
        record: current.id,
        field: 'date',
        message: `${current.date} comes after ${previous.id} (${previous.date}); events must be in time order`,
      });
    }
  }
  return issues;
}
