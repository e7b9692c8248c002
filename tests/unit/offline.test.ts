import { act, renderHook } from '@testing-library/react';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  appPagePattern,
  dataFilePattern,
  fineLandPattern,
  tellPageAboutSavedCopy,
  workboxOptions,
} from '../../src/features/offline/pwa-options';
import { DATA_CACHE, MAP_DETAIL_CACHE } from '../../src/features/offline/protocol';
import {
  noteSavedCopy,
  resetSavedCopies,
  useSavedCopies,
} from '../../src/features/offline/saved-copy';

/** The plugin as the worker calls it (only what it reads). */
type Plugin = (param: {
  cacheName: string;
  request: Request;
  cachedResponse?: Response;
  event: { clientId: string };
}) => Promise<Response | null | undefined>;

type Client = { postMessage: (data: unknown) => void };

/**
 * workbox-build copies the plugin's source text into the service worker, so
 * test that copy: rebuilt from its text alone, in a context of its own whose
 * only global is a fake worker `self`.
 */
function asCopiedIntoWorker(client: Client | Error): Plugin {
  const source = String(tellPageAboutSavedCopy.cachedResponseWillBeUsed);
  const self = {
    clients: {
      get: (id: string) =>
        client instanceof Error
          ? Promise.reject(client)
          : Promise.resolve(id === 'page-1' ? client : undefined),
    },
  };
  return runInNewContext(`(${source})`, { self }) as Plugin;
}

function call(plugin: Plugin, cachedResponse: Response | undefined, clientId = 'page-1') {
  return plugin({
    cacheName: DATA_CACHE,
    request: new Request('https://example.org/jr-timeline/data/events.json'),
    cachedResponse,
    event: { clientId },
  });
}

afterEach(() => {
  act(() => resetSavedCopies());
});

describe('the service worker’s routes', () => {
  it('saves data files under the app’s base and nothing else', () => {
    const root = dataFilePattern('/');
    expect(root.test('http://127.0.0.1:4173/data/events.json')).toBe(true);
    expect(root.test('https://example.org/data/venues.json')).toBe(true);
    expect(root.test('https://example.org/assets/index-abc.js')).toBe(false);
    expect(root.test('https://example.org/data/events.json.map')).toBe(false);

    const sub = dataFilePattern('/jr-timeline/');
    expect(sub.test('https://example.github.io/jr-timeline/data/events.json')).toBe(true);
    expect(sub.test('https://example.github.io/other-app/data/events.json')).toBe(false);
    expect(sub.test('https://example.github.io/jr-timeline/data/nested/events.json')).toBe(false);
  });

  it('answers navigations to the app page, with any state in its query, and no other', () => {
    const page = appPagePattern('/jr-timeline/');
    for (const path of [
      '/jr-timeline/',
      '/jr-timeline/index.html',
      '/jr-timeline/?lang=en&event=x',
    ]) {
      expect(page.test(path), path).toBe(true);
    }
    for (const path of ['/jr-timeline/data/events.json', '/jr-timeline/sw.js', '/', '/other/']) {
      expect(page.test(path), path).toBe(false);
    }
  });

  it('never precaches the data files, which may change without a new build', () => {
    const options = workboxOptions('/');
    expect(options.globPatterns?.some((pattern) => pattern.includes('json'))).toBe(false);
    expect(options.runtimeCaching?.[0]?.handler).toBe('NetworkFirst');
  });

  it('leaves the fine coastline out of the precache and saves it when a close-up loads it', () => {
    const options = workboxOptions('/jr-timeline/');
    expect(options.globIgnores).toContain('**/land-50m-*.js');
    const rule = options.runtimeCaching?.find(
      (candidate) =>
        candidate.urlPattern instanceof RegExp &&
        candidate.urlPattern.test('https://example.org/jr-timeline/assets/land-50m-D-xqxLrE.js'),
    );
    expect(rule?.handler).toBe('CacheFirst');
    expect(rule?.options?.cacheName).toBe(MAP_DETAIL_CACHE);
    const pattern = fineLandPattern('/jr-timeline/');
    for (const url of [
      'https://example.org/jr-timeline/assets/land-110m-BK2aCDID.js',
      'https://example.org/assets/land-50m-D-xqxLrE.js',
      'https://example.org/jr-timeline/data/events.json',
    ]) {
      expect(pattern.test(url), url).toBe(false);
    }
  });
});

describe('telling the page it is reading a saved copy', () => {
  it('posts a notice the page understands, with the date the server sent the copy', async () => {
    const postMessage = vi.fn();
    const saved = new Response('{}', { headers: { Date: 'Mon, 03 Mar 2025 05:06:07 GMT' } });

    const served = await call(asCopiedIntoWorker({ postMessage }), saved);

    expect(served).toBe(saved);
    expect(postMessage).toHaveBeenCalledTimes(1);
    // What the worker posts is exactly what the page's listener accepts.
    const { result } = renderHook(() => useSavedCopies());
    act(() => noteSavedCopy(postMessage.mock.calls[0]?.[0]));
    expect(result.current).toEqual([
      {
        url: 'https://example.org/jr-timeline/data/events.json',
        savedAt: new Date(Date.UTC(2025, 2, 3, 5, 6, 7)),
      },
    ]);
  });

  it('says nothing when there is no saved copy, and still serves it when the page cannot be told', async () => {
    const postMessage = vi.fn();
    expect(await call(asCopiedIntoWorker({ postMessage }), undefined)).toBeNull();
    expect(postMessage).not.toHaveBeenCalled();

    const saved = new Response('{}');
    expect(await call(asCopiedIntoWorker(new Error('client gone')), saved)).toBe(saved);
  });
});

describe('the page’s record of saved copies', () => {
  it('ignores anything that is not a well-formed notice', () => {
    const { result } = renderHook(() => useSavedCopies());
    for (const data of [
      null,
      'jrt:saved-copy',
      { type: 'other', url: 'x' },
      { type: 'jrt:saved-copy' },
    ]) {
      act(() => noteSavedCopy(data));
    }
    expect(result.current).toEqual([]);
  });

  it('keeps one entry per file, the latest, and tolerates a missing or bad date', () => {
    const { result } = renderHook(() => useSavedCopies());
    act(() => {
      noteSavedCopy({ type: 'jrt:saved-copy', url: '/data/events.json', savedAt: 'not a date' });
      noteSavedCopy({ type: 'jrt:saved-copy', url: '/data/sources.json', savedAt: null });
      noteSavedCopy({
        type: 'jrt:saved-copy',
        url: '/data/events.json',
        savedAt: 'Tue, 04 Mar 2025 00:00:00 GMT',
      });
    });
    expect(result.current).toEqual([
      { url: '/data/sources.json', savedAt: null },
      { url: '/data/events.json', savedAt: new Date(Date.UTC(2025, 2, 4)) },
    ]);
  });
});
