import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import { useDocumentTitle } from '../../components/use-document-title';
import { type ProjectStatus, projectStatuses, projectStatusLabels } from '../../domain/project';
import { ApiRequestError } from '../../lib/api-client';
import { toFormErrors } from '../../lib/form-errors';
import { textValue } from '../../lib/form-values';
import { organisationListQuery } from '../../lib/organisation-list-query';
import { chosenOrganisation, OrganisationPicker, organisationChoiceTarget, useOrganisationSearch } from './organisation-picker';
import { createProject, type NewProjectSubmission } from './project-edits-api';
import { projectQueries } from './projects-api';

const LEAD_ID = 'new-project-lead';

/**
 * The API names a lead's fields by their place in the list (`leads.0.newOrganisation.name`); the
 * form has one lead, so each message goes to the control it is about.
 */
function formFieldOf(path: string): string {
  if (/^leads\.\d+\.newOrganisation\.name$/.test(path)) return 'newOrganisationName';
  if (/^leads\.\d+\.newOrganisation\.kind$/.test(path)) return 'newOrganisationKind';
  return path === 'leads' || path.startsWith('leads.') ? 'lead' : path;
}

function withFormFields(error: unknown): unknown {
  if (!(error instanceof ApiRequestError)) return error;
  const fields: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(error.fields)) (fields[formFieldOf(path)] ??= []).push(...messages);
  return new ApiRequestError(error.status, error.message, fields, error.body);
}

/**
 * For LDCU managers: a new project, with its name, summary, status, funding stream and the
 * organisation that leads it, found by name or added there and then. Saved, it opens the new
 * project's page. One lead here: any more, and its partners, are the project's partnerships,
 * added once it exists.
 */
export function NewProjectPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const search = useOrganisationSearch(LEAD_ID);
  const [status, setStatus] = useState<ProjectStatus>('active');
  const mutation = useMutation({
    mutationFn: createProject,
    onSuccess: async (created) => {
      // The portfolio's lists and counts, and the organisations (a new lead may have been added), are read again.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: projectQueries.all }),
        queryClient.invalidateQueries({ queryKey: organisationListQuery().queryKey }),
      ]);
      // The project as saved is what its page shows, so the page opens without asking again.
      queryClient.setQueryData(projectQueries.detail(created.slug).queryKey, created);
      await navigate(`/projects/${created.slug}`);
    },
  });
  const errors = toFormErrors(withFormFields(mutation.error), {
    name: 'new-project-name',
    summary: 'new-project-summary',
    status: 'new-project-status',
    fundingStream: 'new-project-funding-stream',
    lead: organisationChoiceTarget(search),
    newOrganisationName: `${LEAD_ID}-new-name`,
    newOrganisationKind: `${LEAD_ID}-new-kind`,
  });
  useDocumentTitle(errors.summary.length > 0 ? 'Error: Add a project' : 'Add a project');

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    const lead = chosenOrganisation(form);
    // Sent as typed: the server trims, checks each field with its own messages, and stores an empty optional box as none.
    const project: NewProjectSubmission = {
      name: textValue(form, 'name'),
      summary: textValue(form, 'summary'),
      status,
      fundingStream: textValue(form, 'fundingStream'),
      leads: lead === null ? [] : [lead],
    };
    mutation.mutate(project);
  };

  return (
    <>
      <Link className="govuk-back-link" to="/">
        Back to the portfolio
      </Link>
      <ErrorSummary errors={errors.summary} />
      <h1 className="govuk-heading-xl" id="new-project-heading">
        Add a project
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          {search.form}
          <form noValidate onSubmit={submit} aria-labelledby="new-project-heading">
            <TextInput id="new-project-name" name="name" label="Name" hint="Its address is made from the name" autoComplete="off" error={errors.fields.name} />
            <Textarea
              id="new-project-summary"
              name="summary"
              label="Summary (optional)"
              hint="A sentence or two on what the project is for, as the portfolio shows it"
              error={errors.fields.summary}
            />
            <Radios
              id="new-project-status"
              name="status"
              legend="Status"
              value={status}
              onChange={setStatus}
              error={errors.fields.status}
              options={projectStatuses.map((value) => ({ value, label: projectStatusLabels[value] }))}
            />
            <TextInput
              id="new-project-funding-stream"
              name="fundingStream"
              label="Funding stream (optional)"
              hint="The fund or programme that pays for the project"
              error={errors.fields.fundingStream}
            />
            <h2 className="govuk-heading-m">Lead organisation</h2>
            <p className="govuk-body">Find the council or other organisation that leads the project. If it is not in the portfolio yet, add it here.</p>
            <OrganisationPicker
              search={search}
              legend="Which organisation leads the project?"
              errors={{ choice: errors.fields.lead, newName: errors.fields.newOrganisationName, newKind: errors.fields.newOrganisationKind }}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Add project
            </button>
            <p className="govuk-body app-muted" role="status">
              {mutation.isPending ? 'Adding the project…' : ''}
            </p>
          </form>
        </div>
      </div>
    </>
  );
}
