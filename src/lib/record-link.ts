/**
 * A stable link to one event or agreement, for citations and exports: the
 * app's own address with its path (so a sub-path deployment keeps it), and
 * only the language and the record, never the reader's filters or window.
 * The parameters are those `stores/url-state.ts` reads; a unit test holds the
 * two together. Kept apart from that module so the citation and export code,
 * loaded on demand, do not pull the store in with them.
 */
import type { Language } from '../i18n/index';

export interface RecordRef {
  type: 'event' | 'agreement';
  id: string;
}

export function recordLink(
  place: Pick<Location, 'origin' | 'pathname'>,
  lang: Language,
  record: RecordRef,
): string {
  const search = new URLSearchParams({ lang, [record.type]: record.id });
  return `${place.origin}${place.pathname}?${search.toString()}`;
}

/** Today in the reader's time zone, `YYYY-MM-DD` (a day of access, a file name). */
export function today(now = Date.now()): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
