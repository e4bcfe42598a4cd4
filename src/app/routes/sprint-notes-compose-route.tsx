import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs, useParams } from 'react-router';
import { idFromPath } from '../../domain/id';
import { sessionQuery } from '../../features/auth/auth-api';
import { ComposerPage } from '../../features/sprint-notes/composer-page';
import { sprintNoteQueries } from '../../features/sprint-notes/sprint-notes-api';
import { hasStatus } from '../../lib/api-client';
import { requireSession, whileSignedIn } from './require-session';

/** Composing or correcting an issue: signed in, as someone who composes (engagement staff, managers); else sign in, or 403. */
export function composeLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const session = await requireSession(queryClient, request);
    if (!session.allowed.includes('sprint-notes:compose')) throw data('You do not have permission', { status: 403 });
    const number = idFromPath(params.number);
    if (number === null) throw data('Page not found', { status: 404 });
    try {
      await whileSignedIn(queryClient, request, () => queryClient.query(sprintNoteQueries.detail(number)));
    } catch (error) {
      if (hasStatus(error, 404)) throw data('Page not found', { status: 404 });
      throw error;
    }
    return null;
  };
}

export function ComposeRoute() {
  const number = idFromPath(useParams().number) ?? 0;
  const { data: session } = useSuspenseQuery(sessionQuery());
  return <ComposerPage number={number} userId={session?.user.id ?? 0} />;
}
