import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useRef } from 'react';
import { ConflictNotice } from '../../components/conflict-notice';
import { EditPanel, useEditPanel } from '../../components/edit-panel';
import { ErrorSummary } from '../../components/error-summary';
import { FormButtons } from '../../components/form-buttons';
import { TextInput } from '../../components/text-input';
import { type ProjectDetail, projectDetailSchema } from '../../domain/project';
import { conflictingRecord } from '../../lib/conflict';
import { toFormErrors } from '../../lib/form-errors';
import { textValue } from '../../lib/form-values';
import { showTheirsWhereUntouched } from '../../lib/untouched-fields';
import { projectQueries, updateProjectLinks } from './projects-api';

const FIELD_IDS = { websiteUrl: 'links-website', repositoryUrl: 'links-repository', blogUrl: 'links-blog' } as const;

type LinkField = keyof typeof FIELD_IDS;

/** The links in the order the form shows them. */
const LINK_FIELDS: readonly LinkField[] = ['websiteUrl', 'repositoryUrl', 'blogUrl'];

const FIELD_LABELS: Record<LinkField, string> = { websiteUrl: 'Website', repositoryUrl: 'Code repository', blogUrl: 'Blog' };

const FIELD_HINTS: Record<LinkField, string> = {
  websiteUrl: 'The service or project site, starting https://',
  repositoryUrl: 'Where the code is published, for example on GitHub',
  blogUrl: 'Where the team writes about its work',
};

/** Each box's value as the form shows it, by its name. */
function linkBoxes(project: ProjectDetail): Record<string, string> {
  return Object.fromEntries(LINK_FIELDS.map((field) => [field, project[field] ?? '']));
}

/**
 * For the project's own council staff and LDCU managers (the API's `allowed` says who): a form,
 * opened from a button, to change the website, code and blog links. The server checks again.
 */
export function ProjectLinksEditor({ project }: { project: ProjectDetail }) {
  const queryClient = useQueryClient();
  const { open, theirs, showTheirs, toggle, flip, close } = useEditPanel<ProjectDetail>();
  const form = useRef<HTMLFormElement>(null);
  const mutation = useMutation({
    // The version read: the page's, which a conflict replaces with the newer one, so saving again is a choice made knowingly.
    mutationFn: (links: Record<keyof typeof FIELD_IDS, string>) => updateProjectLinks(project.slug, { ...links, version: project.version }),
    onSuccess: (updated) => {
      queryClient.setQueryData(projectQueries.detail(project.slug).queryKey, updated);
      close();
    },
    onError: (error) => {
      const current = conflictingRecord(error, projectDetailSchema);
      if (current === null) return;
      showTheirs(current);
      showTheirsWhereUntouched(form.current, linkBoxes(project), linkBoxes(current));
      queryClient.setQueryData(projectQueries.detail(project.slug).queryKey, current);
    },
  });
  const errors = toFormErrors(mutation.error, FIELD_IDS);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    mutation.mutate({
      websiteUrl: textValue(form, 'websiteUrl').trim(),
      repositoryUrl: textValue(form, 'repositoryUrl').trim(),
      blogUrl: textValue(form, 'blogUrl').trim(),
    });
  };

  return (
    <EditPanel
      id="edit-links"
      open={open}
      toggle={toggle}
      button="Edit links"
      status={mutation.isSuccess && !open ? 'Links saved.' : mutation.isPending ? 'Saving links…' : ''}
      onFlip={() => {
        mutation.reset();
        flip();
      }}
    >
      <form ref={form} noValidate onSubmit={submit} aria-labelledby="edit-links-heading" className="app-panel-form">
        <ErrorSummary errors={errors.summary} />
        <h2 className="govuk-heading-m" id="edit-links-heading">
          Edit this project’s links
        </h2>
        {theirs === null ? null : (
          <ConflictNotice
            heading="Someone else saved these links while you were editing"
            headingLevel="h3"
            rows={LINK_FIELDS.map((field) => ({
              key: FIELD_LABELS[field],
              value: theirs[field] ?? 'None',
            }))}
          />
        )}
        <p className="govuk-body">Leave a box empty to remove that link.</p>
        {LINK_FIELDS.map((field) => (
          <TextInput
            key={field}
            id={FIELD_IDS[field]}
            name={field}
            type="url"
            label={FIELD_LABELS[field]}
            hint={FIELD_HINTS[field]}
            autoComplete="off"
            spellCheck={false}
            defaultValue={project[field] ?? ''}
            error={errors.fields[field]}
          />
        ))}
        <FormButtons save="Save links" onCancel={close} />
      </form>
    </EditPanel>
  );
}
