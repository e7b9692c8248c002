/**
 * Fetches one file of the static dataset. Failures become a DataLoadError
 * that says which file and what went wrong, so the UI can tell the reader
 * more than "something failed", in their language.
 */
export type DataLoadFailure = 'network' | 'http' | 'json' | 'timeout';

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

/** A file that has not arrived by then is reported, with a Retry, rather than waited on forever. */
export const FETCH_TIMEOUT_MS = 20_000;

/** Data lives beside the app, so it also works when deployed under a sub-path. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

export async function fetchDataFile(file: string, signal?: AbortSignal): Promise<unknown> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await fetch(dataUrl(file), { signal: combined });
    text = response.ok ? await response.text() : '';
  } catch (error) {
    // A cancelled query (the reader pressed Retry, or left) is not a failure to report.
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw new DataLoadError(file, 'timeout', 'timed out');
    throw new DataLoadError(file, 'network', 'network error');
  }
  if (!response.ok) {
    throw new DataLoadError(file, 'http', `HTTP ${response.status}`, response.status);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataLoadError(file, 'json', 'not valid JSON');
  }
}
