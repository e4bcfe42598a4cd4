import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { sessionQuery } from '../../features/auth/auth-api';
import { portfolioQueries } from '../../features/portfolio/portfolio-api';
import { parseFilters, parseView } from '../../features/portfolio/portfolio-filters';
import { parsePage } from '../../lib/page-param';
import { PortfolioPage } from '../../features/portfolio/portfolio-page';
import { organisationListQuery } from '../../lib/organisation-list-query';

export function portfolioLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const { organisations } = await queryClient.query({ ...organisationListQuery(), staleTime: 'static' });
    const params = new URL(request.url).searchParams;
    const parsed = parseFilters(params, new Set(organisations.map((organisation) => organisation.slug)));
    const page = parsePage(params);
    const view = parseView(params);
    await Promise.all([
      queryClient.query({ ...portfolioQueries.list(parsed.filters, page), staleTime: 'static' }),
      // The table's code loads beside its data, not after it.
      view === 'table' ? import('../../features/portfolio/portfolio-table') : null,
    ]);
    return { ...parsed, page, view };
  };
}

export function PortfolioRoute() {
  const { filters, invalid, page, view } = useLoaderData<Awaited<ReturnType<ReturnType<typeof portfolioLoader>>>>();
  // Not suspended on: the layout's loader has asked already, and the page works without an answer, with no link.
  const { data: session } = useQuery(sessionQuery());
  return <PortfolioPage filters={filters} invalid={invalid} page={page} view={view} canAddProject={session?.allowed.includes('project:create') === true} />;
}
