import type { QueryClient } from '@tanstack/react-query';
import { OrganisationsListPage } from '../../features/organisations/organisations-list-page';
import { organisationListQuery } from '../../lib/organisation-list-query';

export function organisationsLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.query({ ...organisationListQuery(), staleTime: 'static' });
    return null;
  };
}

export function OrganisationsRoute() {
  return <OrganisationsListPage />;
}
