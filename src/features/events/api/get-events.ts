import { useQuery } from '@tanstack/react-query';
import { dataFileQueryOptions } from '../../../lib/dataset/data-file-query';
import { parseEvents } from '../../../lib/dataset/validate';
import { compareIsoDates } from '../../../lib/dates';

/** Events in time order: previous/next, the list and the keyboard rely on it. */
function parseSortedEvents(raw: unknown) {
  const parsed = parseEvents(raw);
  const records = [...parsed.records].sort((a, b) => compareIsoDates(a.date, b.date));
  return { records, issues: parsed.issues };
}

export const eventsQueryOptions = () => dataFileQueryOptions('events', parseSortedEvents);

export function useEvents() {
  return useQuery(eventsQueryOptions());
}
