import type { QueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { safeReturnTo } from '../../domain/return-to';
import { SignInPage } from '../../features/auth/sign-in-page';
import { configQuery } from '../../lib/config-query';

export function signInLoader(queryClient: QueryClient) {
  return async () => {
    // A failure is swallowed: without the config the page still signs people in, just without the demo accounts.
    await queryClient.query(configQuery()).catch(() => null);
    return null;
  };
}

export function SignInRoute() {
  const [params] = useSearchParams();
  const returnTo = params.get('returnTo');
  return <SignInPage returnTo={returnTo === null ? null : safeReturnTo(returnTo)} sessionEnded={params.get('reason') === 'session-ended'} />;
}
