import { useQuery } from '@tanstack/react-query';
import { dataFileQueryOptions } from '../../../lib/dataset/data-file-query';
import { parseSources } from '../../../lib/dataset/validate';

export const sourcesQueryOptions = () => dataFileQueryOptions('sources', parseSources);

/** `enabled: false` holds the request back until the caller wants it (see use-dataset.ts). */
export function useSources({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...sourcesQueryOptions(), enabled });
}
