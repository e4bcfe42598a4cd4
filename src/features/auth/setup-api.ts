import { queryOptions } from '@tanstack/react-query';
import { setupDetailsSchema } from '../../domain/user';
import { getJson } from '../../lib/api-client';

// Apart from auth-api.ts, which the first page loads: only someone following a set-up link needs this.
export const setupQueries = {
  details: (token: string) =>
    queryOptions({
      queryKey: ['setup', token] as const,
      queryFn: ({ signal }) => getJson(`/api/setup/${encodeURIComponent(token)}`, setupDetailsSchema, signal),
      // A link is used once; asking again later must see that.
      staleTime: 0,
    }),
};
