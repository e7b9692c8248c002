/**
 * Which events the reader sees: by kind, by leader term and by text search in
 * every language. The timeline, the list and the search results all use this
 * one function, so they always agree.
 */
import type { LocalizedText } from '../../i18n/localized';
import type { LeaderTerm, TimelineEvent } from '../../lib/dataset/schema';
import type { Filters } from '../../stores/ui-store';

/**
 * Full-width letters, case and spacing should not stop a match, nor ё
 * written as е, as most Russian text does (NFKC first composes a
 * decomposed ё, so it is caught too).
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/gu, 'е').replace(/\s+/gu, ' ').trim();
}

function localizedTexts(event: TimelineEvent): LocalizedText[] {
  return [
    event.title,
    ...(event.shortTitle ? [event.shortTitle] : []),
    event.summary,
    event.place,
    ...(event.occasion ? [event.occasion] : []),
    ...(event.keyPoints ?? []),
    ...event.participants.japan.map((participant) => participant.name),
    ...event.participants.russia.map((participant) => participant.name),
  ];
}

const searchIndex = new WeakMap<TimelineEvent, string>();
function searchableText(event: TimelineEvent): string {
  let text = searchIndex.get(event);
  if (text === undefined) {
    text = normalizeText(
      localizedTexts(event)
        .flatMap((value) => [value.ja, value.en, value.ru ?? ''])
        .join('\n'),
    );
    searchIndex.set(event, text);
  }
  return text;
}

export function matchesQuery(event: TimelineEvent, query: string): boolean {
  const words = normalizeText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = searchableText(event);
  return words.every((word) => text.includes(word));
}

/** Whether an event falls in a term, comparing at the event's own precision. */
export function duringTerm(event: TimelineEvent, term: LeaderTerm): boolean {
  const date = event.date;
  const start = term.start.slice(0, date.length);
  const end = term.end?.slice(0, date.length);
  return date >= start && (end === undefined || date <= end);
}

export function filterEvents(
  events: TimelineEvent[],
  filters: Filters,
  leaderTerms: LeaderTerm[],
): TimelineEvent[] {
  const kinds = new Set(filters.kinds);
  const term = filters.leader
    ? leaderTerms.find((candidate) => candidate.id === filters.leader)
    : undefined;
  return events.filter(
    (event) =>
      kinds.has(event.kind) &&
      (term === undefined || duringTerm(event, term)) &&
      matchesQuery(event, filters.query),
  );
}
