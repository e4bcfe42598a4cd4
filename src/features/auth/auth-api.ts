import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { type CompleteSetup, currentSessionSchema, type Session, sessionSchema, type SignIn } from '../../domain/user';
import { getJson, sendJson } from '../../lib/api-client';

/** Queries whose answer is the same whoever asks, so signing in or out need not fetch them again. */
const SHARED_KEYS = new Set(['session', 'config', 'organisations', 'setup']);

export const sessionQuery = () =>
  queryOptions({
    queryKey: ['session'] as const,
    // Nobody signed in is an answer, not a failure: the header shows "Sign in" and pages carry on.
    queryFn: async ({ signal }): Promise<Session | null> => {
      const current = await getJson('/api/session', currentSessionSchema, signal);
      return current.user === null ? null : { user: current.user, allowed: current.allowed };
    },
    staleTime: 60_000,
  });

/** Mutation keys under 'session': their 401 means "wrong details", not "your session ended". */
export const sessionMutationKeys = {
  signIn: ['session', 'sign-in'] as const,
  signOut: ['session', 'sign-out'] as const,
  setup: ['session', 'setup'] as const,
};

export const signIn = (details: SignIn) => sendJson('POST', '/api/session', details, sessionSchema);
export const signOut = () => sendJson('DELETE', '/api/session', {});
export const completeSetup = (token: string, details: CompleteSetup) =>
  sendJson('POST', `/api/setup/${encodeURIComponent(token)}`, details, sessionSchema);

/**
 * After signing in, out or setting up, what the person may see has changed: a project's `allowed`
 * actions, unpublished updates, the list of accounts. Every cached answer that depends on who
 * asked is dropped (loaders read the cache as never stale, so marking them stale would not reach
 * them), and the next page to need one fetches it afresh. Removing does not refetch, so a page
 * still on screen as the person leaves it is not asked again for what they may no longer see.
 */
export function resetUserData(queryClient: QueryClient, session: Session | null): void {
  queryClient.setQueryData(sessionQuery().queryKey, session);
  queryClient.removeQueries({ predicate: (query) => !SHARED_KEYS.has(String(query.queryKey[0])) });
}
