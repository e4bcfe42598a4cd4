import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { portfolioQueries } from '../../features/portfolio/portfolio-api';
import { parseFilters } from '../../features/portfolio/portfolio-filters';
import { PortfolioPage } from '../../features/portfolio/portfolio-page';
import { organisationListQuery } from '../../lib/organisation-list-query';

export function portfolioLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const { organisations } = await queryClient.query({ ...organisationListQuery(), staleTime: 'static' });
    const parsed = parseFilters(new URL(request.url).searchParams, new Set(organisations.map((organisation) => organisation.slug)));
    await queryClient.query({ ...portfolioQueries.list(parsed.filters), staleTime: 'static' });
    return parsed;
  };
}

export function PortfolioRoute() {
  const { filters, invalid } = useLoaderData<Awaited<ReturnType<ReturnType<typeof portfolioLoader>>>>();
  return <PortfolioPage filters={filters} invalid={invalid} />;
}
