import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs, useParams } from 'react-router';
import { idFromPath } from '../../domain/id';
import { sessionQuery } from '../../features/auth/auth-api';
import { NewSprintNotePage } from '../../features/sprint-notes/new-sprint-note-page';
import { SprintNotePage } from '../../features/sprint-notes/sprint-note-page';
import { sprintNoteQueries } from '../../features/sprint-notes/sprint-notes-api';
import { SprintNotesArchivePage } from '../../features/sprint-notes/sprint-notes-archive-page';
import { hasStatus } from '../../lib/api-client';
import { requireSession, whileSignedIn } from './require-session';

// Sprint Notes' pages, with the Markdown renderer they bring, load only when first visited.

function notFound(): never {
  throw data('Page not found', { status: 404 });
}

export function sprintNotesLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    // Those who compose get the drafts too, so a session that ended meanwhile must not pass for a visitor's.
    await whileSignedIn(queryClient, request, () => queryClient.query(sprintNoteQueries.list()));
    return null;
  };
}

export function SprintNotesRoute() {
  const { data: session } = useSuspenseQuery(sessionQuery());
  return <SprintNotesArchivePage composes={session?.allowed.includes('sprint-notes:compose') === true} />;
}

export function newSprintNoteLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await requireSession(queryClient, request);
    if (!session.allowed.includes('sprint-notes:compose')) throw data('You do not have permission', { status: 403 });
    // The period offered follows the latest issue.
    await whileSignedIn(queryClient, request, () => queryClient.query(sprintNoteQueries.list()));
    return null;
  };
}

export function NewSprintNoteRoute() {
  return <NewSprintNotePage />;
}

export function sprintNoteLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const number = idFromPath(params.number) ?? notFound();
    try {
      await whileSignedIn(queryClient, request, () => queryClient.query(sprintNoteQueries.detail(number)));
    } catch (error) {
      if (!hasStatus(error, 404)) throw error;
      // Drafts are not there for visitors: someone not signed in may be composing it.
      await requireSession(queryClient, request);
      notFound();
    }
    return null;
  };
}

export function SprintNoteRoute() {
  return <SprintNotePage number={idFromPath(useParams().number) ?? 0} />;
}
