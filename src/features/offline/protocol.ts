/**
 * The runtime cache holding the last copy of each data file that arrived:
 * named by the service worker's configuration (pwa-options.ts) and filled by
 * the page on a first visit (register-offline.ts).
 */
export const DATA_CACHE = 'jrt-data';

/** The runtime cache holding the map's fine coastline once a close-up has loaded it. */
export const MAP_DETAIL_CACHE = 'jrt-map-detail';
