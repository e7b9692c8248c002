/**
 * A citation of one event or agreement, as plain text in one language: the
 * record's title and date (at the precision the sources give), the sources it
 * rests on (publisher, title, date, URL), and the app's own link to the record
 * with the day it was accessed. Pure, so the exact wording is unit-tested.
 */
import type { Language } from '../../i18n/index';
import { textIn, type LocalizedText } from '../../i18n/localized';
import type { Agreement, Citation, Source, TimelineEvent } from '../../lib/dataset/schema';
import { formatDate, formatDateSpan } from '../../lib/dates';
import { recordLink } from '../../lib/record-link';

/** The record to cite: an event or an agreement. */
export type Citable =
  { type: 'event'; record: TimelineEvent } | { type: 'agreement'; record: Agreement };

/** What a citation needs of either. */
interface CitedRecord {
  title: LocalizedText;
  date: string;
  endDate?: string;
  sources: Citation[];
}

function cited(citable: Citable): CitedRecord {
  return citable.type === 'event'
    ? citable.record
    : { ...citable.record, title: citable.record.name };
}

export interface CitationContext {
  sourcesById: ReadonlyMap<string, Source>;
  /** Where the app is being read (`location` at the moment of citing). */
  place: Pick<Location, 'origin' | 'pathname'>;
  /** The day of access, `YYYY-MM-DD`. */
  accessed: string;
  /** The app's own title in each language. */
  appTitle: Record<Language, string>;
}

/**
 * One line per item, so a field with line breaks (or control characters)
 * cannot break the citation's shape. Everything stays text: nothing is
 * escaped or interpreted, it is for pasting.
 */
function plain(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/** Each source once, in the order the record cites them. */
function citedSources(record: CitedRecord, sourcesById: ReadonlyMap<string, Source>) {
  const ids = [...new Set(record.sources.map((citation) => citation.source))];
  return ids.map((id) => ({ id, source: sourcesById.get(id) }));
}

const SOURCE_LABEL: Record<Language, string> = { ja: '出典', en: 'Source', ru: 'Источник' };

/** The day of access as Russian references give it (ГОСТ Р 7.0.100): 01.12.2026. */
function russianAccessDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

function sourceLine(id: string, source: Source | undefined, language: Language): string {
  // A source that did not load is still named, by its id, rather than dropped.
  if (!source) return `${SOURCE_LABEL[language]}: ${id}`;
  const publisher = plain(textIn(source.publisher, language));
  const title = plain(textIn(source.title, language));
  const date = source.date ? formatDate(source.date, language) : undefined;
  if (language === 'ja') {
    return [`出典: ${publisher}「${title}」`, date && `(${date})`, source.url && ` ${source.url}`]
      .filter(Boolean)
      .join('');
  }
  const [open, close] = language === 'ru' ? ['«', '»'] : ['“', '”'];
  // No full stop after a URL, so pasting or autolinking cannot take it in.
  return `${SOURCE_LABEL[language]}: ${[
    publisher,
    `${open}${title}${close}${date ? ` (${date})` : ''}`,
    source.url,
  ]
    .filter(Boolean)
    .join(', ')}`;
}

export function formatCitation(
  citable: Citable,
  context: CitationContext,
  language: Language,
): string {
  const record = cited(citable);
  const title = plain(textIn(record.title, language));
  const date = formatDateSpan(record.date, record.endDate, language);
  const app = plain(context.appTitle[language]);
  const link = recordLink(context.place, language, {
    type: citable.type,
    id: citable.record.id,
  });
  const accessed = formatDate(context.accessed, language);
  const head = {
    ja: `「${title}」(${date})『${app}』${link} (${accessed}閲覧)`,
    en: `“${title}” (${date}). In: ${app}. ${link} (accessed ${accessed}).`,
    ru: `«${title}» (${date}) // ${app}. URL: ${link} (дата обращения: ${russianAccessDate(context.accessed)}).`,
  }[language];
  const sources = citedSources(record, context.sourcesById).map(({ id, source }) =>
    sourceLine(id, source, language),
  );
  return [head, ...sources].join('\n');
}
