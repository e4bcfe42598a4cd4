import { queryOptions } from '@tanstack/react-query';
import { type ProjectFilters, projectListSchema } from '../../domain/project';
import { getJson, toSearchParams } from '../../lib/api-client';

/** The query string of a page of the portfolio, in the app's URL and the API's alike; page 1 is left out. */
export function portfolioSearch(filters: ProjectFilters, page: number): string {
  return toSearchParams({ ...filters, page: page > 1 ? String(page) : undefined });
}

export const portfolioQueries = {
  all: ['projects'] as const,
  lists: () => [...portfolioQueries.all, 'list'] as const,
  list: (filters: ProjectFilters, page: number) =>
    queryOptions({
      queryKey: [...portfolioQueries.lists(), filters, page] as const,
      queryFn: ({ signal }) => getJson(`/api/projects${portfolioSearch(filters, page)}`, projectListSchema, signal),
    }),
};
