import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs, useLoaderData, useParams } from 'react-router';
import { idFromPath } from '../../domain/id';
import { UserPage } from '../../features/users/user-page';
import { userQueries } from '../../features/users/users-api';
import { UsersPage } from '../../features/users/users-page';
import { configQuery } from '../../lib/config-query';
import { organisationListQuery } from '../../lib/organisation-list-query';
import { requireSession, whileSignedIn } from './require-session';

/** Signed in as someone who manages accounts, with the accounts and organisations loaded; else sign in, or 403. */
async function loadForManager(queryClient: QueryClient, request: Request) {
  const session = await requireSession(queryClient, request);
  // The API refuses too; asking first gives a clear page rather than a failed fetch.
  if (!session.allowed.includes('users:manage')) throw data('You do not have permission', { status: 403 });
  const [list] = await whileSignedIn(queryClient, request, () =>
    Promise.all([
      queryClient.query({ ...userQueries.list(), staleTime: 'static' }),
      queryClient.query({ ...organisationListQuery(), staleTime: 'static' }),
    ]),
  );
  return { session, list };
}

export function usersLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    // Only for the demo notice: without the config the page works as ever, so a failure is swallowed.
    await Promise.all([loadForManager(queryClient, request), queryClient.query(configQuery()).catch(() => null)]);
    return null;
  };
}

export function UsersRoute() {
  return <UsersPage />;
}

export function userLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const { session, list } = await loadForManager(queryClient, request);
    const id = idFromPath(params.id);
    if (id === null || !list.users.some((user) => user.id === id)) throw data('Account not found', { status: 404 });
    return { currentUserId: session.user.id };
  };
}

export function UserRoute() {
  const { id } = useParams();
  const { currentUserId } = useLoaderData<Awaited<ReturnType<ReturnType<typeof userLoader>>>>();
  return <UserPage userId={Number(id)} currentUserId={currentUserId} />;
}
