import { queryOptions } from '@tanstack/react-query';
import { overviewSchema } from '../../domain/overview';
import { getJson } from '../../lib/api-client';

/** The portfolio at a glance; LDCU staff get their own figures too, so the answer depends on who asks. */
export const overviewQuery = () =>
  queryOptions({
    queryKey: ['overview'] as const,
    queryFn: ({ signal }) => getJson('/api/overview', overviewSchema, signal),
  });
