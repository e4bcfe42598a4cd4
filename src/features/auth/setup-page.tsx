import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { PasswordInput } from '../../components/password-input';
import { SummaryList } from '../../components/summary-list';
import { TextInput } from '../../components/text-input';
import { useDocumentTitle } from '../../components/use-document-title';
import { type CompleteSetup, MIN_PASSWORD_LENGTH, roleLabels } from '../../domain/user';
import { hasStatus } from '../../lib/api-client';
import { toFormErrors } from '../../lib/form-errors';
import { textValue } from '../../lib/form-values';
import { completeSetup, resetUserData, sessionMutationKeys } from './auth-api';
import { setupQueries } from './setup-api';

const FIELD_IDS = { email: 'email', displayName: 'display-name', password: 'password' } as const;

/**
 * Following a one-time link: an invited person chooses their password; the very first manager
 * also gives their email address and name, as no one else could have entered them.
 */
export function SetupPage({ token }: { token: string }) {
  const { data: details } = useSuspenseQuery(setupQueries.details(token));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const firstManager = details.email === null;
  const mutation = useMutation({
    mutationKey: sessionMutationKeys.setup,
    mutationFn: (input: CompleteSetup) => completeSetup(token, input),
    onSuccess: async (session) => {
      resetUserData(queryClient, session);
      // The first manager's next job is adding everyone else.
      // The link's details stay cached: removing them while this page may still be drawn (its
      // navigation can wait on code still loading) would have it fetch them again, and be refused.
      // They are never shown again: the details are always stale, so a later visit asks afresh.
      await navigate(session.allowed.includes('users:manage') ? '/users' : '/', { replace: true });
    },
  });
  const title = firstManager ? 'Set up the first manager account' : details.existingAccount ? 'Choose a new password' : 'Create your account';
  const errors = toFormErrors(mutation.error, FIELD_IDS);
  useDocumentTitle(errors.summary.length > 0 ? `Error: ${title}` : title);

  // Used in another tab, or expired while the form was open.
  if (hasStatus(mutation.error, 410)) return <SetupLinkExpired />;

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    mutation.mutate({
      ...(firstManager ? { email: textValue(form, 'email') } : {}),
      displayName: textValue(form, 'displayName'),
      password: textValue(form, 'password'),
    });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <ErrorSummary errors={errors.summary} />
        <h1 className="govuk-heading-xl">{title}</h1>
        {firstManager ? (
          <p className="govuk-body">
            Nobody has an account yet. This account will be an LDCU manager, who can add everyone else.
          </p>
        ) : (
          <SummaryList
            rows={[
              { key: 'Email address', value: details.email },
              { key: 'Role', value: roleLabels[details.role] },
            ]}
          />
        )}
        <form noValidate onSubmit={submit}>
          {firstManager ? (
            <TextInput
              id={FIELD_IDS.email}
              name="email"
              type="email"
              label="Email address"
              autoComplete="username"
              spellCheck={false}
              error={errors.fields.email}
            />
          ) : null}
          <TextInput
            id={FIELD_IDS.displayName}
            name="displayName"
            label="Your name"
            hint="As colleagues will see it"
            autoComplete="name"
            spellCheck={false}
            defaultValue={details.displayName ?? ''}
            widthClass="govuk-!-width-two-thirds"
            error={errors.fields.displayName}
          />
          <PasswordInput
            id={FIELD_IDS.password}
            name="password"
            label="Choose a password"
            hint={`Your password must be at least ${MIN_PASSWORD_LENGTH} characters long. A few unrelated words you will remember make a strong one.`}
            autoComplete="new-password"
            error={errors.fields.password}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {details.existingAccount ? 'Save password' : 'Create account'}
          </button>
          <p className="govuk-body app-muted" role="status">
            {mutation.isPending ? 'Creating your account…' : ''}
          </p>
        </form>
      </div>
    </div>
  );
}

export function SetupLinkExpired() {
  useDocumentTitle('This link has expired or has already been used');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-xl">This link has expired or has already been used</h1>
        <p className="govuk-body">A set-up link works once, for 24 hours after it was made.</p>
        <p className="govuk-body">Ask an LDCU manager to send you a new link.</p>
        <p className="govuk-body">
          If you have already chosen your password,{' '}
          <Link className="govuk-link" to="/sign-in">
            sign in
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
