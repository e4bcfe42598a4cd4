import { queryOptions } from '@tanstack/react-query';
import { updateCountsSchema } from '../../domain/update-counts';
import { getJson } from '../../lib/api-client';

// The navigation's counts load on every page for signed-in people, so they stay apart from the
// rest of the updates' code.

export const updateCountQueries = {
  all: ['updates'] as const,
  counts: () =>
    queryOptions({
      queryKey: [...updateCountQueries.all, 'counts'] as const,
      queryFn: ({ signal }) => getJson('/api/updates/counts', updateCountsSchema, signal),
      staleTime: 30_000,
    }),
};
