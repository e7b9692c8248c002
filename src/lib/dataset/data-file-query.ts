/**
 * The one recipe every data-file query follows: fetch, validate record by
 * record, cache forever (the files are static).
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from '../fetch-data-file';
import { DATA_FILES, type DataFileKey, type Parsed } from './validate';

export function dataFileQueryKey(key: DataFileKey) {
  return ['dataset', key] as const;
}

export function dataFileQueryOptions<T>(key: DataFileKey, parse: (raw: unknown) => Parsed<T>) {
  return queryOptions({
    queryKey: dataFileQueryKey(key),
    queryFn: async ({ signal }) => parse(await fetchDataFile(DATA_FILES[key], signal)),
    staleTime: Infinity,
  });
}
