import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useParams } from 'react-router';
import { organisationQueries } from '../../features/organisations/organisations-api';
import { OrganisationPage } from '../../features/organisations/organisation-page';

export function organisationLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.query({ ...organisationQueries.detail(params.slug ?? ''), staleTime: 'static' });
    return null;
  };
}

export function OrganisationRoute() {
  const { slug = '' } = useParams();
  return <OrganisationPage slug={slug} />;
}
