import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AreaBoundary } from '../components/area-boundary/area-boundary';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The dataset is static files: never refetch on focus, retry once.
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 },
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
