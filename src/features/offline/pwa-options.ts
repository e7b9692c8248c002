/**
 * The service worker that lets the app and its data work offline after a
 * first visit (vite-plugin-pwa, Workbox generateSW). Build-time configuration:
 * vite.config.ts passes it to VitePWA; nothing here runs in the page.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';
import type { WorkboxPlugin } from 'workbox-core/types';
// `.js` names the .ts file: vite.config.ts loads this module (see there).
import { DATA_CACHE, MAP_DETAIL_CACHE } from './protocol.js';

type Workbox = NonNullable<VitePWAOptions['workbox']>;

/**
 * How long a data file may take from the network before the saved copy is
 * used instead; the request still completes in the background and refreshes
 * the copy. Well below the app's own 6 s "slow" notice and 20 s timeout.
 */
export const NETWORK_TIMEOUT_SECONDS = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Vite's base is '/' or '/sub/path/'; a relative base ('./') behaves as the root. */
function absoluteBase(base: string): string {
  return base.startsWith('/') ? base : '/';
}

/** Matches the full URL of a data file under the app's base: `…/base/data/<name>.json`. */
export function dataFilePattern(base: string): RegExp {
  return new RegExp(`^https?://[^/]+${escapeRegExp(absoluteBase(base))}data/[^/?#]+\\.json$`);
}

/**
 * The fine coastline the map's close-ups use (170 KB gzipped): a hashed
 * build file, `…/base/assets/land-50m-<hash>.js`.
 */
export function fineLandPattern(base: string): RegExp {
  return new RegExp(
    `^https?://[^/]+${escapeRegExp(absoluteBase(base))}assets/land-50m-[^/]+\\.js$`,
  );
}
export const FINE_LAND_GLOB = '**/land-50m-*.js';

/**
 * Navigations the saved app page answers: the app's own address with any
 * query (the URL is the state). Everything else, such as a data file opened
 * directly to download it, goes to the network.
 */
export function appPagePattern(base: string): RegExp {
  return new RegExp(`^${escapeRegExp(absoluteBase(base))}(?:index\\.html)?(?:\\?.*)?$`);
}

/**
 * Tells the page when a data file came from the saved copy, with the time the
 * server sent that copy, so the page can say the data may be out of date.
 *
 * This function's source text is copied into the generated service worker:
 * it must not use anything from this module (hence the literal message type,
 * which a unit test keeps equal to SAVED_COPY_MESSAGE in saved-copy.ts).
 */
export const tellPageAboutSavedCopy: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, event, request }) => {
    const clientId = (event as { clientId?: string } | undefined)?.clientId;
    if (cachedResponse && clientId) {
      const worker = self as unknown as {
        clients: {
          get: (id: string) => Promise<{ postMessage: (data: unknown) => void } | undefined>;
        };
      };
      try {
        const client = await worker.clients.get(clientId);
        client?.postMessage({
          type: 'jrt:saved-copy',
          url: request.url,
          savedAt: cachedResponse.headers.get('date'),
        });
      } catch {
        // Telling the page is a courtesy; the data must be served regardless.
      }
    }
    return cachedResponse ?? null;
  },
};

export function workboxOptions(base: string): Partial<Workbox> {
  return {
    // The app shell: every script, style sheet and page of the build, so that
    // features loaded on demand work offline too (the plugin adds the
    // manifest and its icon). Not the data files: a precached file changes
    // only with a new build, and the data may be replaced on the server
    // without one (see the README).
    globPatterns: ['**/*.{js,css,html}'],
    // Except the fine coastline: most readers never open a close-up, and
    // precaching it would download 170 KB more behind every first visit. It
    // is saved when a close-up first loads it (below); offline before that,
    // the close-ups draw the coarse coastline the map always has.
    globIgnores: [FINE_LAND_GLOB],
    cleanupOutdatedCaches: true,
    // A new build takes over at once (registerType 'autoUpdate' then reloads
    // the page, whose state is all in its URL).
    skipWaiting: true,
    clientsClaim: true,
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: [appPagePattern(base)],
    runtimeCaching: [
      {
        urlPattern: dataFilePattern(base),
        // NetworkFirst rather than StaleWhileRevalidate: online, every visit
        // reads the data from the server, so a corrected file shows on the very
        // next visit (StaleWhileRevalidate would show the old copy once more
        // and the new one only on the visit after). An HTTP error such as a
        // 500 is passed to the app, which reports it with a Retry; only a
        // failed or too slow network falls back to the copy saved last time.
        handler: 'NetworkFirst',
        options: {
          cacheName: DATA_CACHE,
          networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
          // Servers may send `Vary: Origin` (Vite's preview does). The events'
          // preload (a CORS-mode request) and the app's own fetch must both
          // find the one saved copy of a file whatever headers they carried.
          matchOptions: { ignoreVary: true },
          cacheableResponse: { statuses: [200] },
          plugins: [tellPageAboutSavedCopy],
        },
      },
      {
        urlPattern: fineLandPattern(base),
        // Its name carries a content hash, so a saved copy is never stale;
        // only the current build's copy is kept.
        handler: 'CacheFirst',
        options: {
          cacheName: MAP_DETAIL_CACHE,
          expiration: { maxEntries: 1 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  };
}

/** Options for VitePWA; the base-dependent parts are filled in once Vite has resolved its base. */
export function pwaOptions(): Partial<VitePWAOptions> {
  return {
    registerType: 'autoUpdate',
    // The page registers the worker itself, from a chunk loaded after the
    // first view (src/features/offline/register-offline.ts): no inline script
    // for the Content-Security-Policy to refuse, no bytes in the first view.
    injectRegister: false,
    // Not in the dev server: it would cache what hot reload is changing.
    devOptions: { enabled: false },
    manifest: {
      name: '日露平和条約交渉の歩み 年表 1993–2014 / Japan–Russia Peace Treaty Diplomacy: A Timeline',
      short_name: '日露交渉年表',
      description:
        '日露平和条約交渉の首脳会談・外相会談年表(1993–2014年) / A bilingual timeline of Japan–Russia peace-treaty diplomacy, 1993–2014',
      lang: 'ja',
      dir: 'ltr',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#1f5fa8',
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    integration: {
      configureOptions: (viteConfig, options) => {
        options.workbox = { ...workboxOptions(viteConfig.base), ...options.workbox };
      },
    },
  };
}
