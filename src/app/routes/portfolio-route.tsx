import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { sessionQuery } from '../../features/auth/auth-api';
import { portfolioQueries } from '../../features/portfolio/portfolio-api';
import { parseFilters } from '../../features/portfolio/portfolio-filters';
import { parsePage } from '../../lib/page-param';
import { PortfolioPage } from '../../features/portfolio/portfolio-page';
import { organisationListQuery } from '../../lib/organisation-list-query';

export function portfolioLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const { organisations } = await queryClient.query({ ...organisationListQuery(), staleTime: 'static' });
    const params = new URL(request.url).searchParams;
    const parsed = parseFilters(params, new Set(organisations.map((organisation) => organisation.slug)));
    const page = parsePage(params);
    await queryClient.query({ ...portfolioQueries.list(parsed.filters, page), staleTime: 'static' });
    return { ...parsed, page };
  };
}

export function PortfolioRoute() {
  const { filters, invalid, page } = useLoaderData<Awaited<ReturnType<ReturnType<typeof portfolioLoader>>>>();
  // Not suspended on: the layout's loader has asked already, and the page works without an answer, with no link.
  const { data: session } = useQuery(sessionQuery());
  return <PortfolioPage filters={filters} invalid={invalid} page={page} canAddProject={session?.allowed.includes('project:create') === true} />;
}
