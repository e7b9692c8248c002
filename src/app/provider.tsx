import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AreaBoundary } from '../components/area-boundary/area-boundary';
import { DataLoadError } from '../lib/fetch-data-file';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The dataset is static files: never refetch on focus. Retry once when
      // the network failed; a 404 or broken JSON will not mend by itself.
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          failures < 1 &&
          error instanceof DataLoadError &&
          (error.failure === 'network' || error.failure === 'timeout'),
      },
    },
  });
}

export function AppProvider({
  children,
  queryClient,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <AreaBoundary>{children}</AreaBoundary>
    </QueryClientProvider>
  );
}
