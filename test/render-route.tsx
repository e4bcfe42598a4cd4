import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createRoutes } from '../src/app/router';
import { createQueryClient } from '../src/lib/query-client';

/**
 * Renders the whole app at a URL, as a person arriving from a link would see it: the real routes,
 * loaders and query client, talking to the real API through msw. `router.state.location` tells a
 * test where the app has navigated to.
 */
export function renderRoute(url: string) {
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient };
}
