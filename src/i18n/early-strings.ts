/**
 * The reader's `common` strings, as index.html's inline script started them
 * (scripts/preload-strings.ts). That script picks the language before any
 * bundle arrives and imports its strings chunk at once, so the chunk is
 * fetched and evaluated while the app's own script is still downloading.
 * The first render then finds them in a settled promise: no import() of its
 * own, which would resolve a task or two after the bundle has run, behind
 * the data files' parsing (first contentful paint 1.15× the build before
 * per-language strings, with only a preload).
 */

/** The global the inline script writes; the plugin spells the script with this name. */
export const EARLY_STRINGS_GLOBAL = '__jrtEarlyStrings';

export interface EarlyStrings {
  language: string;
  url: string;
  module: Promise<{ default: unknown }>;
}

function isEarlyStrings(value: unknown): value is EarlyStrings {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<EarlyStrings>;
  return typeof candidate.language === 'string' && candidate.module instanceof Promise;
}

/**
 * The early import for this language, once: a later call (the reader
 * switching back) goes through the app's own import(), which the browser
 * answers from the same module anyway. Null when the page started none for
 * this language (the dev server, a test, another language chosen since).
 */
export function takeEarlyStrings(language: string): Promise<{ default: unknown }> | null {
  const holder = globalThis as Record<string, unknown>;
  const early = holder[EARLY_STRINGS_GLOBAL];
  if (!isEarlyStrings(early) || early.language !== language) return null;
  holder[EARLY_STRINGS_GLOBAL] = undefined;
  return early.module;
}
