import { queryOptions } from '@tanstack/react-query';
import { projectDetailSchema } from '../../domain/project';
import { getJson } from '../../lib/api-client';

export const projectQueries = {
  all: ['projects'] as const,
  details: () => [...projectQueries.all, 'detail'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...projectQueries.details(), slug] as const,
      queryFn: ({ signal }) => getJson(`/api/projects/${encodeURIComponent(slug)}`, projectDetailSchema, signal),
    }),
};
