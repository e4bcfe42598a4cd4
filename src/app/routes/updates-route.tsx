import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs, useParams } from 'react-router';
import { idFromPath } from '../../domain/id';
import { sessionQuery } from '../../features/auth/auth-api';
import { projectQueries } from '../../features/projects/projects-api';
import { DeleteUpdatePage } from '../../features/updates/delete-update-page';
import { ReviewQueuePage } from '../../features/updates/review-queue-page';
import { UpdatePage } from '../../features/updates/update-page';
import { updateQueries } from '../../features/updates/updates-api';
import { EditUpdatePage, NewTeamNewsPage, NewUpdatePage } from '../../features/updates/write-update-page';
import { YourProjectsPage } from '../../features/updates/your-projects-page';
import { hasStatus } from '../../lib/api-client';
import { parsePage } from '../../lib/page-param';
import { requireSession, whileSignedIn } from './require-session';

function notFound(): never {
  throw data('Page not found', { status: 404 });
}

/** The update an address names, loaded for anyone who may see it; an unpublished one asks its viewer to sign in first. */
async function loadUpdate(queryClient: QueryClient, request: Request, rawId: string | undefined) {
  const id = idFromPath(rawId) ?? notFound();
  try {
    return await whileSignedIn(queryClient, request, () => queryClient.query(updateQueries.detail(id)));
  } catch (error) {
    if (!hasStatus(error, 404)) throw error;
    // Unpublished updates are not there for visitors: someone not signed in may be their writer.
    await requireSession(queryClient, request);
    return notFound();
  }
}

export function updateLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await loadUpdate(queryClient, request, params.id);
    return null;
  };
}

export function UpdateRoute() {
  const id = idFromPath(useParams().id) ?? 0;
  return <UpdatePage id={id} />;
}

export function editUpdateLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const { can } = await loadUpdate(queryClient, request, params.id);
    if (!can.edit) throw data('You do not have permission', { status: 403 });
    return null;
  };
}

export function EditUpdateRoute() {
  const id = idFromPath(useParams().id) ?? 0;
  const { data: session } = useSuspenseQuery(sessionQuery());
  return <EditUpdatePage id={id} userId={session?.user.id ?? 0} />;
}

export function deleteUpdateLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const { can } = await loadUpdate(queryClient, request, params.id);
    if (!can.delete) throw data('You do not have permission', { status: 403 });
    return null;
  };
}

export function DeleteUpdateRoute() {
  return <DeleteUpdatePage id={idFromPath(useParams().id) ?? 0} />;
}

export function newUpdateLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const project = await whileSignedIn(queryClient, request, () => queryClient.query(projectQueries.detail(params.slug ?? '')));
    if (!project.allowed.includes('update:write')) throw data('You do not have permission', { status: 403 });
    return null;
  };
}

export function NewUpdateRoute() {
  const { slug = '' } = useParams();
  const { data: project } = useSuspenseQuery(projectQueries.detail(slug));
  const { data: session } = useSuspenseQuery(sessionQuery());
  return <NewUpdatePage slug={slug} projectName={project.name} userId={session?.user.id ?? 0} />;
}

export function newTeamNewsLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await requireSession(queryClient, request);
    // With no project, only a right to write updates anywhere (engagement staff, managers) will do.
    if (!session.allowed.includes('update:write')) throw data('You do not have permission', { status: 403 });
    return null;
  };
}

export function NewTeamNewsRoute() {
  const { data: session } = useSuspenseQuery(sessionQuery());
  return <NewTeamNewsPage userId={session?.user.id ?? 0} />;
}

export function reviewQueueLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await requireSession(queryClient, request);
    if (!session.allowed.includes('update:review')) throw data('You do not have permission', { status: 403 });
    await whileSignedIn(queryClient, request, () => queryClient.query(updateQueries.queue(parsePage(new URL(request.url).searchParams))));
    return null;
  };
}

export function ReviewQueueRoute() {
  const { data: session } = useSuspenseQuery(sessionQuery());
  return <ReviewQueuePage writesTeamNews={session?.allowed.includes('update:write') === true} />;
}

export function yourProjectsLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    await whileSignedIn(queryClient, request, () => queryClient.query(updateQueries.yours()));
    return null;
  };
}

export function YourProjectsRoute() {
  return <YourProjectsPage />;
}
