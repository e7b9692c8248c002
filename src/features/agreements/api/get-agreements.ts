import { useQuery } from '@tanstack/react-query';
import { dataFileQueryOptions } from '../../../lib/dataset/data-file-query';
import { parseAgreements } from '../../../lib/dataset/validate';

export const agreementsQueryOptions = () => dataFileQueryOptions('agreements', parseAgreements);

export function useAgreements() {
  return useQuery(agreementsQueryOptions());
}
