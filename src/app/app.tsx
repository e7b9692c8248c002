import { useTranslation } from 'react-i18next';
import { AreaBoundary } from '../components/area-boundary/area-boundary';
import { DataIssues } from '../components/data-issues/data-issues';
import { LanguageSwitch } from '../components/language-switch/language-switch';
import { useEvents } from '../features/events/api/get-events';
import { EventPanel } from '../features/events/components/event-panel';
import { TimelineView } from '../features/timeline/components/timeline-view';
import { useUiStore } from '../stores/ui-store';

export function App() {
  const { t } = useTranslation();
  const eventsQuery = useEvents();
  const selectedEventId = useUiStore((state) => state.selectedEventId);
  const selectedEvent = eventsQuery.data?.events.find((event) => event.id === selectedEventId);

  return (
    <div className="app">
      <header className="app__header">
        <div>
          <h1 className="app__title">{t('app.title')}</h1>
          <p className="app__subtitle">{t('app.subtitle')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main className="app__main">
        {eventsQuery.isPending && (
          <p role="status" className="notice">
            {t('status.loading')}
          </p>
        )}
        {eventsQuery.isError && (
          <div role="alert" className="notice notice--error">
            <p>{t('status.loadError', { message: eventsQuery.error.message })}</p>
            <button type="button" onClick={() => void eventsQuery.refetch()}>
              {t('status.retry')}
            </button>
          </div>
        )}
        {eventsQuery.data && (
          <>
            <DataIssues issues={eventsQuery.data.issues} />
            <div className="app__body">
              <AreaBoundary>
                <TimelineView events={eventsQuery.data.events} />
              </AreaBoundary>
              {selectedEvent && (
                <AreaBoundary>
                  <EventPanel event={selectedEvent} />
                </AreaBoundary>
              )}
            </div>
          </>
        )}
      </main>
    </div>
  );
}
