import { queryOptions } from '@tanstack/react-query';
import { appConfigSchema } from '../domain/user';
import { getJson } from './api-client';

/**
 * What the app needs to know about this installation (demo mode, the demo accounts), read by the
 * sign-in page and the users page alike, so it lives here rather than in either feature. It does
 * not change while the server runs.
 */
export const configQuery = () =>
  queryOptions({
    queryKey: ['config'] as const,
    queryFn: ({ signal }) => getJson('/api/config', appConfigSchema, signal),
    staleTime: Infinity,
  });
