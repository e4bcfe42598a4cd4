import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { sessionMutationKeys, signOut } from './auth-api';
import { useResetAfterNavigation } from './use-reset-after-navigation';

/** What the portfolio page is told after someone signs out, so it can say so. */
export interface SignedOutState {
  signedOut: true;
}

export function isSignedOutState(state: unknown): state is SignedOutState {
  return typeof state === 'object' && state !== null && 'signedOut' in state && state.signedOut === true;
}

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
