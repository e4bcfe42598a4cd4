import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useLoaderData, useParams } from 'react-router';
import { setupQueries } from '../../features/auth/setup-api';
import { SetupLinkExpired, SetupPage } from '../../features/auth/setup-page';
import { hasStatus } from '../../lib/api-client';

export function setupLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    try {
      await queryClient.query(setupQueries.details(params.token ?? ''));
      return { expired: false };
    } catch (error) {
      // 410 covers used, expired and unknown links alike: the server does not say which.
      if (hasStatus(error, 410)) return { expired: true };
      throw error;
    }
  };
}

export function SetupRoute() {
  const { token = '' } = useParams();
  const { expired } = useLoaderData<Awaited<ReturnType<ReturnType<typeof setupLoader>>>>();
  return expired ? <SetupLinkExpired /> : <SetupPage token={token} />;
}
