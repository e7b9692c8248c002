import { useQuery } from '@tanstack/react-query';
import { dataFileQueryOptions } from '../../../lib/dataset/data-file-query';
import { parseVenues } from '../../../lib/dataset/venues';

/** venues.json: loaded only when the map is opened, so the first view never waits for it. */
export const venuesQueryOptions = () => dataFileQueryOptions('venues', parseVenues);

export function useVenues() {
  return useQuery(venuesQueryOptions());
}
