import { queryOptions } from '@tanstack/react-query';
import type { ProjectFilters } from '../../domain/project';
import { timelinePageSchema } from '../../domain/timeline';
import { getJson } from '../../lib/api-client';
import { pageSearch } from '../../lib/page-param';

export const timelineQueries = {
  // Under the projects' root, so whatever refreshes the portfolio once a project, a phase, a show
  // and tell or an event changes refreshes the timeline with it.
  all: ['projects', 'timeline'] as const,
  list: (filters: ProjectFilters, page: number) =>
    queryOptions({
      queryKey: [...timelineQueries.all, filters, page] as const,
      queryFn: ({ signal }) => getJson(`/api/timeline${pageSearch(page, filters)}`, timelinePageSchema, signal),
    }),
};
