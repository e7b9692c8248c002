import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { VisTimeline, type TimelineOptions } from '../../../components/vis-timeline/vis-timeline';
import { useLanguage } from '../../../i18n/use-language';
import type { TimelineEvent } from '../../../lib/dataset/schema';
import { useUiStore } from '../../../stores/ui-store';
import { axisLabelFormatter } from '../axis-labels';
import { toTimelineItems } from '../to-timeline-items';

const DAY = 24 * 60 * 60 * 1000;

/** The period the reader can move in: a little either side of 1993–2014. */
const TIMELINE_OPTIONS: TimelineOptions = {
  min: new Date(1992, 0, 1),
  max: new Date(2016, 0, 1),
  start: new Date(1992, 5, 1),
  end: new Date(2015, 6, 1),
  zoomMin: 7 * DAY,
  zoomMax: 24 * 365 * DAY,
  // The page keeps its scroll: the wheel zooms only with Ctrl held.
  zoomKey: 'ctrlKey',
  horizontalScroll: false,
  showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 4, vertical: 6 } },
  stack: true,
  selectable: true,
  multiselect: false,
  // Items are measured once; later redraws reuse the cached sizes.
  maxHeight: '70vh',
};

export function TimelineView({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selectedEventId = useUiStore((state) => state.selectedEventId);
  const selectEvent = useUiStore((state) => state.selectEvent);

  const items = useMemo(() => toTimelineItems(events, language), [events, language]);
  const axisLabel = useMemo(() => axisLabelFormatter(language), [language]);
  const selection = useMemo(() => (selectedEventId ? [selectedEventId] : []), [selectedEventId]);
  const onSelect = useCallback((ids: string[]) => selectEvent(ids[0] ?? null), [selectEvent]);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="visually-hidden">
        {t('timeline.label')}
      </h2>
      <p className="timeline__hint">{t('timeline.hint')}</p>
      <VisTimeline
        className="timeline__canvas"
        items={items}
        options={TIMELINE_OPTIONS}
        axisLabel={axisLabel}
        selection={selection}
        onSelect={onSelect}
      />
    </section>
  );
}
