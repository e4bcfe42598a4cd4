import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type SyntheticEvent, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmRemoval } from '../../components/confirm-removal';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { SummaryList } from '../../components/summary-list';
import { TextInput } from '../../components/text-input';
import { useDocumentTitle } from '../../components/use-document-title';
import { type Role, roleLabels, type UpdateUser, type User } from '../../domain/user';
import { toFormErrors } from '../../lib/form-errors';
import { textValue } from '../../lib/form-values';
import { organisationListQuery } from '../../lib/organisation-list-query';
import { chosenOrganisations, RoleFields } from './role-fields';
import { SetupLinkPanel } from './setup-link-panel';
import { organisationNames, UserStatusTag } from './user-labels';
import { createSetupLink, type CreatedUser, updateUser, userQueries } from './users-api';

const FIELD_IDS = {
  displayName: 'edit-display-name',
  role: 'edit-role',
  organisations: 'edit-organisation',
} as const;

type Done = { kind: 'saved' | 'disabled' | 'enabled' } | { kind: 'link'; created: CreatedUser };

const DONE_TEXT = {
  saved: 'Changes saved',
  disabled: 'Account disabled. They have been signed out and cannot sign in until it is enabled again.',
  enabled: 'Account enabled. They can sign in again.',
} as const;

/** One account: change its details, disable or enable it, or make a new set-up link. */
export function UserPage({ userId, currentUserId }: { userId: number; currentUserId: number }) {
  const { data } = useSuspenseQuery(userQueries.list());
  const user = data.users.find((candidate) => candidate.id === userId);
  if (user === undefined) return <AccountNotFound />;
  // Keyed by account, so moving between accounts starts each form afresh.
  return <UserDetails key={user.id} user={user} self={user.id === currentUserId} />;
}

/** The route checks the id before the page opens; this covers an account gone from a list fetched since. */
function AccountNotFound() {
  useDocumentTitle('Account not found');
  return (
    <>
      <h1 className="govuk-heading-xl">Account not found</h1>
      <p className="govuk-body">
        There is no such account. Go back to the{' '}
        <Link className="govuk-link" to="/users">
          list of users
        </Link>
        .
      </p>
    </>
  );
}

function UserDetails({ user, self }: { user: User; self: boolean }) {
  const queryClient = useQueryClient();
  const { data: organisationList } = useSuspenseQuery(organisationListQuery());
  const [role, setRole] = useState<Role>(user.role);
  const [done, setDone] = useState<Done | null>(null);
  const [confirming, setConfirming] = useState(false);

  const saved = async (changed: User) => {
    queryClient.setQueryData(userQueries.list().queryKey, (list) =>
      list === undefined ? list : { users: list.users.map((candidate) => (candidate.id === changed.id ? changed : candidate)) },
    );
    await queryClient.invalidateQueries({ queryKey: userQueries.all });
  };
  const update = useMutation({
    mutationFn: (changes: UpdateUser) => updateUser(user.id, changes),
    onSuccess: async ({ user: changed }, changes) => {
      setDone({ kind: changes.disabled === undefined ? 'saved' : changes.disabled ? 'disabled' : 'enabled' });
      await saved(changed);
    },
  });
  const link = useMutation({
    mutationFn: () => createSetupLink(user.id),
    onSuccess: (created) => setDone({ kind: 'link', created }),
  });
  const failed = update.error ?? link.error;
  const errors = toFormErrors(failed, FIELD_IDS);
  useDocumentTitle(errors.summary.length > 0 ? `Error: ${user.displayName}` : user.displayName);

  const busy = update.isPending || link.isPending;
  const start = () => {
    setDone(null);
    update.reset();
    link.reset();
  };
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    start();
    update.mutate({ displayName: textValue(form, 'displayName'), role, organisations: chosenOrganisations(form, role) });
  };

  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to="/users">
              Users
            </Link>
          </li>
        </ol>
      </nav>
      <ErrorSummary errors={errors.summary} />
      {done === null ? null : done.kind === 'link' ? (
        <SetupLinkPanel
          key={done.created.setupLink.url}
          heading={`New set-up link for ${user.displayName}`}
          email={user.email}
          link={done.created.setupLink}
        />
      ) : (
        <NotificationBanner id="user-saved" type="success" key={done.kind}>
          <p className="govuk-notification-banner__heading">{DONE_TEXT[done.kind]}</p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">Account</span>
      <h1 className="govuk-heading-xl">{user.displayName}</h1>
      <SummaryList
        rows={[
          { key: 'Email address', value: <span className="app-break-anywhere">{user.email}</span> },
          { key: 'Role', value: roleLabels[user.role] },
          { key: 'Organisations', value: organisationNames(user) },
          { key: 'Status', value: <UserStatusTag user={user} /> },
        ]}
      />

      <section aria-labelledby="change-heading">
        <h2 className="govuk-heading-l" id="change-heading">
          Change name, role or organisations
        </h2>
        {self ? <p className="govuk-body">You cannot remove your own manager role, so that someone can always manage accounts.</p> : null}
        <form noValidate onSubmit={submit} aria-labelledby="change-heading">
          <TextInput
            id={FIELD_IDS.displayName}
            name="displayName"
            label="Full name"
            autoComplete="off"
            spellCheck={false}
            defaultValue={user.displayName}
            widthClass="govuk-!-width-two-thirds"
            error={errors.fields.displayName}
          />
          <RoleFields
            idPrefix="edit"
            role={role}
            onRoleChange={setRole}
            organisations={organisationList.organisations}
            current={user.organisations}
            errors={{ role: errors.fields.role, organisations: errors.fields.organisations }}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save changes
          </button>
        </form>
      </section>

      <section aria-labelledby="link-heading">
        <h2 className="govuk-heading-l" id="link-heading">
          Set-up link
        </h2>
        {user.disabled ? (
          <p className="govuk-body">Enable the account before making a new set-up link.</p>
        ) : (
          <>
            <p className="govuk-body">
              {user.active
                ? 'If they have forgotten their password, a new link lets them choose another. Their current password works until they use it.'
                : 'They have not chosen a password yet. If their link has expired or been lost, make a new one.'}
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                if (busy) return;
                start();
                link.mutate();
              }}
            >
              Make a new set-up link
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="access-heading">
        <h2 className="govuk-heading-l" id="access-heading">
          {user.disabled ? 'Enable account' : 'Disable account'}
        </h2>
        {self ? (
          <p className="govuk-body">You cannot disable your own account.</p>
        ) : (
          <>
            <p className="govuk-body">
              {user.disabled
                ? 'They will be able to sign in again with their password.'
                : 'They will be signed out at once and will not be able to sign in. You can enable the account again later.'}
            </p>
            {confirming && !user.disabled ? (
              // Disabling signs the person out at once, so it is asked first; enabling is not.
              <ConfirmRemoval
                id="disable-account"
                question={`Are you sure you want to disable ${user.displayName}’s account?`}
                consequence="They will be signed out at once and will not be able to sign in until the account is enabled again."
                confirm="Yes, disable the account"
                cancel="No, leave it enabled"
                pending={busy}
                errors={[]}
                onConfirm={() => {
                  if (busy) return;
                  start();
                  setConfirming(false);
                  update.mutate({ disabled: true });
                }}
                onCancel={() => {
                  setConfirming(false);
                }}
              />
            ) : (
              <button
                type="button"
                className={`govuk-button${user.disabled ? ' govuk-button--secondary' : ' govuk-button--warning'}`}
                onClick={() => {
                  if (busy) return;
                  if (!user.disabled) {
                    setConfirming(true);
                    return;
                  }
                  start();
                  update.mutate({ disabled: false });
                }}
              >
                {user.disabled ? 'Enable account' : 'Disable account'}
              </button>
            )}
          </>
        )}
      </section>
      <p className="govuk-body app-muted" role="status">
        {busy ? 'Saving…' : ''}
      </p>
    </>
  );
}
