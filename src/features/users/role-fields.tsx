import type { OrganisationListItem, OrganisationSummary } from '../../domain/organisation';
import { type Role, roleLabels, roles } from '../../domain/user';
import { Radios } from '../../components/radios';
import { SelectField } from '../../components/select-field';

const ROLE_HINTS: Record<Role, string> = {
  manager: 'Everything, including managing accounts',
  engagement: 'Reviews and edits updates and compiles Sprint Notes',
  council: 'Writes updates and edits links for their own organisation’s projects',
};

/**
 * The role radios, with the organisation revealed under "Council staff", who act only for their
 * own organisation. An account already in several organisations keeps each as a checkbox; the
 * select adds one more.
 */
export function RoleFields({
  idPrefix,
  role,
  onRoleChange,
  organisations,
  current = [],
  errors,
}: {
  idPrefix: string;
  role: Role | undefined;
  onRoleChange: (role: Role) => void;
  organisations: readonly OrganisationListItem[];
  current?: readonly OrganisationSummary[];
  errors: { role?: string; organisations?: string };
}) {
  const choices = organisations
    .filter((organisation) => !current.some((own) => own.slug === organisation.slug))
    .map((organisation) => ({ value: organisation.slug, text: organisation.name }));
  const organisationControls = (
    <>
      {current.length === 0 ? null : (
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Organisations</legend>
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {current.map((organisation) => (
                <div className="govuk-checkboxes__item" key={organisation.slug}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`${idPrefix}-keep-${organisation.slug}`}
                    name="organisations"
                    type="checkbox"
                    value={organisation.slug}
                    defaultChecked
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`${idPrefix}-keep-${organisation.slug}`}>
                    {organisation.name}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      <SelectField
        id={`${idPrefix}-organisation`}
        name="organisations"
        label={current.length === 0 ? 'Organisation' : 'Add an organisation'}
        hint={current.length === 0 ? 'The council or other organisation this person works for' : undefined}
        emptyText={current.length === 0 ? 'Choose an organisation' : 'No other organisation'}
        options={choices}
        error={errors.organisations}
      />
    </>
  );
  return (
    <Radios
      id={`${idPrefix}-role`}
      name="role"
      legend="Role"
      error={errors.role}
      value={role}
      onChange={onRoleChange}
      options={roles.map((value) => ({
        value,
        label: roleLabels[value],
        hint: ROLE_HINTS[value],
        ...(value === 'council' ? { conditional: organisationControls } : {}),
      }))}
    />
  );
}

/** The organisations chosen in the form: kept checkboxes and the select, for council staff only. */
export function chosenOrganisations(form: FormData, role: Role | undefined): string[] {
  if (role !== 'council') return [];
  const slugs = form.getAll('organisations').filter((value): value is string => typeof value === 'string' && value !== '');
  return [...new Set(slugs)];
}
