/**
 * Fetches one file of the static dataset. Failures become a DataLoadError
 * that says which file and what went wrong, so the UI can tell the reader
 * more than "something failed".
 */
export type DataLoadFailure = 'network' | 'http' | 'json';

export class DataLoadError extends Error {
  readonly file: string;
  readonly failure: DataLoadFailure;
  readonly status?: number;

  constructor(file: string, failure: DataLoadFailure, detail: string, status?: number) {
    super(`${file}: ${detail}`);
    this.name = 'DataLoadError';
    this.file = file;
    this.failure = failure;
    this.status = status;
  }
}

/** Data lives beside the app, so it also works when deployed under a sub-path. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

export async function fetchDataFile(file: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError(file, 'network', 'network error');
  }
  if (!response.ok) {
    throw new DataLoadError(file, 'http', `HTTP ${response.status}`, response.status);
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataLoadError(file, 'json', 'not valid JSON');
  }
}
