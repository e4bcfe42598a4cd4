import { queryOptions } from '@tanstack/react-query';
import { projectDetailSchema, type ProjectLinks } from '../../domain/project';
import { getJson, sendJson } from '../../lib/api-client';

export const projectQueries = {
  all: ['projects'] as const,
  details: () => [...projectQueries.all, 'detail'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...projectQueries.details(), slug] as const,
      queryFn: ({ signal }) => getJson(`/api/projects/${encodeURIComponent(slug)}`, projectDetailSchema, signal),
    }),
};

/** Sets a project's own links; an empty value removes one. Answers with the project as it now is. */
export const updateProjectLinks = (slug: string, links: ProjectLinks) =>
  sendJson('PATCH', `/api/projects/${encodeURIComponent(slug)}/links`, links, projectDetailSchema);
