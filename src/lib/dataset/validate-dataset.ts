// Used by the validation script, the data generator and the tests; the app
// checks each file as its query loads it (validate.ts), and venues only with
// the map, so none of this is in its first view.
import {
  checkReferences,
  parseAgreements,
  parseEvents,
  parseLeaderTerms,
  parseSources,
  unsortedEvents,
  type DataFileKey,
  type DataIssue,
  type Dataset,
} from './validate';
import { parseVenues, type Venue } from './venues';

/**
 * Parses and checks all the files at once, as the validation script does.
 * venues.json is optional here (the app loads it only for the map); when it
 * is given, every event's venue must be in it.
 */
export function validateDataset(
  raw: Record<Exclude<DataFileKey, 'venues'>, unknown> & { venues?: unknown },
): {
  dataset: Dataset & { venues: Venue[] };
  issues: DataIssue[];
} {
  const events = parseEvents(raw.events);
  const agreements = parseAgreements(raw.agreements);
  const leaderTerms = parseLeaderTerms(raw.leaders);
  const sources = parseSources(raw.sources);
  const venues = raw.venues === undefined ? undefined : parseVenues(raw.venues);
  const checked = checkReferences({
    events: events.records,
    agreements: agreements.records,
    leaderTerms: leaderTerms.records,
    sources: sources.records,
    venues: venues?.records,
  });
  return {
    dataset: {
      events: checked.dataset.events ?? [],
      agreements: checked.dataset.agreements ?? [],
      leaderTerms: checked.dataset.leaderTerms ?? [],
      sources: checked.dataset.sources ?? [],
      venues: checked.dataset.venues ?? [],
    },
    issues: [
      ...events.issues,
      ...agreements.issues,
      ...leaderTerms.issues,
      ...sources.issues,
      ...(venues?.issues ?? []),
      ...checked.issues,
      ...unsortedEvents(events.records),
    ],
  };
}
