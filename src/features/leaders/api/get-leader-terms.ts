import { useQuery } from '@tanstack/react-query';
import { dataFileQueryOptions } from '../../../lib/dataset/data-file-query';
import { parseLeaderTerms } from '../../../lib/dataset/validate';

export const leaderTermsQueryOptions = () => dataFileQueryOptions('leaders', parseLeaderTerms);

/** `enabled: false` holds the request back until the caller wants it (see use-dataset.ts). */
export function useLeaderTerms({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...leaderTermsQueryOptions(), enabled });
}
