import { useLoaderData, useParams } from 'react-router';
import { OrganisationPage } from '../../features/organisations/organisation-page';
import type { organisationLoader } from './organisation-loader';

export function OrganisationRoute() {
  const { slug = '' } = useParams();
  const { page } = useLoaderData<Awaited<ReturnType<ReturnType<typeof organisationLoader>>>>();
  return <OrganisationPage slug={slug} page={page} />;
}
