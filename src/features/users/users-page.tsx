import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type SyntheticEvent, useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { ScrollableTable } from '../../components/scrollable-table';
import { TextInput } from '../../components/text-input';
import { useDocumentTitle } from '../../components/use-document-title';
import { type Role, roleLabels } from '../../domain/user';
import { configQuery } from '../../lib/config-query';
import { toFormErrors } from '../../lib/form-errors';
import { textValue } from '../../lib/form-values';
import { organisationListQuery } from '../../lib/organisation-list-query';
import { chosenOrganisations, RoleFields } from './role-fields';
import { SetupLinkPanel } from './setup-link-panel';
import { organisationNames, UserStatusTag } from './user-labels';
import { type CreatedUser, createUser, userQueries } from './users-api';

const FIELD_IDS = {
  email: 'new-email',
  displayName: 'new-display-name',
  role: 'new-role',
  organisations: 'new-organisation',
} as const;

/** LDCU managers' list of accounts, and the form to add one. */
export function UsersPage() {
  const { data } = useSuspenseQuery(userQueries.list());
  const { data: organisationList } = useSuspenseQuery(organisationListQuery());
  // Not suspended on: the notice is a courtesy, and the page works without the config.
  const { data: config } = useQuery(configQuery());
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role | undefined>(undefined);
  // Kept apart from the mutation, so the link stays on screen while the next account is typed in.
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: async (result) => {
      setCreated(result);
      await queryClient.invalidateQueries({ queryKey: userQueries.all });
    },
  });
  const errors = toFormErrors(mutation.error, FIELD_IDS);
  useDocumentTitle(errors.summary.length > 0 ? 'Error: Users' : 'Users');

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    mutation.mutate(
      {
        email: textValue(form, 'email'),
        displayName: textValue(form, 'displayName'),
        ...(role === undefined ? {} : { role }),
        organisations: chosenOrganisations(form, role),
      },
      {
        // Cleared only once saved: after a refusal, what was typed stays to be corrected.
        onSuccess: () => {
          formElement.reset();
          setRole(undefined);
        },
      },
    );
  };

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      {created === null ? null : (
        <SetupLinkPanel
          key={created.setupLink.url}
          heading={`Account added for ${created.user.displayName}`}
          email={created.user.email}
          link={created.setupLink}
        />
      )}
      <h1 className="govuk-heading-xl">Users</h1>
      <p className="govuk-body-l">The people who can sign in to the portfolio, and what each of them can do.</p>
      {config?.demo === true ? (
        <div className="govuk-inset-text">This is a demo. Accounts you add here are removed when the demo restarts.</div>
      ) : null}

      <section aria-labelledby="accounts-heading">
        <h2 className="govuk-heading-l" id="accounts-heading">
          Accounts
        </h2>
        {data.users.length === 0 ? (
          <p className="govuk-body">No accounts yet. Add the first below.</p>
        ) : (
          <ScrollableTable label="Table of accounts">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Accounts, with their role and status</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Name
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Email address
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Role
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Organisations
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Status
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {data.users.map((user) => (
                  <tr className="govuk-table__row" key={user.id}>
                    <th scope="row" className="govuk-table__header app-table__row-header">
                      <Link className="govuk-link" to={`/users/${user.id}`}>
                        {user.displayName}
                      </Link>
                    </th>
                    <td className="govuk-table__cell">{user.email}</td>
                    <td className="govuk-table__cell">{roleLabels[user.role]}</td>
                    <td className="govuk-table__cell">{organisationNames(user)}</td>
                    <td className="govuk-table__cell">
                      <UserStatusTag user={user} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
        )}
        <p className="govuk-body">Choose a name to change that person’s role or organisations, disable their account or send them a new set-up link.</p>
      </section>

      <section aria-labelledby="add-heading" className="govuk-!-margin-top-8">
        <h2 className="govuk-heading-l" id="add-heading">
          Add an account
        </h2>
        <p className="govuk-body">The new person gets a one-time link to choose their own password, so nobody else ever knows it.</p>
        <form noValidate onSubmit={submit} aria-labelledby="add-heading">
          <TextInput
            id={FIELD_IDS.email}
            name="email"
            type="email"
            label="Email address"
            autoComplete="off"
            spellCheck={false}
            widthClass="govuk-!-width-two-thirds"
            error={errors.fields.email}
          />
          <TextInput
            id={FIELD_IDS.displayName}
            name="displayName"
            label="Full name"
            autoComplete="off"
            spellCheck={false}
            widthClass="govuk-!-width-two-thirds"
            error={errors.fields.displayName}
          />
          <RoleFields
            idPrefix="new"
            role={role}
            onRoleChange={setRole}
            organisations={organisationList.organisations}
            errors={{ role: errors.fields.role, organisations: errors.fields.organisations }}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Add account
          </button>
          <p className="govuk-body app-muted" role="status">
            {mutation.isPending ? 'Adding the account…' : ''}
          </p>
        </form>
      </section>
    </>
  );
}
