/**
 * The land masses for the venue map, from Natural Earth via world-atlas.
 * Land only, without country borders: a border line around the northern
 * islands would take the side the map deliberately does not take (and the
 * land-only files are half the size of the country files).
 *
 * Each scale is its own chunk, fetched on demand: the coarse one (21 KB
 * gzipped) when the map opens, the finer one (170 KB), which has the smaller
 * islands such as Kunashiri, only when a close-up is chosen.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type LandDetail = 'coarse' | 'fine';

type Atlas = Topology<{ land: GeometryCollection }>;

// Literal import paths, so that the bundler can split each file off.
const ATLASES: Record<LandDetail, () => Promise<{ default: unknown }>> = {
  coarse: () => import('world-atlas/land-110m.json'),
  fine: () => import('world-atlas/land-50m.json'),
};

async function loadLand(detail: LandDetail): Promise<Feature | FeatureCollection> {
  const atlas = (await ATLASES[detail]()).default as Atlas;
  return feature(atlas, atlas.objects.land);
}

export const worldLandQueryOptions = (detail: LandDetail) =>
  queryOptions({
    queryKey: ['map', 'land', detail],
    queryFn: () => loadLand(detail),
    staleTime: Infinity,
  });

export function useWorldLand(detail: LandDetail, enabled = true) {
  return useQuery({ ...worldLandQueryOptions(detail), enabled });
}
