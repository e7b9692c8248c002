/**
 * Where things sit on the venue map: one projection per map area, so markers
 * and land are drawn by the same numbers. Pure (no DOM), so the tests can
 * check that every venue lands somewhere finite.
 */
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** The whole world, or a closer look where venues crowd together. */
export const MAP_AREAS = ['world', 'japan', 'europe'] as const;
export type MapArea = (typeof MAP_AREAS)[number];

/** Width of the map's own coordinate space; the SVG scales to its container. */
export const MAP_WIDTH = 960;

interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * The world map is centred on the Pacific (150°E), as maps in Japan usually
 * are: Japan and Russia in the middle, Europe on the left, the Americas on
 * the right, and the cut in the open Atlantic where no venue lies. It is
 * trimmed to the latitudes that hold venues (Sydney to St Petersburg).
 */
const WORLD = { centre: 150, north: 75, south: -50 };

const CLOSE_UPS: Record<Exclude<MapArea, 'world'>, Bounds> = {
  // Tokyo, Yokohama and Kawana lie within 60 km of each other; this frame
  // also holds Vladivostok, Sakhalin and the four northern islands.
  japan: { west: 124, east: 156, south: 30, north: 52 },
  // Paris, Deauville, Lough Erne, Heiligendamm, Milan, L'Aquila, Moscow, St Petersburg.
  europe: { west: -14, east: 44, south: 37, north: 63 },
};

export interface MapFrame {
  area: MapArea;
  projection: GeoProjection;
  width: number;
  height: number;
}

/** Points along a box's edges: its projected outline is curved. */
function outline({ west, east, south, north }: Bounds): GeoPermissibleObjects {
  const coordinates: [number, number][] = [];
  for (let step = 0; step <= 8; step++) {
    const lon = west + ((east - west) * step) / 8;
    const lat = south + ((north - south) * step) / 8;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** Shifts the map up so `top` is at y = 0, clips it to `bottom`, and returns its height. */
function cropTo(projection: GeoProjection, width: number, top: number, bottom: number): number {
  const [x, y] = projection.translate();
  projection.translate([x, y - top]);
  const height = Math.round(bottom - top);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return height;
}

export function mapFrame(area: MapArea, width = MAP_WIDTH): MapFrame {
  if (area === 'world') {
    const projection = geoNaturalEarth1()
      .rotate([-WORLD.centre, 0])
      .fitWidth(width, { type: 'Sphere' });
    const top = projection([WORLD.centre, WORLD.north])?.[1] ?? 0;
    const bottom = projection([WORLD.centre, WORLD.south])?.[1] ?? 0;
    return { area, projection, width, height: cropTo(projection, width, top, bottom) };
  }
  const bounds = CLOSE_UPS[area];
  const projection = geoNaturalEarth1()
    .rotate([-(bounds.west + bounds.east) / 2, 0])
    .fitWidth(width, outline(bounds));
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline(bounds));
  return { area, projection, width, height: cropTo(projection, width, top, bottom) };
}

/** A place's position on the frame, or null when it lies outside it. */
export function project(frame: MapFrame, lon: number, lat: number): [number, number] | null {
  const point = frame.projection([lon, lat]);
  if (!point) return null;
  const [x, y] = point;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (x < 0 || x > frame.width || y < 0 || y > frame.height) return null;
  return [x, y];
}

/** The SVG path of the land, clipped to the frame. */
export function landPath(frame: MapFrame, land: GeoPermissibleObjects): string {
  return geoPath(frame.projection)(land) ?? '';
}

/** Marker radius in CSS pixels: the circle's area is proportional to the number of events. */
export const MARKER_UNIT_RADIUS = 6;
export function markerRadius(count: number, unit = MARKER_UNIT_RADIUS): number {
  return unit * Math.sqrt(count);
}

/** Smaller markers on a small map (a phone), so that they crowd less. */
export function markerUnit(mapWidth: number): number {
  if (mapWidth <= 0) return MARKER_UNIT_RADIUS;
  return Math.min(MARKER_UNIT_RADIUS, Math.max(4, mapWidth / 130));
}
