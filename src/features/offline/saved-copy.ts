/**
 * Which data files the service worker answered from the copy it saved on an
 * earlier visit, because the network failed or was too slow. Listening starts
 * in main.tsx, before the page has finished loading: the worker's messages
 * wait in a queue until then, and one that found no listener would be lost.
 */
import { useSyncExternalStore } from 'react';

/**
 * Posted by the worker when it answered a data file from its saved copy. The
 * worker's side is a literal in pwa-options.ts (its code is copied into the
 * worker); tests/unit/offline.test.ts keeps the two equal.
 */
export const SAVED_COPY_MESSAGE = 'jrt:saved-copy';

export interface SavedCopy {
  /** The data file's URL. */
  url: string;
  /** When the server sent that copy (its Date header), if it said. */
  savedAt: Date | null;
}

let copies: readonly SavedCopy[] = [];
const listeners = new Set<() => void>();

/** Reads one message from the worker; anything not a well-formed notice is ignored. */
export function noteSavedCopy(data: unknown): void {
  if (typeof data !== 'object' || data === null) return;
  const { type, url, savedAt } = data as Record<string, unknown>;
  if (type !== SAVED_COPY_MESSAGE || typeof url !== 'string') return;
  const time = typeof savedAt === 'string' ? Date.parse(savedAt) : NaN;
  const copy: SavedCopy = { url, savedAt: Number.isNaN(time) ? null : new Date(time) };
  copies = [...copies.filter((known) => known.url !== url), copy];
  for (const listener of listeners) listener();
}

export function listenForSavedCopies(): void {
  // Absent on insecure origins and in some embedded browsers: then there is no saved copy.
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => noteSavedCopy(event.data));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSavedCopies(): readonly SavedCopy[] {
  return useSyncExternalStore(subscribe, () => copies);
}

/** For tests: forget every saved copy noted so far. */
export function resetSavedCopies(): void {
  copies = [];
  for (const listener of listeners) listener();
}
