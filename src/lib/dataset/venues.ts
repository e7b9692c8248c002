/**
 * The venues behind the map: their schema and parser. A module of its own,
 * apart from schema.ts and validate.ts, because only the map, the export and
 * the validation script use it: the first view never loads it.
 */
import * as z from 'zod/mini';
import { idSchema, localizedSchema } from './schema';
import { DATA_FILES, parseFile, type Parsed } from './validate';

/**
 * Which side a venue lay on. The four northern islands are their own area:
 * their sovereignty is the very question the negotiations are about, so the
 * map calls them neither Japan nor Russia.
 */
export const VENUE_AREAS = ['japan', 'russia', 'northern-territories', 'third-country'] as const;
export type VenueArea = (typeof VENUE_AREAS)[number];

/**
 * A number from -limit to limit.
 */
function numberWithin(field: string, limit: number) {
  const message = `${field} must be within -${limit} … ${limit}`;
  return z.number().check(z.gte(-limit, message), z.lte(limit, message));
}

/**
 * A place meetings were held, for the map. Name and area follow the events'
 * own place text; the coordinates are general geography (see data-notes.md).
 */
export const venueSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  /** A label short enough to sit beside the marker. */
  shortName: z.optional(localizedSchema),
  area: z.enum(VENUE_AREAS),
  lat: numberWithin('lat', 90),
  lon: numberWithin('lon', 180),
});
export type Venue = z.infer<typeof venueSchema>;

export const venuesFileSchema = z.strictObject({ venues: z.array(z.unknown()) });

export function parseVenues(raw: unknown): Parsed<Venue> {
  return parseFile(DATA_FILES.venues, raw, venuesFileSchema, 'venues', venueSchema);
}
