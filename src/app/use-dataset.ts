/**
 * Joins the four data files. Events are required to draw anything; the other
 * files enrich it, so when one fails the timeline still works and the reader
 * is told which file is missing, with a Retry.
 */
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAgreements } from '../features/agreements/api/get-agreements';
import { useEvents } from '../features/events/api/get-events';
import { useLeaderTerms } from '../features/leaders/api/get-leader-terms';
import { useSources } from '../features/sources/api/get-sources';
import { dataFileQueryKey } from '../lib/dataset/data-file-query';
import { usePaintedOnce } from '../lib/use-painted-once';
import { checkReferences, DATA_FILES, type DataIssue, type Dataset } from '../lib/dataset/validate';

export interface FileFailure {
  file: string;
  error: Error;
  retry: () => void;
}

export function useDataset({
  withSources = true,
}: {
  /** False holds back the sources, which only the panel shows (see App). */
  withSources?: boolean;
} = {}) {
  const queryClient = useQueryClient();
  // refetch() would wait on a request still in flight (a first load gets no
  // cancelRefetch); a Retry on a stalled network must start a fresh one.
  const restart = (queryKey: QueryKey) => {
    void queryClient
      .cancelQueries({ queryKey })
      .then(() => queryClient.refetchQueries({ queryKey }));
  };
  const events = useEvents();
  // The events (preloaded by index.html, started by main.tsx) are asked for
  // at once. The documents and the leaders wait until the header has painted:
  // the first paint needs neither, and a request that starts before it and
  // ends before it shares the slow link with what it does need (Lighthouse's
  // simulation counted them into the largest paint: 3.8 s against 3.2 s for
  // the build before the redesign). The sources wait for the caller.
  const painted = usePaintedOnce();
  const agreements = useAgreements({ enabled: painted });
  const leaderTerms = useLeaderTerms({ enabled: painted });

  // What the first view draws: the events, the documents' lane and the
  // leaders' bands. Drawing the timeline once all three have settled (loaded
  // or failed) lays it out once, instead of once per file as each arrives;
  // the sources, which only the panel shows, join whenever they come.
  const firstViewReady =
    events.data !== undefined && !agreements.isPending && !leaderTerms.isPending;
  const sources = useSources({ enabled: withSources });

  const joined = useMemo(() => {
    if (!events.data) return undefined;
    // Cross-file checks only against files that actually loaded.
    const checked = checkReferences({
      events: events.data.records,
      agreements: agreements.data?.records,
      leaderTerms: leaderTerms.data?.records,
      sources: sources.data?.records,
    });
    const dataset: Dataset = {
      events: checked.dataset.events ?? [],
      agreements: checked.dataset.agreements ?? [],
      leaderTerms: checked.dataset.leaderTerms ?? [],
      sources: checked.dataset.sources ?? [],
    };
    const issues: DataIssue[] = [
      ...events.data.issues,
      ...(agreements.data?.issues ?? []),
      ...(leaderTerms.data?.issues ?? []),
      ...(sources.data?.issues ?? []),
      ...checked.issues,
    ];
    return { dataset, issues };
  }, [events.data, agreements.data, leaderTerms.data, sources.data]);

  const failures: FileFailure[] = [];
  const optional = [
    [DATA_FILES.agreements, agreements],
    [DATA_FILES.leaders, leaderTerms],
    [DATA_FILES.sources, sources],
  ] as const;
  for (const [file, query] of optional) {
    if (query.isError)
      failures.push({ file, error: query.error, retry: () => void query.refetch() });
  }

  return {
    status: events.status,
    firstViewReady,
    error: events.error,
    retry: () => restart(dataFileQueryKey('events')),
    dataset: joined?.dataset,
    issues: joined?.issues ?? [],
    failures,
  };
}
