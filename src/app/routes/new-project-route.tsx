import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { NewProjectPage } from '../../features/projects/new-project-page';
import { requireSession } from './require-session';

/** Adding a project: signed in, as someone who may (LDCU managers); else sign in, or 403. */
export function newProjectLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await requireSession(queryClient, request);
    // The API refuses too; asking first gives a clear page rather than a form that can never be saved.
    if (!session.allowed.includes('project:create')) throw data('You do not have permission', { status: 403 });
    return null;
  };
}

export function NewProjectRoute() {
  return <NewProjectPage />;
}
