import { queryOptions } from '@tanstack/react-query';
import { organisationListSchema } from '../domain/organisation';
import { getJson } from './api-client';

/**
 * The list of organisations, read by the portfolio's filter and the organisations page alike,
 * so it lives here rather than in either feature.
 */
export const organisationListQuery = () =>
  queryOptions({
    queryKey: ['organisations', 'list'] as const,
    queryFn: ({ signal }) => getJson('/api/organisations', organisationListSchema, signal),
    staleTime: 5 * 60_000,
  });
