import { queryOptions } from '@tanstack/react-query';
import { type ProjectFilters, projectListSchema } from '../../domain/project';
import { getJson } from '../../lib/api-client';
import { pageSearch } from '../../lib/page-param';

export const portfolioQueries = {
  all: ['projects'] as const,
  lists: () => [...portfolioQueries.all, 'list'] as const,
  list: (filters: ProjectFilters, page: number) =>
    queryOptions({
      queryKey: [...portfolioQueries.lists(), filters, page] as const,
      queryFn: ({ signal }) => getJson(`/api/projects${pageSearch(page, filters)}`, projectListSchema, signal),
    }),
};
