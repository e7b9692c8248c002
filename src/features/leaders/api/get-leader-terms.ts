import { useQuery } from '@tanstack/react-query';
import { dataFileQueryOptions } from '../../../lib/dataset/data-file-query';
import { parseLeaderTerms } from '../../../lib/dataset/validate';

export const leaderTermsQueryOptions = () => dataFileQueryOptions('leaders', parseLeaderTerms);

export function useLeaderTerms() {
  return useQuery(leaderTermsQueryOptions());
}
