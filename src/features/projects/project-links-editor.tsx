import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useRef, useState } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { type ProjectDetail, projectDetailSchema } from '../../domain/project';
import { conflictingRecord } from '../../lib/conflict';
import { toFormErrors } from '../../lib/form-errors';
import { textValue } from '../../lib/form-values';
import { projectQueries, updateProjectLinks } from './projects-api';

const FIELD_IDS = { websiteUrl: 'links-website', repositoryUrl: 'links-repository', blogUrl: 'links-blog' } as const;

const FIELD_LABELS: Record<keyof typeof FIELD_IDS, string> = { websiteUrl: 'Website', repositoryUrl: 'Code repository', blogUrl: 'Blog' };

/**
 * For the project's own council staff and LDCU managers (the API's `allowed` says who): a form,
 * opened from a button, to change the website, code and blog links. The server checks again.
 */
export function ProjectLinksEditor({ project }: { project: ProjectDetail }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  // The links as someone else saved them while this person was editing: shown beside the form, whose text stays as typed.
  const [theirs, setTheirs] = useState<ProjectDetail | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const mutation = useMutation({
    // The version read: the page's, which a conflict replaces with the newer one, so saving again is a choice made knowingly.
    mutationFn: (links: Record<keyof typeof FIELD_IDS, string>) => updateProjectLinks(project.slug, { ...links, version: project.version }),
    onSuccess: (updated) => {
      queryClient.setQueryData(projectQueries.detail(project.slug).queryKey, updated);
      setTheirs(null);
      setOpen(false);
      // The form is gone; focus returns to the button that opened it, next to the message.
      toggle.current?.focus();
    },
    onError: (error) => {
      const current = conflictingRecord(error, projectDetailSchema);
      if (current === null) return;
      setTheirs(current);
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
    <div className="app-links-editor">
      <button
        ref={toggle}
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
        aria-expanded={open}
        aria-controls="edit-links"
        onClick={() => {
          mutation.reset();
          setTheirs(null);
          setOpen((shown) => !shown);
        }}
      >
        Edit links
      </button>
      <p className="govuk-body" role="status">
        {mutation.isSuccess && !open ? 'Links saved.' : mutation.isPending ? 'Saving links…' : ''}
      </p>
      <div id="edit-links" hidden={!open}>
        {open ? (
          <form noValidate onSubmit={submit} aria-labelledby="edit-links-heading" className="app-panel-form">
            <ErrorSummary errors={errors.summary} />
            <h2 className="govuk-heading-m" id="edit-links-heading">
              Edit this project’s links
            </h2>
            {theirs === null ? null : (
              <div className="govuk-inset-text">
                <h3 className="govuk-heading-s">Someone else saved these links while you were editing</h3>
                <dl className="govuk-summary-list govuk-summary-list--no-border">
                  {(Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]).map((field) => (
                    <div className="govuk-summary-list__row" key={field}>
                      <dt className="govuk-summary-list__key">{FIELD_LABELS[field]}</dt>
                      <dd className="govuk-summary-list__value">{theirs[field] ?? 'None'}</dd>
                    </div>
                  ))}
                </dl>
                <p className="govuk-body">Your changes are still in the form below. Save them to replace theirs, or cancel to keep theirs.</p>
              </div>
            )}
            <p className="govuk-body">Leave a box empty to remove that link.</p>
            <TextInput
              id={FIELD_IDS.websiteUrl}
              name="websiteUrl"
              type="url"
              label="Website"
              hint="The service or project site, starting https://"
              autoComplete="off"
              spellCheck={false}
              defaultValue={project.websiteUrl ?? ''}
              error={errors.fields.websiteUrl}
            />
            <TextInput
              id={FIELD_IDS.repositoryUrl}
              name="repositoryUrl"
              type="url"
              label="Code repository"
              hint="Where the code is published, for example on GitHub"
              autoComplete="off"
              spellCheck={false}
              defaultValue={project.repositoryUrl ?? ''}
              error={errors.fields.repositoryUrl}
            />
            <TextInput
              id={FIELD_IDS.blogUrl}
              name="blogUrl"
              type="url"
              label="Blog"
              hint="Where the team writes about its work"
              autoComplete="off"
              spellCheck={false}
              defaultValue={project.blogUrl ?? ''}
              error={errors.fields.blogUrl}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Save links
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  setOpen(false);
                  setTheirs(null);
                  toggle.current?.focus();
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        ) : null}
      </div>
    </div>
  );
}
