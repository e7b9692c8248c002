/**
 * The venue map's pure parts, on the published dataset: which events count
 * where (after the filters), where each venue lands, and how markers and
 * names are kept from covering each other.
 */
import { describe, expect, it } from 'vitest';
import { filterEvents } from '../../src/features/events/filter-events';
import {
  estimateTextWidth,
  placeLabels,
  spreadMarkers,
  type LabelledMarker,
} from '../../src/features/venues/label-placement';
import {
  MAP_AREAS,
  mapFrame,
  markerRadius,
  markerUnit,
  project,
  landPath,
} from '../../src/features/venues/map-frame';
import { placeEvents } from '../../src/features/venues/place-events';
import { DEFAULT_FILTERS } from '../../src/stores/ui-store';
import { published } from '../fixtures/published';

const { events, venues, leaderTerms } = published.dataset;

function countsOf(shown: typeof events) {
  return Object.fromEntries(
    placeEvents(shown, venues).placed.map((entry) => [entry.venue.id, entry.events.length]),
  );
}

describe('events by venue', () => {
  it('counts every event at its venue, busiest first, ties in time order', () => {
    const { placed, unplaced } = placeEvents(events, venues);
    // Counted here the plain way, venue by venue.
    const count = (id: string) => events.filter((event) => event.venue === id).length;
    expect(placed.map((entry) => entry.events.length)).toEqual(
      placed.map((entry) => count(entry.venue.id)),
    );
    const sizes = placed.map((entry) => entry.events.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(placed[0]?.venue.id).toBe([...venues].sort((a, b) => count(b.id) - count(a.id))[0]?.id);
    // Among venues with as many events, the one visited earliest comes first.
    for (let index = 1; index < placed.length; index++) {
      const [before, after] = [placed[index - 1], placed[index]];
      if (before && after && before.events.length === after.events.length) {
        expect((before.events[0]?.date ?? '') <= (after.events[0]?.date ?? '')).toBe(true);
      }
    }
    const placedCount = placed.reduce((sum, entry) => sum + entry.events.length, 0);
    expect(placedCount + unplaced.length).toBe(events.length);
  });

  it('lists the events with no city or site as unplaced, with the reason', () => {
    const { unplaced } = placeEvents(events, venues);
    expect(unplaced.map(({ event }) => event.id)).toEqual(
      events.filter((event) => event.venue === undefined).map((event) => event.id),
    );
    // Every telephone talk is among them: a call has no place on the map.
    const calls = events.filter((event) => event.kind === 'telephone');
    expect(calls.length).toBeGreaterThan(10);
    expect(unplaced.filter(({ event }) => event.kind === 'telephone')).toHaveLength(calls.length);
    expect(new Set(unplaced.map(({ reason }) => reason))).toEqual(new Set(['no-venue']));
  });

  it('reports an event whose venue is missing from venues.json instead of dropping it', () => {
    const withoutMoscow = venues.filter((venue) => venue.id !== 'moscow');
    const { placed, unplaced } = placeEvents(events, withoutMoscow);
    expect(placed.some((entry) => entry.venue.id === 'moscow')).toBe(false);
    expect(
      unplaced.filter(({ reason }) => reason === 'unknown-venue').map(({ event }) => event.id),
    ).toEqual(events.filter((event) => event.venue === 'moscow').map((event) => event.id));
    expect(unplaced.some(({ event }) => event.id === '2003-01-moscow-summit')).toBe(true);
  });

  it('follows the filters: only the events shown are counted', () => {
    const ministers = filterEvents(
      events,
      { ...DEFAULT_FILTERS, kinds: ['foreign-ministers'] },
      leaderTerms,
    );
    const plainCounts = (shown: typeof events) => {
      const counts: Record<string, number> = {};
      for (const event of shown)
        if (event.venue) counts[event.venue] = (counts[event.venue] ?? 0) + 1;
      return counts;
    };
    expect(ministers.every((event) => event.kind === 'foreign-ministers')).toBe(true);
    expect(countsOf(ministers)).toEqual(plainCounts(ministers));
    expect(countsOf(ministers).gatineau).toBe(1);

    const koizumi = filterEvents(events, { ...DEFAULT_FILTERS, leader: 'jp-koizumi' }, leaderTerms);
    expect(countsOf(koizumi)).toEqual(plainCounts(koizumi));
    expect(countsOf(koizumi).irkutsk).toBeUndefined();

    const context = filterEvents(events, { ...DEFAULT_FILTERS, kinds: ['context'] }, leaderTerms);
    expect(countsOf(context)).toEqual(plainCounts(context));
    expect(countsOf(context)).toMatchObject({ kunashiri: 2, 'kunashiri-etorofu': 1 });
    expect(placeEvents([], venues)).toEqual({ placed: [], unplaced: [] });
  });
});

describe('the map frames', () => {
  it('puts every venue on the world map at a finite point inside it', () => {
    const world = mapFrame('world');
    expect(world.height).toBeGreaterThan(200);
    for (const venue of venues) {
      const point = project(world, venue.lon, venue.lat);
      expect(point, venue.id).not.toBeNull();
      expect(point?.every(Number.isFinite), venue.id).toBe(true);
    }
  });

  it('centres the Pacific: Europe left of Russia and Japan, the Americas on the right', () => {
    const world = mapFrame('world');
    const x = (id: string) => {
      const venue = venues.find((candidate) => candidate.id === id);
      if (!venue) throw new Error(id);
      return project(world, venue.lon, venue.lat)?.[0] ?? NaN;
    };
    const order = ['lough-erne', 'paris', 'moscow', 'irkutsk', 'tokyo', 'honolulu', 'lima'];
    const xs = order.map(x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // Japan sits near the middle.
    expect(Math.abs(x('tokyo') - world.width / 2)).toBeLessThan(world.width * 0.1);
  });

  it('shows in each close-up the venues in that region and no others', () => {
    const inside = (area: (typeof MAP_AREAS)[number]) => {
      const frame = mapFrame(area);
      return venues
        .filter((venue) => project(frame, venue.lon, venue.lat) !== null)
        .map((venue) => venue.id)
        .sort();
    };
    expect(inside('japan')).toEqual(
      [
        'kawana',
        'kunashiri',
        'kunashiri-etorofu',
        'miyazaki',
        'sakhalin',
        'tokyo',
        'toyako',
        'vladivostok',
        'yokohama',
      ].sort(),
    );
    expect(inside('europe')).toEqual(
      [
        'brussels',
        'cologne',
        'deauville',
        'genoa',
        'gleneagles',
        'heiligendamm',
        'laquila',
        'london',
        'lough-erne',
        'milan',
        'moscow',
        'munich',
        'paris',
        'rome',
        'sochi',
        'st-petersburg',
      ].sort(),
    );
    // The close-ups spread Tokyo and Yokohama further apart than the world map does.
    const gap = (area: (typeof MAP_AREAS)[number]) => {
      const frame = mapFrame(area);
      const tokyo = project(frame, 139.69, 35.69);
      const yokohama = project(frame, 139.64, 35.44);
      if (!tokyo || !yokohama) throw new Error(area);
      return Math.hypot(tokyo[0] - yokohama[0], tokyo[1] - yokohama[1]) / frame.width;
    };
    expect(gap('japan')).toBeGreaterThan(gap('world') * 8);
  });

  it('draws land as a path clipped to the frame', () => {
    const square = {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [135, 30],
            [135, 40],
            [145, 40],
            [145, 30],
            [135, 30],
          ],
        ],
      },
    };
    expect(landPath(mapFrame('japan'), square)).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('sizes markers so that their area is proportional to the number of events', () => {
    expect(markerRadius(4) / markerRadius(1)).toBeCloseTo(2);
    expect(markerRadius(9) / markerRadius(1)).toBeCloseTo(3);
    // Smaller on a phone-sized map, never below 4 px per event; full size before layout.
    expect(markerUnit(336)).toBe(4);
    expect(markerUnit(560)).toBeCloseTo(560 / 130);
    expect(markerUnit(900)).toBe(6);
    expect(markerUnit(0)).toBe(6);
    expect(markerRadius(4, markerUnit(336))).toBe(8);
  });
});

describe('keeping markers and names apart', () => {
  const area = { width: 400, height: 300 };

  it('spreads overlapping markers until none overlap, keeping the rest in place', () => {
    const circles = [
      { id: 'tokyo', x: 200, y: 150, r: 10 },
      { id: 'yokohama', x: 201, y: 152, r: 8 },
      { id: 'kawana', x: 198, y: 154, r: 6 },
      { id: 'same-spot', x: 200, y: 150, r: 6 },
      { id: 'lima', x: 50, y: 250, r: 6 },
    ];
    const spread = spreadMarkers(circles, area);
    for (const [i, a] of circles.entries()) {
      const p = spread.get(a.id);
      expect(p && p.x >= a.r && p.x <= area.width - a.r, a.id).toBe(true);
      for (const b of circles.slice(i + 1)) {
        const q = spread.get(b.id);
        if (!p || !q) throw new Error('missing');
        expect(Math.hypot(p.x - q.x, p.y - q.y), `${a.id}–${b.id}`).toBeGreaterThanOrEqual(
          a.r + b.r + 1.9,
        );
      }
    }
    expect(spread.get('lima')).toEqual({ x: 50, y: 250 });
    expect(spreadMarkers(circles, area)).toEqual(spread);
  });

  it('moves the smaller of two overlapping markers more', () => {
    const big = { id: 'moscow', x: 100, y: 100, r: 12 };
    const small = { id: 'st-petersburg', x: 104, y: 100, r: 6 };
    const spread = spreadMarkers([big, small], area);
    const bigMoved = Math.abs((spread.get('moscow')?.x ?? NaN) - big.x);
    const smallMoved = Math.abs((spread.get('st-petersburg')?.x ?? NaN) - small.x);
    expect(smallMoved).toBeGreaterThan(bigMoved * 3);
    expect(bigMoved + smallMoved).toBeCloseTo(12 + 6 + 2 - 4);
  });

  it('places names without covering each other or any marker, and drops what cannot fit', () => {
    const markers: LabelledMarker[] = [
      { id: 'moscow', x: 100, y: 100, r: 12, text: 'Moscow' },
      { id: 'st-petersburg', x: 95, y: 80, r: 6, text: 'St Petersburg' },
      { id: 'sochi', x: 110, y: 125, r: 6, text: 'Sochi' },
      { id: 'edge', x: 396, y: 296, r: 4, text: 'A name far too long to fit anywhere near' },
    ];
    const labels = placeLabels(markers, area);
    const boxes = [...labels.values()];
    expect(labels.has('moscow')).toBe(true);
    expect(labels.has('edge')).toBe(false);
    for (const [i, a] of boxes.entries()) {
      expect(a.left >= 0 && a.top >= 0 && a.left + a.width <= area.width).toBe(true);
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.left + a.width <= b.left ||
          b.left + b.width <= a.left ||
          a.top + a.height <= b.top ||
          b.top + b.height <= a.top;
        expect(apart).toBe(true);
      }
      for (const marker of markers) {
        const clear =
          a.left + a.width <= marker.x - marker.r ||
          marker.x + marker.r <= a.left ||
          a.top + a.height <= marker.y - marker.r ||
          marker.y + marker.r <= a.top;
        expect(clear, `label clear of ${marker.id}`).toBe(true);
      }
    }
  });

  it('measures Japanese names wider than Latin ones of the same length', () => {
    expect(estimateTextWidth('モスクワ', 12)).toBe(48);
    expect(estimateTextWidth('Lima', 12)).toBeLessThan(estimateTextWidth('リマです', 12));
  });
});
