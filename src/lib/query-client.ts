import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api-client';

/** Tests pass retry: false so a fault shows at once instead of after the retries. */
export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change by asking again; a network blip or 5xx might.
        retry: (failureCount, error) =>
          retry && !(error instanceof ApiRequestError && error.status < 500) && failureCount < 2,
      },
    },
  });
}
