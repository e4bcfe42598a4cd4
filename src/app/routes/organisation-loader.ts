import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { organisationQueries } from '../../features/organisations/organisations-api';
import { parsePage } from '../../lib/page-param';

/** Outside the page's lazy module, as projectLoader is, so data and code arrive together. */
export function organisationLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const page = parsePage(new URL(request.url).searchParams);
    await queryClient.query({ ...organisationQueries.detail(params.slug ?? '', page), staleTime: 'static' });
    return { page };
  };
}
