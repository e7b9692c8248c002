/**
 * Renders with the app's real providers: a fresh QueryClient per test (no
 * retries, so failures show at once), real i18n, the real store.
 */
import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { AppProvider } from '../src/app/provider';

export function renderWithProviders(ui: ReactElement, options?: RenderOptions) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  return {
    user: userEvent.setup(),
    queryClient,
    ...render(ui, {
      wrapper: ({ children }) => <AppProvider queryClient={queryClient}>{children}</AppProvider>,
      ...options,
    }),
  };
}

/** Serves files of public/data/ from memory; anything else is a 404. */
/** A value is served as JSON; a function returns the whole Response (errors, bad JSON). */
export function stubDataFiles(files: Record<string, unknown>) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = url.split('/').pop() ?? '';
    const file = files[name];
    if (file === undefined) return Promise.resolve(new Response('Not found', { status: 404 }));
    if (typeof file === 'function') return Promise.resolve((file as () => Response)());
    return Promise.resolve(
      new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
