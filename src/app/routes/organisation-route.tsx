import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useLoaderData, useParams } from 'react-router';
import { organisationQueries } from '../../features/organisations/organisations-api';
import { OrganisationPage } from '../../features/organisations/organisation-page';
import { parsePage } from '../../lib/page-param';

export function organisationLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const page = parsePage(new URL(request.url).searchParams);
    await queryClient.query({ ...organisationQueries.detail(params.slug ?? '', page), staleTime: 'static' });
    return { page };
  };
}

export function OrganisationRoute() {
  const { slug = '' } = useParams();
  const { page } = useLoaderData<Awaited<ReturnType<ReturnType<typeof organisationLoader>>>>();
  return <OrganisationPage slug={slug} page={page} />;
}
