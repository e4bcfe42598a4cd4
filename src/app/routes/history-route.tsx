import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs, useParams } from 'react-router';
import { historyQueries } from '../../features/history/history-api';
import { HistoryPage, historyFiltersOf } from '../../features/history/history-page';
import { ProjectHistoryPage } from '../../features/history/project-history-page';
import { projectQueries } from '../../features/projects/projects-api';
import { userQueries } from '../../features/users/users-api';
import { parsePage } from '../../lib/page-param';
import { requireSession, whileSignedIn } from './require-session';

/** A project's history: signed in, and allowed on that project (its own council staff, engagement staff, managers). */
export function projectHistoryLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const slug = params.slug ?? '';
    const project = await whileSignedIn(queryClient, request, () => queryClient.query(projectQueries.detail(slug)));
    // The API refuses too; asking first gives a clear page rather than a failed fetch.
    if (!project.allowed.includes('history:read')) throw data('You do not have permission', { status: 403 });
    await whileSignedIn(queryClient, request, () => queryClient.query(historyQueries.project(slug, parsePage(new URL(request.url).searchParams))));
    return null;
  };
}

export function ProjectHistoryRoute() {
  const { slug = '' } = useParams();
  const { data: project } = useSuspenseQuery(projectQueries.detail(slug));
  return <ProjectHistoryPage slug={slug} projectName={project.name} />;
}

/** The whole log: managers only. */
export function historyLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await requireSession(queryClient, request);
    if (!session.allowed.includes('history:read-all')) throw data('You do not have permission', { status: 403 });
    const params = new URL(request.url).searchParams;
    await whileSignedIn(queryClient, request, () =>
      Promise.all([queryClient.query(historyQueries.everything(historyFiltersOf(params), parsePage(params))), queryClient.query(userQueries.list())]),
    );
    return null;
  };
}

export function HistoryRoute() {
  const { data: list } = useSuspenseQuery(userQueries.list());
  return <HistoryPage people={list.users.map(({ id, displayName }) => ({ id, displayName }))} />;
}
