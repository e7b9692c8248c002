import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { AreaBoundary } from '../components/area-boundary/area-boundary';
import { DataIssues } from '../components/data-issues/data-issues';
import { LanguageSwitch } from '../components/language-switch/language-switch';
import { FileFailure } from '../components/load-failure/file-failure';
import { failureReason } from '../components/load-failure/failure-reason';
import { Notice } from '../components/notices/notice';
import { ViewSwitch } from '../components/view-switch/view-switch';
import { AgreementList } from '../features/agreements/components/agreement-list';
import { AgreementPanel } from '../features/agreements/components/agreement-panel';
import { EmbedBar } from '../features/embed/embed-bar';
import { ShareMenu } from '../features/embed/share-menu';
import { EventList } from '../features/events/components/event-list';
import { EventPanel } from '../features/events/components/event-panel';
import { filterEvents } from '../features/events/filter-events';
import { ExportMenu } from '../features/export/components/export-menu';
import { FilterBar } from '../features/filters/components/filter-bar';
import { OfflineNotice } from '../features/offline/offline-notice';
import { RhythmDisclosure } from '../features/rhythm/components/rhythm-disclosure';
import { TimelineView } from '../features/timeline/components/timeline-view';
import type { Dataset } from '../lib/dataset/validate';
import { usePaintedOnce } from '../lib/use-painted-once';
import { usePrinting } from '../lib/use-printing';
import { useUiStore } from '../stores/ui-store';
import type { UrlParam } from '../stores/url-state';
import { useDataset } from './use-dataset';

// The map and the documents' lineage load only when their view is opened:
// d3-geo and the map data stay out of the first view.
const VenueMap = lazy(() =>
  import('../features/venues/components/venue-map').then((module) => ({
    default: module.VenueMap,
  })),
);
const AgreementLineage = lazy(() =>
  import('../features/lineage/components/agreement-lineage').then((module) => ({
    default: module.AgreementLineage,
  })),
);

function byId<T extends { id: string }>(records: T[]): ReadonlyMap<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/**
 * Everything below the header once the events have loaded. Embedded, only the
 * view and the panel: no toolbar, no lists beside the timeline.
 */
function Explorer({ dataset, embed }: { dataset: Dataset; embed: boolean }) {
  const { t } = useTranslation();
  const { selection, filters, view } = useUiStore(
    useShallow((state) => ({
      selection: state.selection,
      filters: state.filters,
      view: state.view,
    })),
  );
  const { closeSelection, setLeader } = useUiStore.getState();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const printing = usePrinting();

  const maps = useMemo(
    () => ({
      events: byId(dataset.events),
      agreements: byId(dataset.agreements),
      sources: byId(dataset.sources),
    }),
    [dataset],
  );
  const shown = useMemo(
    () => filterEvents(dataset.events, filters, dataset.leaderTerms),
    [dataset.events, dataset.leaderTerms, filters],
  );

  const event = selection?.type === 'event' ? maps.events.get(selection.id) : undefined;
  const agreement = selection?.type === 'agreement' ? maps.agreements.get(selection.id) : undefined;
  // Previous/next step through what the reader is looking at; an event opened
  // from a document may be filtered out, so fall back to all events.
  const steppable = event && shown.includes(event) ? shown : dataset.events;
  const eventIndex = event ? steppable.indexOf(event) : -1;
  const unknownSelection = selection && !event && !agreement ? selection : null;
  const unknownLeader =
    filters.leader && !dataset.leaderTerms.some((term) => term.id === filters.leader)
      ? filters.leader
      : null;

  const panel = event ? (
    <EventPanel
      event={event}
      previous={steppable[eventIndex - 1]}
      next={steppable[eventIndex + 1]}
      agreementsById={maps.agreements}
      sourcesById={maps.sources}
    />
  ) : agreement ? (
    <AgreementPanel
      agreement={agreement}
      agreementsById={maps.agreements}
      builtOnBy={dataset.agreements.filter((candidate) =>
        candidate.references.includes(agreement.id),
      )}
      events={dataset.events.filter((candidate) => candidate.agreements.includes(agreement.id))}
      sourcesById={maps.sources}
    />
  ) : null;

  return (
    <>
      {unknownSelection && (
        <Notice tone="warning" onDismiss={closeSelection}>
          {t(unknownSelection.type === 'event' ? 'link.unknownEvent' : 'link.unknownAgreement', {
            id: unknownSelection.id,
          })}
        </Notice>
      )}
      {unknownLeader && (
        <Notice tone="warning" onDismiss={() => setLeader(null)}>
          {t('link.unknownLeader', { id: unknownLeader })}
        </Notice>
      )}
      {!embed && (
        <div className={filtersOpen ? 'toolbar toolbar--filters-open' : 'toolbar'}>
          <ViewSwitch />
          {/* On phones the filters fold away behind one button, so the timeline
              comes first; wider screens show them in the row. */}
          <button
            type="button"
            className="toolbar__filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="filter-bar"
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            {t('filters.label')}
          </button>
          <FilterBar
            leaderTerms={dataset.leaderTerms}
            results={shown}
            selectedEventId={event?.id ?? null}
          />
          <ExportMenu events={shown} dataset={dataset} />
        </div>
      )}
      <div className={`app__body ${panel ? 'app__body--with-panel' : ''}`}>
        <div className="app__view">
          {view === 'timeline' && (
            <AreaBoundary>
              <TimelineView
                events={shown}
                agreements={dataset.agreements}
                leaderTerms={dataset.leaderTerms}
              />
              {!embed && <RhythmDisclosure events={shown} leaderTerms={dataset.leaderTerms} />}
            </AreaBoundary>
          )}
          {view === 'map' && (
            <AreaBoundary>
              <Suspense fallback={<p className="muted">{t('map.loading')}</p>}>
                <VenueMap events={shown} selectedEventId={event?.id ?? null} />
              </Suspense>
            </AreaBoundary>
          )}
          {view === 'documents' && (
            <AreaBoundary>
              <Suspense fallback={<p className="muted">{t('lineage.loading')}</p>}>
                <AgreementLineage
                  agreements={dataset.agreements}
                  openAgreementId={agreement?.id ?? null}
                />
              </Suspense>
            </AreaBoundary>
          )}
          {/* Outside the list view the list exists for printing only, and only
              while printing: 150 hidden rows are not worth a first view's task. */}
          {(view === 'list' || (!embed && printing)) && (
            <AreaBoundary>
              <EventList
                events={shown}
                selectedEventId={event?.id ?? null}
                className={view === 'list' ? '' : 'print-only'}
              />
            </AreaBoundary>
          )}
          {/* The documents view shows the same documents as a lineage. */}
          {!embed && view !== 'documents' && (
            <AreaBoundary>
              <AgreementList
                agreements={dataset.agreements}
                openAgreementId={agreement?.id ?? null}
              />
            </AreaBoundary>
          )}
        </div>
        {/* A drawer over the page's right edge (a bottom sheet on phones): with
            nothing open the timeline has the whole width, and opening an event
            does not narrow it. */}
        {panel && <AreaBoundary>{panel}</AreaBoundary>}
      </div>
    </>
  );
}

/** True once something has been pending for longer than a reader should wait unawares. */
function useSlow(pending: boolean, after = 6000): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setSlow(true), after);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [pending, after]);
  return pending && slow;
}

export function App({
  linkProblems = [],
  embed = false,
}: {
  linkProblems?: UrlParam[];
  /** `?embed=1`: inside another page's iframe, with a compact bar instead of the header. */
  embed?: boolean;
}) {
  const { t } = useTranslation();
  // The sources, which only the panel shows, are asked for once the first
  // view has painted: their 48 KiB and their checking then neither share the
  // link with the first view's files nor land between the slices of its
  // render.
  const [firstViewShown, setFirstViewShown] = useState(false);
  const data = useDataset({ withSources: firstViewShown });
  const [showLinkProblems, setShowLinkProblems] = useState(linkProblems.length > 0);
  const slow = useSlow(data.status === 'pending');
  // The header paints first; the explorer (toolbar, timeline, lists) then
  // renders as a transition, which React splits into short slices instead of
  // one long task, and every later data file re-renders it the same way.
  // `null` at first, even when the data is already in at the first render
  // (React returns an undefined initial value as is).
  const dataset = useDeferredValue(data.firstViewReady ? (data.dataset ?? null) : null, null);
  const firstViewPainted = usePaintedOnce(dataset !== null);
  // Derived from an earlier render's paint, set during render as React allows.
  if (firstViewPainted && !firstViewShown) setFirstViewShown(true);

  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      {embed ? (
        <EmbedBar />
      ) : (
        <header className="app__header">
          <div className="app__heading">
            <h1 className="app__title">{t('app.title')}</h1>
            <p className="app__subtitle">{t('app.subtitle')}</p>
          </div>
          <LanguageSwitch />
          <ShareMenu />
        </header>
      )}
      <main className="app__main">
        {showLinkProblems && (
          <Notice tone="warning" onDismiss={() => setShowLinkProblems(false)}>
            {t('link.badParams', { params: linkProblems.join(', ') })}
          </Notice>
        )}
        {(data.status === 'pending' || (data.status === 'success' && !data.firstViewReady)) && (
          <Notice action={slow ? { label: t('status.retry'), onClick: data.retry } : undefined}>
            <p>{t('status.loading')}</p>
            {slow && <p>{t('status.slow')}</p>}
          </Notice>
        )}
        {data.status === 'error' && data.error && (
          <Notice tone="error" action={{ label: t('status.retry'), onClick: data.retry }}>
            {t('status.loadError', { reason: failureReason(t, data.error, 'events.json') })}
          </Notice>
        )}
        {data.failures.map((failure) => (
          <FileFailure
            key={failure.file}
            file={failure.file}
            error={failure.error}
            onRetry={failure.retry}
          />
        ))}
        <OfflineNotice />
        <DataIssues issues={data.issues} />
        {dataset && <Explorer dataset={dataset} embed={embed} />}
      </main>
    </div>
  );
}
