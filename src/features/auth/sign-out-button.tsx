import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { sessionMutationKeys, signOut } from './auth-api';
import type { SignedOutState } from './signed-out-state';
import { useResetAfterNavigation } from './use-reset-after-navigation';

/**
 * Signing out ends the session on the server, so it is a request, not a link. It looks like the
 * other navigation links; if the server cannot be reached the person is told, rather than shown as
 * signed out while their session lives on.
 */
export function SignOutButton() {
  const navigate = useNavigate();
  const resetAfterNavigation = useResetAfterNavigation();
  const mutation = useMutation({
    mutationKey: sessionMutationKeys.signOut,
    mutationFn: signOut,
    onSuccess: async () => {
      // Forget what this person could see once the portfolio is showing, not while a page for
      // signed-in people is still on screen to ask for it again.
      resetAfterNavigation(null);
      const state: SignedOutState = { signedOut: true };
      await navigate('/', { state });
    },
  });
  return (
    <>
      <button
        type="button"
        className="govuk-service-navigation__link app-link-button"
        onClick={() => {
          if (!mutation.isPending) mutation.mutate();
        }}
      >
        Sign out
      </button>
      {mutation.isError ? (
        <span className="govuk-error-message app-nav-error" role="alert">
          <span className="govuk-visually-hidden">Error:</span> Signing out failed. Try again.
        </span>
      ) : null}
    </>
  );
}
