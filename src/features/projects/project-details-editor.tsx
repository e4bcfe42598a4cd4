import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useRef, useState } from 'react';
import { ConflictNotice } from '../../components/conflict-notice';
import { EditPanel, useEditPanel } from '../../components/edit-panel';
import { ErrorSummary } from '../../components/error-summary';
import { FormButtons } from '../../components/form-buttons';
import { Radios } from '../../components/radios';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import { type ProjectDetail, projectDetailSchema, type ProjectStatus, projectStatuses, projectStatusLabels } from '../../domain/project';
import type { ProjectChanges } from '../../domain/project-input';
import { conflictingRecord } from '../../lib/conflict';
import { toFormErrors } from '../../lib/form-errors';
import { textValue } from '../../lib/form-values';
import { showTheirsWhereUntouched } from '../../lib/untouched-fields';
import { changeProjectDetails } from './project-edits-api';
import { projectQueries } from './projects-api';

const FIELD_IDS = {
  name: 'edit-details-name',
  summary: 'edit-details-summary',
  status: 'edit-details-status',
  fundingStream: 'edit-details-funding-stream',
} as const;

type DetailField = keyof typeof FIELD_IDS;

const FIELD_LABELS: Record<DetailField, string> = { name: 'Name', summary: 'Summary', status: 'Status', fundingStream: 'Funding stream' };

/** The boxes' values as the form shows them for a project, by name (see showTheirsWhereUntouched). */
function boxValues(project: ProjectDetail): Record<string, string> {
  return { name: project.name, summary: project.summary ?? '', fundingStream: project.fundingStream ?? '' };
}

function theirValue(project: ProjectDetail, field: DetailField): string {
  if (field === 'status') return projectStatusLabels[project.status];
  return project[field] ?? 'None';
}

/**
 * For LDCU managers (the API's `allowed` says who): a form, opened from a button under the
 * project's summary, to correct its name, summary, status and funding stream. Its address stays
 * when it is renamed, so links to it keep working. It sends the version it read, so a change
 * someone else saved meanwhile is shown, never silently undone.
 */
export function ProjectDetailsEditor({ project }: { project: ProjectDetail }) {
  const queryClient = useQueryClient();
  const { open, theirs, showTheirs, toggle, flip, close } = useEditPanel<ProjectDetail>();
  // The status as chosen, or null while the person has not touched it: an untouched choice follows
  // the page's project, so after a conflict it shows theirs, as the untouched text boxes do.
  const [chosenStatus, setChosenStatus] = useState<ProjectStatus | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const detailKey = projectQueries.detail(project.slug).queryKey;
  const mutation = useMutation({
    // The version read: the page's, which a conflict replaces with the newer one, so saving again is a choice made knowingly.
    mutationFn: (changes: Omit<ProjectChanges, 'version'>) => changeProjectDetails(project.slug, { ...changes, version: project.version }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(detailKey, updated);
      // The name, summary and status are what the portfolio lists, sorts and filters by: its pages are read again.
      await queryClient.invalidateQueries({ queryKey: projectQueries.all });
      setChosenStatus(null);
      close();
    },
    onError: (error) => {
      const current = conflictingRecord(error, projectDetailSchema);
      if (current === null) return;
      showTheirs(current);
      // `project` is still the one the form was filled from: each box left as shown takes their value.
      showTheirsWhereUntouched(formRef.current, boxValues(project), boxValues(current));
      if (chosenStatus === project.status) setChosenStatus(null);
      queryClient.setQueryData(detailKey, current);
    },
  });
  const errors = toFormErrors(mutation.error, FIELD_IDS);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    // Sent as typed: the server trims, refuses an empty name with its own message, and stores an empty optional box as none.
    mutation.mutate({
      name: textValue(form, 'name'),
      summary: textValue(form, 'summary'),
      status: chosenStatus ?? project.status,
      fundingStream: textValue(form, 'fundingStream'),
    });
  };

  return (
    <EditPanel
      id="edit-details"
      open={open}
      toggle={toggle}
      button="Edit project details"
      status={mutation.isSuccess && !open ? 'Project details saved.' : mutation.isPending ? 'Saving project details…' : ''}
      onFlip={() => {
        mutation.reset();
        setChosenStatus(null);
        flip();
      }}
    >
      <form ref={formRef} noValidate onSubmit={submit} aria-labelledby="edit-details-heading" className="app-panel-form">
        <ErrorSummary errors={errors.summary} />
        <h2 className="govuk-heading-m" id="edit-details-heading">
          Edit project details
        </h2>
        {theirs === null ? null : (
          <ConflictNotice
            heading="Someone else saved this project’s details while you were editing"
            headingLevel="h3"
            rows={(Object.keys(FIELD_LABELS) as DetailField[]).map((field) => ({ key: FIELD_LABELS[field], value: theirValue(theirs, field) }))}
          />
        )}
        <p className="govuk-body">Renaming the project keeps its address, so links to it keep working.</p>
        <TextInput
          id={FIELD_IDS.name}
          name="name"
          label="Name"
          autoComplete="off"
          defaultValue={project.name}
          error={errors.fields.name}
        />
        <Textarea
          id={FIELD_IDS.summary}
          name="summary"
          label="Summary (optional)"
          hint="A sentence or two on what the project is for, as the portfolio shows it"
          defaultValue={project.summary ?? ''}
          error={errors.fields.summary}
        />
        <Radios
          id={FIELD_IDS.status}
          name="status"
          legend="Status"
          value={chosenStatus ?? project.status}
          onChange={setChosenStatus}
          error={errors.fields.status}
          options={projectStatuses.map((status) => ({ value: status, label: projectStatusLabels[status] }))}
        />
        <TextInput
          id={FIELD_IDS.fundingStream}
          name="fundingStream"
          label="Funding stream (optional)"
          hint="The fund or programme that pays for the project"
          defaultValue={project.fundingStream ?? ''}
          error={errors.fields.fundingStream}
        />
        <FormButtons save="Save project details" onCancel={close} />
      </form>
    </EditPanel>
  );
}
