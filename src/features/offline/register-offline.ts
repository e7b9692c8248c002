/**
 * Registers the service worker (see pwa-options.ts). Loaded by main.tsx only
 * in the build, once the page has loaded and the browser is idle, so it costs
 * the first view nothing. It does what vite-plugin-pwa's `virtual:pwa-register`
 * does for `registerType: 'autoUpdate'`, with workbox-window imported here
 * directly rather than through a second dynamic import.
 */
import { Workbox } from 'workbox-window';
import { DATA_CACHE } from './protocol';

/** The data files the app knows, and any other this page has fetched from data/. */
function dataFileUrls(known: readonly string[]): string[] {
  const prefix = new URL(`${import.meta.env.BASE_URL}data/`, location.href).href;
  const fetched = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(prefix) && url.endsWith('.json'));
  return [...new Set([...known, ...fetched])];
}

/**
 * On the first visit the data arrived before the worker was there to save it;
 * saving it now is what lets the next visit work offline. Later visits find
 * every file saved already (the worker refreshes them as they load) and fetch
 * nothing here. A file that cannot be fetched (offline, or a file this
 * deployment does not have) is simply not saved.
 */
async function saveDataCopies(known: readonly string[]): Promise<void> {
  const cache = await caches.open(DATA_CACHE);
  await Promise.all(
    dataFileUrls(known).map(async (url) => {
      if (await cache.match(url, { ignoreVary: true })) return;
      await cache.add(url).catch(() => undefined);
    }),
  );
}

/** `dataFiles`: the full URLs of the data files the app reads. */
export function registerOffline(dataFiles: readonly string[]): void {
  const base = import.meta.env.BASE_URL;
  const worker = new Workbox(`${base}sw.js`, { scope: base });
  // A new build has taken over (from this tab or another): reload into it.
  // Everything the reader chose is in the URL, so nothing is lost.
  worker.addEventListener('activated', (event) => {
    if (event.isUpdate || event.isExternal) location.reload();
  });
  worker
    .register()
    .then((registration) => {
      if (registration) return saveDataCopies(dataFiles);
    })
    // Without a worker (blocked, private browsing, an old browser) the app
    // simply works online only; there is nothing to tell the reader.
    .catch(() => undefined);
}
