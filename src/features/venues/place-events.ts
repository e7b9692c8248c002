/**
 * Which venue each shown event belongs to. Pure, so the map, its list and
 * the tests agree on what is counted where.
 */
import type { TimelineEvent } from '../../lib/dataset/schema';
import type { Venue } from '../../lib/dataset/venues';

export interface VenueEvents {
  venue: Venue;
  /** In time order (as given). */
  events: TimelineEvent[];
}

/**
 * Why an event has no marker: the sources give only a country, a telephone
 * call or two countries (`no-venue`), or it names a venue that venues.json
 * does not have (`unknown-venue`, a data problem worth showing).
 */
export type UnplacedReason = 'no-venue' | 'unknown-venue';

export interface UnplacedEvent {
  event: TimelineEvent;
  reason: UnplacedReason;
}

export interface PlacedEvents {
  /** Venues with at least one event, most events first (ties: earliest first). */
  placed: VenueEvents[];
  unplaced: UnplacedEvent[];
}

export function placeEvents(
  events: readonly TimelineEvent[],
  venues: readonly Venue[],
): PlacedEvents {
  const venuesById = new Map(venues.map((venue) => [venue.id, venue]));
  const byVenue = new Map<string, VenueEvents>();
  const unplaced: UnplacedEvent[] = [];
  for (const event of events) {
    const venue = event.venue === undefined ? undefined : venuesById.get(event.venue);
    if (!venue) {
      unplaced.push({ event, reason: event.venue === undefined ? 'no-venue' : 'unknown-venue' });
      continue;
    }
    let entry = byVenue.get(venue.id);
    if (!entry) {
      entry = { venue, events: [] };
      byVenue.set(venue.id, entry);
    }
    entry.events.push(event);
  }
  // Map preserves insertion order (first event's date), and sort is stable,
  // so equal counts stay in time order.
  const placed = [...byVenue.values()].sort((a, b) => b.events.length - a.events.length);
  return { placed, unplaced };
}
