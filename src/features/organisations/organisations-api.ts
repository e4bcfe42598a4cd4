import { queryOptions } from '@tanstack/react-query';
import { organisationDetailSchema } from '../../domain/organisation-detail';
import { getJson, toSearchParams } from '../../lib/api-client';

/** The query string of a page of a list; page 1 is the address without one. */
export function pageSearch(page: number): string {
  return toSearchParams({ page: page > 1 ? String(page) : undefined });
}

export const organisationQueries = {
  all: ['organisations'] as const,
  details: () => [...organisationQueries.all, 'detail'] as const,
  detail: (slug: string, page: number) =>
    queryOptions({
      queryKey: [...organisationQueries.details(), slug, page] as const,
      queryFn: ({ signal }) =>
        getJson(`/api/organisations/${encodeURIComponent(slug)}${pageSearch(page)}`, organisationDetailSchema, signal),
    }),
};
