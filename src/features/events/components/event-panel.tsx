import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import type { TimelineEvent } from '../../../lib/dataset/schema';
import { formatDateSpan } from '../../../lib/dates';
import { useUiStore } from '../../../stores/ui-store';

export function EventPanel({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selectEvent = useUiStore((state) => state.selectEvent);

  useEffect(() => {
    const onKeyDown = (keyboardEvent: KeyboardEvent) => {
      if (keyboardEvent.key === 'Escape') selectEvent(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selectEvent]);

  return (
    <aside className="panel" aria-labelledby="event-panel-title">
      <header className="panel__header">
        <h2 id="event-panel-title" className="panel__title">
          {event.title[language]}
        </h2>
        <button type="button" className="panel__close" onClick={() => selectEvent(null)}>
          {t('panel.close')}
        </button>
      </header>
      <dl className="panel__facts">
        <dt>{t('panel.date')}</dt>
        <dd>
          <time dateTime={event.date}>{formatDateSpan(event.date, event.endDate, language)}</time>
        </dd>
        <dt>{t('panel.place')}</dt>
        <dd>{event.place[language]}</dd>
      </dl>
      <h3 className="panel__section">{t('panel.summary')}</h3>
      <p className="panel__summary">{event.summary[language]}</p>
    </aside>
  );
}
