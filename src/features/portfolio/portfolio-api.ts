import { queryOptions } from '@tanstack/react-query';
import { type ProjectFilters, projectListSchema } from '../../domain/project';
import { getJson, toSearchParams } from '../../lib/api-client';

export const portfolioQueries = {
  all: ['projects'] as const,
  lists: () => [...portfolioQueries.all, 'list'] as const,
  list: (filters: ProjectFilters) =>
    queryOptions({
      queryKey: [...portfolioQueries.lists(), filters] as const,
      queryFn: ({ signal }) => getJson(`/api/projects${toSearchParams(filters)}`, projectListSchema, signal),
    }),
};
