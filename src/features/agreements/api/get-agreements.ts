import { useQuery } from '@tanstack/react-query';
import { dataFileQueryOptions } from '../../../lib/dataset/data-file-query';
import { parseAgreements } from '../../../lib/dataset/validate';

export const agreementsQueryOptions = () => dataFileQueryOptions('agreements', parseAgreements);

/** `enabled: false` holds the request back until the caller wants it (see use-dataset.ts). */
export function useAgreements({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...agreementsQueryOptions(), enabled });
}
