import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { parseFilters } from '../../features/portfolio/portfolio-filters';
import { timelineQueries } from '../../features/timeline/timeline-api';
import { TimelinePage } from '../../features/timeline/timeline-page';
import { organisationListQuery } from '../../lib/organisation-list-query';
import { parsePage } from '../../lib/page-param';

// The timeline, with its chart and its styles, loads only when first visited.

/** Reads the portfolio's filters from the address as the portfolio does, so a link from a filtered portfolio shows the same projects. */
export function timelineLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const { organisations } = await queryClient.query({ ...organisationListQuery(), staleTime: 'static' });
    const params = new URL(request.url).searchParams;
    const { filters, invalid } = parseFilters(params, new Set(organisations.map((organisation) => organisation.slug)));
    const page = parsePage(params);
    await queryClient.query({ ...timelineQueries.list(filters, page), staleTime: 'static' });
    return { filters, ignoredFilters: invalid.length > 0, page };
  };
}

export function TimelineRoute() {
  const { filters, ignoredFilters, page } = useLoaderData<Awaited<ReturnType<ReturnType<typeof timelineLoader>>>>();
  return <TimelinePage filters={filters} ignoredFilters={ignoredFilters} page={page} />;
}
