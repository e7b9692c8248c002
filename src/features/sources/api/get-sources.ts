import { useQuery } from '@tanstack/react-query';
import { dataFileQueryOptions } from '../../../lib/dataset/data-file-query';
import { parseSources } from '../../../lib/dataset/validate';

export const sourcesQueryOptions = () => dataFileQueryOptions('sources', parseSources);

export function useSources() {
  return useQuery(sourcesQueryOptions());
}
