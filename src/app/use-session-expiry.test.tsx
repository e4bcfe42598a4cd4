import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { sessionQuery } from '../features/auth/auth-api';
import { ApiRequestError } from '../lib/api-client';
import { createQueryClient } from '../lib/query-client';
import { SessionExpiry } from './use-session-expiry';

/**
 * The layout loads the watcher only once it knows someone is signed in, so on a slow connection
 * a save can be refused before it is listening. It must still send the person to sign in.
 */
describe('the session expiry watcher, arriving late', () => {
  async function renderWithRefusedSave(mutationKey: readonly string[]) {
    const queryClient = createQueryClient({ retry: false });
    queryClient.setQueryData(sessionQuery().queryKey, null);
    const refused = queryClient.getMutationCache().build(queryClient, {
      mutationKey,
      mutationFn: () => Promise.reject(new ApiRequestError(401, 'Sign in to continue')),
    });
    await refused.execute(undefined).catch(() => undefined);
    const router = createMemoryRouter(
      [
        { path: '/projects/housing-repairs/updates/new', element: <SessionExpiry /> },
        { path: '/sign-in', element: <h1>Sign in</h1> },
      ],
      { initialEntries: ['/projects/housing-repairs/updates/new'] },
    );
    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    return router;
  }

  it('catches up with a save refused before it was listening', async () => {
    const router = await renderWithRefusedSave(['updates', 'save']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?returnTo=%2Fprojects%2Fhousing-repairs%2Fupdates%2Fnew&reason=session-ended');
  });

  it('leaves a refused sign-in alone: wrong details are not an ended session', async () => {
    const router = await renderWithRefusedSave(['session', 'sign-in']);
    expect(router.state.location.pathname).toBe('/projects/housing-repairs/updates/new');
    expect(screen.queryByRole('heading', { name: 'Sign in' })).not.toBeInTheDocument();
  });
});
