import { queryOptions } from '@tanstack/react-query';
import { organisationDetailSchema } from '../../domain/organisation-detail';
import { getJson } from '../../lib/api-client';
import { pageSearch } from '../../lib/page-param';

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
