import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { TextIn } from '../../../i18n/text-in';
import { useLanguage } from '../../../i18n/use-language';
import type { TimelineEvent } from '../../../lib/dataset/schema';
import { formatDateSpan } from '../../../lib/dates';
import { useUiStore } from '../../../stores/ui-store';

/** One row; memoised so opening an event re-renders two rows, not the whole table. */
const EventRow = memo(function EventRow({
  event,
  selected,
}: {
  event: TimelineEvent;
  selected: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selectEvent = useUiStore((state) => state.selectEvent);
  return (
    <tr
      aria-current={selected ? 'true' : undefined}
      className={`event-list__row event-list__row--${event.kind}`}
    >
      <td>
        <time dateTime={event.date}>{formatDateSpan(event.date, event.endDate, language)}</time>
      </td>
      <td>
        <button type="button" className="link-button" onClick={() => selectEvent(event.id)}>
          <TextIn text={event.title} language={language} />
        </button>
      </td>
      <td>
        <TextIn text={event.place} language={language} />
      </td>
      <td>
        <span className={`kind-swatch kind-swatch--${event.kind}`} aria-hidden="true" />
        {t(`kinds.${event.kind}`)}
      </td>
    </tr>
  );
});

/**
 * The same events as the timeline, as a table: the accessible way in for
 * keyboard and screen-reader users, and what prints when no event is open.
 */
export function EventList({
  events,
  selectedEventId,
  className,
}: {
  events: TimelineEvent[];
  selectedEventId: string | null;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <section className={`event-list ${className ?? ''}`} aria-labelledby="event-list-heading">
      <h2 id="event-list-heading">{t('list.label')}</h2>
      {events.length === 0 ? (
        <p>{t('filters.noResults')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('list.date')}</th>
              <th scope="col">{t('list.title')}</th>
              <th scope="col">{t('list.place')}</th>
              <th scope="col">{t('list.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <EventRow key={event.id} event={event} selected={event.id === selectedEventId} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
