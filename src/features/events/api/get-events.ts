import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchDataFile } from '../../../lib/fetch-data-file';
import { DATA_FILES, parseEvents } from '../../../lib/dataset/validate';

/** Validated once, here: everything downstream can trust the records. */
export async function getEvents({ signal }: { signal?: AbortSignal } = {}) {
  const raw = await fetchDataFile(DATA_FILES.events, signal);
  const parsed = parseEvents(raw);
  // Time order is what the panel's previous/next and the list rely on.
  const events = [...parsed.records].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  return { events, issues: parsed.issues };
}

export const eventsQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset', 'events'],
    queryFn: ({ signal }) => getEvents({ signal }),
    staleTime: Infinity,
  });

export function useEvents() {
  return useQuery(eventsQueryOptions());
}
