/**
 * The venue map (view "map"): where the shown events were held, one marker
 * per venue sized by how many. Loaded on demand with d3-geo and the map data;
 * nothing here is in the first view's bundle.
 */
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { DataIssues } from '../../../components/data-issues/data-issues';
import { FileFailure } from '../../../components/load-failure/file-failure';
import { Notice } from '../../../components/notices/notice';
import { ToggleGroup } from '../../../components/toggle-group/toggle-group';
import { textIn } from '../../../i18n/localized';
import { TextIn } from '../../../i18n/text-in';
import { useLanguage } from '../../../i18n/use-language';
import type { TimelineEvent } from '../../../lib/dataset/schema';
import { VENUE_AREAS, type Venue } from '../../../lib/dataset/venues';
import { DATA_FILES } from '../../../lib/dataset/validate';
import { formatDateSpan } from '../../../lib/dates';
import { useUiStore } from '../../../stores/ui-store';
import { useVenues } from '../api/get-venues';
import { useWorldLand } from '../api/get-world-land';
import { placeLabels, spreadMarkers } from '../label-placement';
import {
  landPath,
  MAP_AREAS,
  mapFrame,
  markerRadius,
  markerUnit,
  project,
  type MapArea,
} from '../map-frame';
import { placeEvents, type UnplacedEvent, type VenueEvents } from '../place-events';
import '../venue-map.css';

/** The rendered width of an element, following resizes (0 where nothing is laid out). */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

interface VenueMapProps {
  /** The events the filters let through, in time order. */
  events: TimelineEvent[];
  selectedEventId: string | null;
}

export function VenueMap({ events, selectedEventId }: VenueMapProps) {
  const { t } = useTranslation('features');
  const venues = useVenues();
  return (
    <section className="venue-map" aria-labelledby="venue-map-heading">
      <h2 id="venue-map-heading" className="venue-map__title">
        {t('map.label')}
      </h2>
      {venues.isPending && <p className="muted">{t('map.loadingVenues')}</p>}
      {venues.isError && (
        <FileFailure
          file={DATA_FILES.venues}
          error={venues.error}
          onRetry={() => void venues.refetch()}
        />
      )}
      {venues.data && (
        <>
          <DataIssues issues={venues.data.issues} />
          <VenueMapBody
            events={events}
            venues={venues.data.records}
            selectedEventId={selectedEventId}
          />
        </>
      )}
    </section>
  );
}

function VenueMapBody({ events, venues, selectedEventId }: VenueMapProps & { venues: Venue[] }) {
  const { t } = useTranslation('features');
  const language = useLanguage();
  const [area, setArea] = useState<MapArea>('world');
  const [openVenueId, setOpenVenueId] = useState<string | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const markerRefs = useRef(new Map<string, HTMLButtonElement>());
  // Set when the reader opens a venue, so its list takes focus once shown.
  const focusListRef = useRef(false);
  const width = useWidth(canvasRef);
  const frame = useMemo(() => mapFrame(area), [area]);
  // The coarse land is always there; a close-up swaps in the finer one once it has arrived.
  const coarseLand = useWorldLand('coarse');
  const fineLand = useWorldLand('fine', area !== 'world');
  const land = area !== 'world' && fineLand.data ? fineLand : coarseLand;

  const { placed, unplaced } = useMemo(() => placeEvents(events, venues), [events, venues]);
  const selectedVenueId = events.find((event) => event.id === selectedEventId)?.venue;
  const openVenue = placed.find((entry) => entry.venue.id === openVenueId);

  const unit = markerUnit(width);
  const markers = useMemo(
    () =>
      placed.flatMap((entry, rank) => {
        const point = project(frame, entry.venue.lon, entry.venue.lat);
        if (!point) return [];
        const r = markerRadius(entry.events.length, unit);
        // Smaller markers sit on top of larger ones, so each stays clickable.
        return [{ ...entry, x: point[0], y: point[1], r, layer: rank + 1 }];
      }),
    [placed, frame, unit],
  );
  // Tab order runs west to east across the map.
  const inTabOrder = useMemo(() => [...markers].sort((a, b) => a.x - b.x), [markers]);

  // Once the map's size on screen is known, markers are laid out in pixels:
  // overlapping ones are spread apart (a thin line leads back to the true
  // spot), then names are placed where they fit.
  const scale = width / frame.width;
  const layout = useMemo(() => {
    if (scale <= 0) return null;
    const size = { width: frame.width * scale, height: frame.height * scale };
    const spread = spreadMarkers(
      markers.map((marker) => ({
        id: marker.venue.id,
        x: marker.x * scale,
        y: marker.y * scale,
        r: marker.r,
      })),
      size,
    );
    const labels = placeLabels(
      markers.map((marker) => ({
        id: marker.venue.id,
        ...(spread.get(marker.venue.id) ?? { x: marker.x * scale, y: marker.y * scale }),
        r: marker.r,
        text: textIn(marker.venue.shortName ?? marker.venue.name, language),
      })),
      size,
    );
    return { size, spread, labels };
  }, [markers, scale, frame, language]);
  const positionOf = (marker: (typeof markers)[number]) => {
    const spread = layout?.spread.get(marker.venue.id);
    return spread
      ? { left: `${spread.x}px`, top: `${spread.y}px` }
      : {
          left: `${(marker.x / frame.width) * 100}%`,
          top: `${(marker.y / frame.height) * 100}%`,
        };
  };
  const landOutline = useMemo(
    () => (land.data ? landPath(frame, land.data) : ''),
    [land.data, frame],
  );

  // Opening a venue takes the reader to its list, as the side panel does.
  useEffect(() => {
    if (!focusListRef.current) return;
    focusListRef.current = false;
    headingRef.current?.focus();
  }, [openVenueId]);

  const open = (id: string) => {
    if (id === openVenueId) {
      headingRef.current?.focus();
      return;
    }
    focusListRef.current = true;
    setOpenVenueId(id);
  };
  const toggle = (id: string) => {
    if (openVenueId === id) setOpenVenueId(null);
    else open(id);
  };
  const close = () => {
    const id = openVenueId;
    setOpenVenueId(null);
    if (id) markerRefs.current.get(id)?.focus();
  };

  const venueName = (venue: Venue) => textIn(venue.name, language);
  const venueLabel = (entry: VenueEvents) =>
    t('map.venue', { name: venueName(entry.venue), count: entry.events.length });

  return (
    <>
      <ToggleGroup
        className="venue-map__areas"
        label={t('map.areaLabel')}
        options={MAP_AREAS.map((value) => ({ value, label: t(`map.areas.${value}`) }))}
        value={area}
        onChange={setArea}
      />
      {land.isError && (
        <Notice
          tone="warning"
          action={{ label: t('status.retry'), onClick: () => void land.refetch() }}
        >
          {t('map.landError')}
        </Notice>
      )}
      {events.length === 0 && <p>{t('filters.noResults')}</p>}
      <div
        ref={canvasRef}
        className="venue-map__canvas"
        style={{ aspectRatio: `${frame.width} / ${frame.height}` }}
      >
        <svg
          className="venue-map__land"
          viewBox={`0 0 ${frame.width} ${frame.height}`}
          aria-hidden="true"
          focusable="false"
        >
          <rect className="venue-map__water" width={frame.width} height={frame.height} />
          <path d={landOutline} />
        </svg>
        {layout && (
          <svg
            className="venue-map__leaders"
            width={layout.size.width}
            height={layout.size.height}
            aria-hidden="true"
            focusable="false"
          >
            {markers.map((marker) => {
              const to = layout.spread.get(marker.venue.id);
              const from = { x: marker.x * scale, y: marker.y * scale };
              if (!to || Math.hypot(to.x - from.x, to.y - from.y) < 1) return null;
              return (
                <g key={marker.venue.id}>
                  <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
                  <circle cx={from.x} cy={from.y} r={2} />
                </g>
              );
            })}
          </svg>
        )}
        {inTabOrder.map((marker) => {
          const id = marker.venue.id;
          const expanded = id === openVenueId;
          return (
            <button
              key={id}
              ref={(element) => {
                if (element) markerRefs.current.set(id, element);
                else markerRefs.current.delete(id);
              }}
              type="button"
              className={`venue-marker venue-area--${marker.venue.area}${id === selectedVenueId ? ' is-current' : ''}`}
              style={{
                ...positionOf(marker),
                width: `${marker.r * 2}px`,
                height: `${marker.r * 2}px`,
                zIndex: marker.layer,
              }}
              aria-label={venueLabel(marker)}
              title={venueLabel(marker)}
              aria-expanded={expanded}
              aria-controls={expanded ? 'venue-events' : undefined}
              aria-current={id === selectedVenueId ? 'true' : undefined}
              onClick={() => toggle(id)}
            />
          );
        })}
        {markers.map((marker) => {
          const label = layout?.labels.get(marker.venue.id);
          if (!label) return null;
          return (
            <span
              key={marker.venue.id}
              className="venue-map__label"
              aria-hidden="true"
              style={{ left: `${label.left}px`, top: `${label.top}px` }}
            >
              <TextIn text={marker.venue.shortName ?? marker.venue.name} language={language} />
            </span>
          );
        })}
      </div>

      <ul className="venue-map__legend" aria-label={t('map.legend')}>
        {VENUE_AREAS.map((venueArea) => (
          <li key={venueArea}>
            <span className={`venue-swatch venue-area--${venueArea}`} aria-hidden="true" />
            {t(`map.venueAreas.${venueArea}`)}
          </li>
        ))}
        <li className="muted">{t('map.size')}</li>
      </ul>

      {openVenue ? (
        <section id="venue-events" className="venue-events" aria-labelledby="venue-events-heading">
          <div className="venue-events__header">
            <h3 id="venue-events-heading" ref={headingRef} tabIndex={-1}>
              {venueLabel(openVenue)}
            </h3>
            <button type="button" onClick={close}>
              {t('panel.close')}
            </button>
          </div>
          <EventButtons events={openVenue.events} selectedEventId={selectedEventId} />
        </section>
      ) : (
        <p className="muted">{t('map.hint')}</p>
      )}

      <section className="venue-table" aria-labelledby="venue-table-heading">
        <h3 id="venue-table-heading">{t('map.list')}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('map.venue')}</th>
              <th scope="col">{t('map.area')}</th>
              <th scope="col">{t('map.count')}</th>
            </tr>
          </thead>
          <tbody>
            {placed.map((entry) => (
              <tr
                key={entry.venue.id}
                aria-current={entry.venue.id === selectedVenueId ? 'true' : undefined}
              >
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={entry.venue.id === openVenueId}
                    onClick={() => open(entry.venue.id)}
                  >
                    {venueName(entry.venue)}
                  </button>
                </td>
                <td>
                  <span
                    className={`venue-swatch venue-area--${entry.venue.area}`}
                    aria-hidden="true"
                  />
                  {t(`map.venueAreas.${entry.venue.area}`)}
                </td>
                <td>{entry.events.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {unplaced.length > 0 && <Unplaced unplaced={unplaced} selectedEventId={selectedEventId} />}
    </>
  );
}

function EventButtons({
  events,
  selectedEventId,
}: {
  events: TimelineEvent[];
  selectedEventId: string | null;
}) {
  return (
    <ul className="plain-list venue-events__list">
      {events.map((event) => (
        <EventItem key={event.id} event={event} selectedEventId={selectedEventId} />
      ))}
    </ul>
  );
}

/** An event as a list item: its title opens it, then its date and any note. */
function EventItem({
  event,
  selectedEventId,
  children,
}: {
  event: TimelineEvent;
  selectedEventId: string | null;
  children?: ReactNode;
}) {
  const language = useLanguage();
  const selectEvent = useUiStore((state) => state.selectEvent);
  return (
    <li aria-current={event.id === selectedEventId ? 'true' : undefined}>
      <button type="button" className="link-button" onClick={() => selectEvent(event.id)}>
        <TextIn text={event.title} language={language} />
      </button>{' '}
      <time className="muted" dateTime={event.date}>
        {formatDateSpan(event.date, event.endDate, language)}
      </time>
      {children}
    </li>
  );
}

function Unplaced({
  unplaced,
  selectedEventId,
}: {
  unplaced: UnplacedEvent[];
  selectedEventId: string | null;
}) {
  const { t } = useTranslation('features');
  const language = useLanguage();
  return (
    <section className="venue-unplaced" aria-labelledby="venue-unplaced-heading">
      <h3 id="venue-unplaced-heading">
        {t('map.unplaced')} ({unplaced.length})
      </h3>
      <p className="muted">{t('map.unplacedNote')}</p>
      <ul className="plain-list">
        {unplaced.map(({ event, reason }) => (
          <EventItem key={event.id} event={event} selectedEventId={selectedEventId}>
            {' · '}
            {reason === 'no-venue'
              ? textIn(event.place, language)
              : t('map.unknownVenue', { id: event.venue ?? '' })}
          </EventItem>
        ))}
      </ul>
    </section>
  );
}
