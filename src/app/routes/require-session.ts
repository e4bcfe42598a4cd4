import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { signInHref } from '../../domain/return-to';
import type { Session } from '../../domain/user';
import { resetUserData, sessionQuery } from '../../features/auth/auth-api';
import { hasStatus } from '../../lib/api-client';

/** The page being opened, to come back to after signing in. */
function pathOf(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

function toSignIn(queryClient: QueryClient, request: Request, sessionEnded: boolean): Response {
  if (sessionEnded) resetUserData(queryClient, null);
  return redirect(signInHref(pathOf(request), { sessionEnded }));
}

/**
 * For loaders of pages that need someone signed in: the session, or a redirect to sign in that
 * returns here. Someone the app last knew as signed in is told their session has ended.
 */
export async function requireSession(queryClient: QueryClient, request: Request): Promise<Session> {
  const known = queryClient.getQueryData(sessionQuery().queryKey);
  const session = await queryClient.query(sessionQuery());
  if (session === null) throw toSignIn(queryClient, request, known != null);
  return session;
}

/** Runs a loader's fetches; a 401 means the session ended since the app last asked. */
export async function whileSignedIn<T>(queryClient: QueryClient, request: Request, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (hasStatus(error, 401)) throw toSignIn(queryClient, request, true);
    throw error;
  }
}
