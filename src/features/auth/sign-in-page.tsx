import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { PasswordInput } from '../../components/password-input';
import { TextInput } from '../../components/text-input';
import { useDocumentTitle } from '../../components/use-document-title';
import { homeFor } from '../../domain/home-for';
import { hasStatus } from '../../lib/api-client';
import { configQuery } from '../../lib/config-query';
import { toFormErrors } from '../../lib/form-errors';
import { textValue } from '../../lib/form-values';
import { resetUserData, sessionMutationKeys, signIn } from './auth-api';

const FIELD_IDS = { email: 'email', password: 'password' } as const;

/**
 * Sign in, in the GOV.UK pattern. The fields are uncontrolled, so a refused attempt leaves what
 * the person typed in place for them to correct.
 */
/** `returnTo` is where the person was going, or null if they opened this page directly. */
export function SignInPage({ returnTo, sessionEnded }: { returnTo: string | null; sessionEnded: boolean }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // The demo accounts are a nicety: if the config cannot be read, the form still works without them.
  const { data: config } = useQuery(configQuery());
  const mutation = useMutation({
    mutationKey: sessionMutationKeys.signIn,
    mutationFn: signIn,
    onSuccess: async (session) => {
      resetUserData(queryClient, session);
      // Replace, so Back from where they land does not return to a form they have finished with.
      await navigate(returnTo ?? homeFor(session), { replace: true });
    },
  });
  // A wrong email or password points at the email field; being made to wait is about neither field.
  const refused = hasStatus(mutation.error, 401);
  const errors = toFormErrors(mutation.error, FIELD_IDS, refused ? { messageField: 'email' } : {});
  useDocumentTitle(errors.summary.length > 0 ? 'Error: Sign in' : 'Sign in');

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    mutation.mutate({ email: textValue(form, 'email'), password: textValue(form, 'password') });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <ErrorSummary errors={errors.summary} />
        {sessionEnded ? (
          <NotificationBanner id="session-ended" focusOnArrival>
            <p className="govuk-notification-banner__heading">Your session has ended. Sign in again to continue.</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-xl">Sign in</h1>
        <p className="govuk-body">
          Sign in to write updates and edit your projects’ links, or to manage the portfolio. Anyone can read the portfolio without signing in.
        </p>
        {config?.demo === true ? (
          <div className="govuk-inset-text">
            <h2 className="govuk-heading-s">Demo accounts</h2>
            <p className="govuk-body">
              This is a demonstration. Every account below has the password{' '}
              <strong className="app-code">{config.demoPassword}</strong>
            </p>
            <ul className="govuk-list">
              {config.demoAccounts.map((account) => (
                <li key={account.email}>
                  <strong className="app-code">{account.email}</strong> – {account.description}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <form noValidate onSubmit={submit}>
          <TextInput
            id={FIELD_IDS.email}
            name="email"
            type="email"
            label="Email address"
            autoComplete="username"
            spellCheck={false}
            error={errors.fields.email}
          />
          <PasswordInput
            id={FIELD_IDS.password}
            name="password"
            label="Password"
            autoComplete="current-password"
            error={errors.fields.password}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Sign in
          </button>
          <p className="govuk-body app-muted" role="status">
            {mutation.isPending ? 'Signing in…' : ''}
          </p>
        </form>
        <h2 className="govuk-heading-m">If you cannot sign in</h2>
        <p className="govuk-body">
          Accounts are added by LDCU managers. If you have forgotten your password, or your set-up link has expired, ask an LDCU manager to
          send you a new set-up link.
        </p>
      </div>
    </div>
  );
}
