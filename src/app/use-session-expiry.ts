import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, useNavigation } from 'react-router';
import { signInHref } from '../domain/return-to';
import { sessionQuery } from '../features/auth/auth-api';
import { useResetAfterNavigation } from '../features/auth/use-reset-after-navigation';
import { hasStatus } from '../lib/api-client';

/**
 * When the API answers 401 to someone the app believed was signed in (their session timed out,
 * or was ended when their account changed), take them to sign in, saying why, and bring them
 * back to this page afterwards. This catches failed saves and background refetches from any
 * feature; loaders handle their own 401s, as only they know the page being opened (see
 * routes/require-session.ts), so this stays out of the way while a navigation is loading.
 */
export function useSessionExpiry(): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const resetAfterNavigation = useResetAfterNavigation();
  const latest = useRef({ location, idle: navigation.state === 'idle' });
  useEffect(() => {
    latest.current = { location, idle: navigation.state === 'idle' };
  });

  useEffect(() => {
    const sessionKey = sessionQuery().queryKey;
    let handling = false;
    const onUnauthorised = () => {
      if (!latest.current.idle || handling) return;
      handling = true;
      // Signed out at once, so the header says so and further 401s from this page are not handled again.
      queryClient.setQueryData(sessionKey, null);
      const { pathname, search, hash } = latest.current.location;
      resetAfterNavigation(null);
      void Promise.resolve(navigate(signInHref(`${pathname}${search}${hash}`, { sessionEnded: true }))).finally(() => {
        handling = false;
      });
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error' || !isUnauthorised(event.action.error)) return;
      // A page already known to be signed out that is still fetching is on its way out, not news.
      if (queryClient.getQueryData(sessionKey) == null) return;
      onUnauthorised();
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error' || !isUnauthorised(event.action.error)) return;
      // A 401 from signing in means the details were wrong, not that a session ended. Any other
      // save was offered only to someone signed in, so they believed they were, even if the
      // header has since caught up.
      if (event.mutation.options.mutationKey?.[0] === 'session') return;
      onUnauthorised();
    });
    // The layout loads this once it knows someone is signed in, so a save or a fetch may already
    // have been refused before it was listening: catch up with what the caches hold.
    const refusedMutation = queryClient
      .getMutationCache()
      .getAll()
      .some((mutation) => mutation.state.status === 'error' && isUnauthorised(mutation.state.error) && mutation.options.mutationKey?.[0] !== 'session');
    const refusedQuery = queryClient
      .getQueryCache()
      .getAll()
      .some((query) => query.state.status === 'error' && isUnauthorised(query.state.error));
    if (refusedMutation || (refusedQuery && queryClient.getQueryData(sessionKey) != null)) onUnauthorised();
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, navigate, resetAfterNavigation]);
}

function isUnauthorised(error: unknown): boolean {
  return hasStatus(error, 401);
}

/**
 * The hook as a component, so the layout loads it only for someone it has known as signed in:
 * a visitor never meets a session that ends.
 */
export function SessionExpiry(): null {
  useSessionExpiry();
  return null;
}
