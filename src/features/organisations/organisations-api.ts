import { queryOptions } from '@tanstack/react-query';
import { organisationDetailSchema } from '../../domain/organisation-detail';
import { getJson } from '../../lib/api-client';

export const organisationQueries = {
  all: ['organisations'] as const,
  details: () => [...organisationQueries.all, 'detail'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...organisationQueries.details(), slug] as const,
      queryFn: ({ signal }) =>
        getJson(`/api/organisations/${encodeURIComponent(slug)}`, organisationDetailSchema, signal),
    }),
};
