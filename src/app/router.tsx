import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';
import { PortfolioRoute, portfolioLoader } from './routes/portfolio-route';

/**
 * The portfolio is the page most people land on, so it is in the first bundle; the other pages
 * (and the Markdown renderer they bring) load when first visited.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <Layout />,
      hydrateFallbackElement: <LoadingPage />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, loader: portfolioLoader(queryClient), element: <PortfolioRoute /> },
            {
              path: 'projects/:slug',
              lazy: async () => {
                const { ProjectRoute, projectLoader } = await import('./routes/project-route');
                return { loader: projectLoader(queryClient), Component: ProjectRoute };
              },
            },
            {
              path: 'organisations',
              lazy: async () => {
                const { OrganisationsRoute, organisationsLoader } = await import('./routes/organisations-route');
                return { loader: organisationsLoader(queryClient), Component: OrganisationsRoute };
              },
            },
            {
              path: 'organisations/:slug',
              lazy: async () => {
                const { OrganisationRoute, organisationLoader } = await import('./routes/organisation-route');
                return { loader: organisationLoader(queryClient), Component: OrganisationRoute };
              },
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

function LoadingPage() {
  return (
    <p className="govuk-body app-loading" role="status">
      Loading the portfolio…
    </p>
  );
}
