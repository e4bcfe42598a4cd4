import { queryOptions } from '@tanstack/react-query';
import { organisationListSchema } from '../domain/organisation';
import { getJson, toSearchParams } from './api-client';

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

/**
 * Organisations whose names hold every word searched for, so a form finds one before adding a new
 * one. Kept under the organisation list's key: whatever refreshes the list once an organisation
 * is added refreshes the searches with it.
 */
export const organisationSearchQuery = (q: string) =>
  queryOptions({
    queryKey: [...organisationListQuery().queryKey, { q }] as const,
    queryFn: ({ signal }) => getJson(`/api/organisations${toSearchParams({ q })}`, organisationListSchema, signal),
  });
