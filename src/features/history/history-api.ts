import { queryOptions } from '@tanstack/react-query';
import { historyPageSchema } from '../../domain/history';
import { getJson } from '../../lib/api-client';
import { pageSearch } from '../../lib/page-param';

export interface HistoryFilters {
  project?: string;
  person?: string;
}

export const historyQueries = {
  all: ['history'] as const,
  /** One project's changes, newest first, for the people who work on it. */
  project: (slug: string, page: number) =>
    queryOptions({
      queryKey: [...historyQueries.all, 'project', slug, page] as const,
      queryFn: ({ signal }) => getJson(`/api/projects/${encodeURIComponent(slug)}/history${pageSearch(page)}`, historyPageSchema, signal),
    }),
  /** The whole portfolio's changes, for managers, narrowed by project and person. */
  everything: (filters: HistoryFilters, page: number) =>
    queryOptions({
      queryKey: [...historyQueries.all, 'everything', filters, page] as const,
      queryFn: ({ signal }) => getJson(`/api/history${pageSearch(page, { ...filters })}`, historyPageSchema, signal),
    }),
};
