import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { pageInfo } from '../../domain/paging';
import { type ProjectDetail, projectDetailSchema, type ProjectLinks, updatePageSchema } from '../../domain/project';
import { getJson, sendJson } from '../../lib/api-client';

export const projectQueries = {
  all: ['projects'] as const,
  details: () => [...projectQueries.all, 'detail'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...projectQueries.details(), slug] as const,
      queryFn: ({ signal }) => getJson(`/api/projects/${encodeURIComponent(slug)}`, projectDetailSchema, signal),
    }),
  /**
   * A project's updates, page by page. The project itself brings the first page, so this starts
   * from it and fetches only when someone asks for older ones.
   */
  updates: (project: Pick<ProjectDetail, 'slug' | 'updates' | 'updateCount'>) =>
    infiniteQueryOptions({
      queryKey: [...projectQueries.details(), project.slug, 'updates'] as const,
      queryFn: ({ pageParam, signal }) =>
        getJson(`/api/projects/${encodeURIComponent(project.slug)}/updates?page=${String(pageParam)}`, updatePageSchema, signal),
      initialPageParam: 1,
      initialData: {
        // The first page is as long as the server made it; a project with none is one empty page.
        pages: [{ updates: project.updates, ...pageInfo(project.updateCount, 1, Math.max(1, project.updates.length)) }],
        pageParams: [1],
      },
      getNextPageParam: (last) => (last.page < last.pageCount ? last.page + 1 : undefined),
    }),
};

/** Sets a project's own links; an empty value removes one. Answers with the project as it now is. */
export const updateProjectLinks = (slug: string, links: ProjectLinks) =>
  sendJson('PATCH', `/api/projects/${encodeURIComponent(slug)}/links`, links, projectDetailSchema);
