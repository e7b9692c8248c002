import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  VisTimeline,
  type TimelineOptions,
  type VisibleWindow,
} from '../../../components/vis-timeline/vis-timeline';
import { useLanguage } from '../../../i18n/use-language';
import type { Agreement, LeaderTerm, TimelineEvent } from '../../../lib/dataset/schema';
import { formatDateSpan, startOf } from '../../../lib/dates';
import {
  panWindow,
  revealTime,
  WINDOW_LIMITS,
  zoomWindow,
  DEFAULT_WINDOW,
  clampWindow,
  type TimeWindow,
} from '../../../lib/time-window';
import { selectedAgreementId, selectedEventId, useUiStore } from '../../../stores/ui-store';
import { axisLabelFormatter } from '../axis-labels';
import { LABEL_FONT_SIZE, TERM_FONT_SIZE } from '../layout/geometry';
import { createTextMeasure } from '../layout/measure-text';
import { layoutTimeline } from '../layout/timeline-layout';
import {
  bucketSize,
  clusterRange,
  layoutInputOf,
  parseItemId,
  toLanes,
  toTimelineItems,
} from '../to-timeline-items';
import { useElementWidth, useViewportHeight } from '../use-drawing-size';

const TIMELINE_OPTIONS: TimelineOptions = {
  min: new Date(WINDOW_LIMITS.min),
  max: new Date(WINDOW_LIMITS.max),
  zoomMin: WINDOW_LIMITS.zoomMin,
  zoomMax: WINDOW_LIMITS.zoomMax,
  // The page keeps its scroll: the wheel zooms only with Ctrl held.
  zoomKey: 'ctrlKey',
  // No inner scrolling: the timeline is as tall as its lanes, so the wheel
  // always scrolls the page.
  horizontalScroll: false,
  verticalScroll: false,
  showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' },
  // The layout (layout/timeline-layout.ts) places every mark and label
  // itself; vis-timeline's stacking would only push boxes down into rows.
  margin: { item: { horizontal: 0, vertical: 0 }, axis: 0 },
  stack: false,
  selectable: true,
  multiselect: false,
  groupOrder: 'order',
};

/**
 * Far larger datasets are drawn as numbered cluster boxes, which
 * vis-timeline stacks itself; the label layout is for the real record's size.
 */
const CLUSTER_OPTIONS: TimelineOptions = {
  ...TIMELINE_OPTIONS,
  margin: { item: { horizontal: 2, vertical: 4 } },
  stack: true,
};

/** How many rows of labels the screen's height affords (an 800×450 embed gets three). */
export function labelRowsFor(viewportHeight: number): number {
  if (viewportHeight >= 1000) return 12;
  if (viewportHeight >= 760) return 10;
  if (viewportHeight >= 560) return 6;
  return 3;
}

/**
 * Past this many events (a dataset far larger than today's), nearby items are
 * drawn as one numbered cluster so the screen stays readable and redraws fast.
 */
export const CLUSTER_THRESHOLD = 400;

/** How long the view must rest before its window is written to the store and the URL. */
const WINDOW_SETTLE_MS = 150;

interface TimelineViewProps {
  events: TimelineEvent[];
  agreements: Agreement[];
  leaderTerms: LeaderTerm[];
}

export function TimelineView({ events, agreements, leaderTerms }: TimelineViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const eventId = useUiStore(selectedEventId);
  const agreementId = useUiStore(selectedAgreementId);
  const visible = useUiStore((state) => state.window);
  const selectEvent = useUiStore((state) => state.selectEvent);
  const selectAgreement = useUiStore((state) => state.selectAgreement);
  const closeSelection = useUiStore((state) => state.closeSelection);
  const setWindow = useUiStore((state) => state.setWindow);
  // The keyboard cursor: which event the arrow keys are on. Null means "at
  // the open event"; it is reset whenever another event opens (adjusted
  // during render, not in an effect), so a click restyles no items.
  const [activeEventId, setActiveEventId] = useState<string | null>(null);
  const [openedEventId, setOpenedEventId] = useState<string | null>(eventId);
  if (eventId !== openedEventId) {
    setOpenedEventId(eventId);
    setActiveEventId(null);
  }
  const cursorId = activeEventId ?? eventId;

  // What the drawing highlights and labels first follows the selection a
  // moment later, as a transition: opening an event shows its panel at once,
  // and the timeline's relabelling renders after it, in slices.
  const drawnCursorId = useDeferredValue(cursorId);
  const drawnActiveEventId = useDeferredValue(activeEventId);
  const drawnAgreementId = useDeferredValue(agreementId);
  const relatedEventIds = useMemo(
    () =>
      new Set(
        drawnAgreementId
          ? events
              .filter((event) => event.agreements.includes(drawnAgreementId))
              .map((event) => event.id)
          : [],
      ),
    [events, drawnAgreementId],
  );
  // Far larger datasets than today's are clustered by bucket of time; the
  // buckets follow the zoom, so only then do items depend on the window.
  const large = events.length > CLUSTER_THRESHOLD;
  const bucket = large ? bucketSize(visible) : undefined;
  // Only the stretch around the window is clustered and drawn; its ends are
  // numbers so that a pan within the same stretch recomputes nothing.
  const range = bucket === undefined ? undefined : clusterRange(visible, bucket);
  const rangeStart = range?.start;
  const rangeEnd = range?.end;
  // The drawing area: the frame less its two borders.
  const [frameRef, frameWidth] = useElementWidth();
  const drawWidth = Math.max(0, frameWidth - 2);
  const labelRows = labelRowsFor(useViewportHeight());
  const measures = useMemo(() => {
    const family = getComputedStyle(document.documentElement).fontFamily;
    return {
      label: createTextMeasure(LABEL_FONT_SIZE, family),
      term: createTextMeasure(TERM_FONT_SIZE, family),
    };
  }, []);
  const layout = useMemo(() => {
    if (large || drawWidth === 0) return undefined;
    const focusIds = new Set(relatedEventIds);
    if (drawnCursorId) focusIds.add(drawnCursorId);
    return layoutTimeline({
      ...layoutInputOf({ events, agreements, leaderTerms }, language, {
        eventIds: focusIds,
        agreementId: drawnAgreementId,
      }),
      window: visible,
      widest: { start: WINDOW_LIMITS.min, end: WINDOW_LIMITS.max },
      width: drawWidth,
      labelRows,
      documentLabelRows: labelRows > 3 ? 2 : 1,
      measureLabel: measures.label,
      measureTerm: measures.term,
    });
  }, [
    large,
    drawWidth,
    relatedEventIds,
    drawnCursorId,
    events,
    agreements,
    leaderTerms,
    language,
    drawnAgreementId,
    visible,
    labelRows,
    measures,
  ]);
  const items = useMemo(
    () =>
      // Until the frame's width is known there is no layout: drawing the
      // events as plain boxes first would make vis-timeline lay out and
      // stack all of them once for nothing, then again as marks.
      !large && !layout
        ? []
        : toTimelineItems(
            { events, agreements, leaderTerms },
            language,
            {
              activeEventId: drawnActiveEventId,
              relatedEventIds,
              openAgreementId: drawnAgreementId,
            },
            bucket === undefined || rangeStart === undefined || rangeEnd === undefined
              ? undefined
              : {
                  bucket,
                  range: { start: rangeStart, end: rangeEnd },
                  tooltip: (count) => t('timeline.cluster', { count }),
                },
            layout,
          ),
    [
      large,
      events,
      agreements,
      leaderTerms,
      language,
      drawnActiveEventId,
      relatedEventIds,
      drawnAgreementId,
      bucket,
      rangeStart,
      rangeEnd,
      t,
      layout,
    ],
  );
  const eventLaneHeight = layout?.eventLane.height;
  const documentLaneHeight = layout?.documentLane.height;
  const lanes = useMemo(
    () =>
      toLanes(
        {
          events: t('timeline.lanes.events'),
          agreements: t('timeline.lanes.agreements'),
          japan: t('timeline.lanes.japan'),
          russia: t('timeline.lanes.russia'),
        },
        eventLaneHeight === undefined || documentLaneHeight === undefined
          ? undefined
          : { events: eventLaneHeight, agreements: documentLaneHeight },
      ),
    [t, eventLaneHeight, documentLaneHeight],
  );
  // The view stays unseen (it keeps its place) until the library has drawn
  // the first laid-out items and lanes: painted earlier, the lanes would
  // grow and push the page down as the layout lands (a layout shift).
  const [drawn, setDrawn] = useState(false);
  const markDrawn = useCallback(() => setDrawn(true), []);
  const axisLabel = useMemo(() => axisLabelFormatter(language), [language]);
  const selection = useMemo(
    () => (eventId ? [`event:${eventId}`] : agreementId ? [`agreement:${agreementId}`] : []),
    [eventId, agreementId],
  );
  const timelineWindow = useMemo<VisibleWindow>(
    () => ({ start: new Date(visible.start), end: new Date(visible.end) }),
    [visible],
  );

  // Opening an event from the list, a link or search, or walking to one with
  // the keyboard, brings it into view.
  const cursorEvent = events.find((event) => event.id === cursorId);
  const cursorTime = cursorEvent ? startOf(cursorEvent.date).getTime() : undefined;
  useEffect(() => {
    if (cursorTime === undefined) return;
    const current = useUiStore.getState().window;
    const revealed = revealTime(current, cursorTime);
    if (revealed !== current) setWindow(revealed);
  }, [cursorTime, setWindow]);

  const onSelect = useCallback(
    (ids: string[]) => {
      const [first] = ids;
      const ref = first ? parseItemId(first) : undefined;
      if (ref?.type === 'event') selectEvent(ref.id);
      else if (ref?.type === 'agreement') selectAgreement(ref.id);
      else if (ref?.type === 'cluster') {
        // A cluster opens nothing: it zooms in to its stretch of time.
        const [width, index] = ref.id.split('-').map(Number);
        if (width !== undefined && index !== undefined) {
          setWindow(clampWindow({ start: (index - 0.5) * width, end: (index + 1.5) * width }));
        }
      } else closeSelection();
    },
    [selectEvent, selectAgreement, closeSelection, setWindow],
  );
  // The store (and the URL) take the window once a gesture settles, not on
  // every wheel notch: re-rendering mid-zoom would cost frames.
  const settling = useRef<{ timer?: ReturnType<typeof setTimeout>; window?: TimeWindow }>({});
  useEffect(() => () => clearTimeout(settling.current.timer), []);
  const onWindowChange = useCallback(
    (shown: VisibleWindow, byUser: boolean) => {
      // Moves the app asked for (buttons, keys, links) are already in the
      // store; echoing them back late could undo a newer move.
      if (!byUser) return;
      const window = { start: shown.start.getTime(), end: shown.end.getTime() };
      clearTimeout(settling.current.timer);
      settling.current = {
        window,
        timer: setTimeout(() => {
          settling.current = {};
          setWindow(window);
        }, WINDOW_SETTLE_MS),
      };
    },
    [setWindow],
  );
  /** What the reader sees now, even if a gesture has not settled into the store yet. */
  const moveFrom = (move: (window: TimeWindow) => TimeWindow) => {
    const base = settling.current.window ?? useUiStore.getState().window;
    clearTimeout(settling.current.timer);
    settling.current = {};
    setWindow(move(base));
  };

  const zoom = (factor: number) => moveFrom((window) => zoomWindow(window, factor));
  const pan = (fraction: number) => moveFrom((window) => panWindow(window, fraction));
  const fit = () => moveFrom(() => DEFAULT_WINDOW);

  const moveActive = (target: TimelineEvent | undefined) => {
    if (target) setActiveEventId(target.id);
  };
  const onKeyDown = (keyboardEvent: KeyboardEvent<HTMLDivElement>) => {
    const index = events.findIndex((event) => event.id === cursorId);
    switch (keyboardEvent.key) {
      case 'ArrowRight':
        moveActive(
          index === -1
            ? events.find((event) => startOf(event.date).getTime() >= visible.start)
            : events[index + 1],
        );
        break;
      case 'ArrowLeft':
        moveActive(
          index === -1
            ? events.findLast((event) => startOf(event.date).getTime() <= visible.end)
            : events[index - 1],
        );
        break;
      case 'Home':
        moveActive(events[0]);
        break;
      case 'End':
        moveActive(events.at(-1));
        break;
      case 'Enter':
      case ' ':
        if (cursorId) selectEvent(cursorId);
        break;
      case '+':
      case '=':
        zoom(0.5);
        break;
      case '-':
      case '_':
        zoom(2);
        break;
      case '0':
        fit();
        break;
      case 'PageUp':
        pan(-0.5);
        break;
      case 'PageDown':
        pan(0.5);
        break;
      default:
        return;
    }
    keyboardEvent.preventDefault();
  };

  return (
    <section
      className={drawn ? 'timeline' : 'timeline timeline--laying-out'}
      aria-labelledby="timeline-heading"
    >
      <div className="timeline__header">
        <h2 id="timeline-heading" className="visually-hidden">
          {t('timeline.label')}
        </h2>
        {/* The rest of the legend: the kinds are the filter toggles above. */}
        <p className="timeline__legend">
          <span className="kind-swatch kind-swatch--document" aria-hidden="true" />
          {t('legend.document')}
          <span className="timeline__legend-bands">
            <span className="kind-swatch kind-swatch--band" aria-hidden="true" />
            {t('legend.bands')}
          </span>
        </p>
        <div className="timeline__controls" role="group" aria-label={t('timeline.controls')}>
          <button
            type="button"
            onClick={() => pan(-0.5)}
            aria-label={t('timeline.earlier')}
            title={t('timeline.earlier')}
          >
            ◀
          </button>
          <button
            type="button"
            onClick={() => zoom(0.5)}
            aria-label={t('timeline.zoomIn')}
            title={t('timeline.zoomIn')}
          >
            ＋
          </button>
          <button
            type="button"
            onClick={() => zoom(2)}
            aria-label={t('timeline.zoomOut')}
            title={t('timeline.zoomOut')}
          >
            −
          </button>
          <button type="button" onClick={fit} title={t('timeline.fit')}>
            {t('timeline.fit')}
          </button>
          <button
            type="button"
            onClick={() => pan(0.5)}
            aria-label={t('timeline.later')}
            title={t('timeline.later')}
          >
            ▶
          </button>
        </div>
      </div>
      {/* The frame takes focus so the arrow keys can walk the events; the list view is the screen-reader path.
          role="application" hands the arrow keys to us; jsx-a11y does not count it as interactive. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={frameRef}
        className="timeline__frame"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="application"
        aria-roledescription={t('timeline.roleDescription')}
        aria-label={t('timeline.keyboardLabel')}
        aria-describedby="timeline-keys"
        onKeyDown={onKeyDown}
      >
        <VisTimeline
          className="timeline__canvas"
          items={items}
          groups={lanes}
          options={large ? CLUSTER_OPTIONS : TIMELINE_OPTIONS}
          axisLabel={axisLabel}
          selection={selection}
          window={timelineWindow}
          onSelect={onSelect}
          onWindowChange={onWindowChange}
          // Not before the layout: until then the items are none for now, not
          // none to draw (a filter that leaves nothing is drawn, and shown).
          onItemsDrawn={drawn || (!large && !layout) ? undefined : markDrawn}
        />
      </div>
      <p id="timeline-keys" className="timeline__keys">
        {t('timeline.keys')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {activeEventId && cursorEvent
          ? t('timeline.active', {
              title: cursorEvent.title[language],
              date: formatDateSpan(cursorEvent.date, cursorEvent.endDate, language),
            })
          : ''}
      </p>
    </section>
  );
}
