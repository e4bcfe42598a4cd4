import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useRef, useState } from 'react';
import { ConflictNotice } from '../../components/conflict-notice';
import { EditPanel, useEditPanel } from '../../components/edit-panel';
import { ErrorSummary } from '../../components/error-summary';
import { FormButtons } from '../../components/form-buttons';
import { formatPartialDate } from '../../domain/partial-date';
import { type ProjectDetail, type ShowAndTell, showAndTellSchema } from '../../domain/project';
import type { ShowAndTellChanges } from '../../domain/show-and-tell';
import { conflictingRecord } from '../../lib/conflict';
import { type DateParts, EMPTY_DATE_PARTS, sameDateParts, splitPartialDate } from '../../lib/date-parts';
import { toFormErrors } from '../../lib/form-errors';
import { showTheirsWhereUntouched } from '../../lib/untouched-fields';
import { projectQueries } from './projects-api';
import { type ShowAndTellSubmission, updateShowAndTell } from './show-and-tells-api';
import { readShowAndTellForm, type ShowAndTellField, ShowAndTellFields, showAndTellFieldIds } from './show-and-tell-fields';

/** What was shown comes first: adding it, with the slides and recording, is what this form is mostly for. */
const FIELDS = ['summary', 'slidesUrl', 'recordingUrl', 'heldOn', 'title', 'sprint'] as const;

const FIELD_LABELS: Record<ShowAndTellField, string> = {
  summary: 'What was shown',
  slidesUrl: 'Slides',
  recordingUrl: 'Recording',
  heldOn: 'Date',
  title: 'Title',
  sprint: 'Sprint',
};

/** Puts a show and tell as saved into the page's copy of its project. */
function withShowAndTell(project: ProjectDetail | undefined, saved: ShowAndTell): ProjectDetail | undefined {
  return project === undefined ? undefined : { ...project, showAndTells: project.showAndTells.map((item) => (item.id === saved.id ? saved : item)) };
}

/** Each box's value as the form shows it, by its name. */
function showAndTellBoxes(showAndTell: ShowAndTell): Record<string, string> {
  const date = splitPartialDate(showAndTell.heldOn);
  return {
    'heldOn-day': date.day,
    'heldOn-month': date.month,
    'heldOn-year': date.year,
    title: showAndTell.title,
    sprint: showAndTell.sprint === null ? '' : String(showAndTell.sprint),
    summary: showAndTell.summary ?? '',
    slidesUrl: showAndTell.slidesUrl ?? '',
    recordingUrl: showAndTell.recordingUrl ?? '',
  };
}

function theirValue(showAndTell: ShowAndTell, field: ShowAndTellField): string {
  const value = showAndTell[field];
  if (value === null || value === '') return 'None';
  return field === 'heldOn' ? formatPartialDate(String(value)) : String(value);
}

/**
 * For people who may write the project's show and tells: a form, opened from a button beside one,
 * to add what was shown, its slides and recording, or correct its date and title. It sends the
 * version it read, so a change someone else saved meanwhile is shown, never silently undone.
 */
export function ShowAndTellEditor({ slug, showAndTell }: { slug: string; showAndTell: ShowAndTell }) {
  const queryClient = useQueryClient();
  const { open, theirs, showTheirs, toggle, flip, close } = useEditPanel<ShowAndTell>();
  const form = useRef<HTMLFormElement>(null);
  const [submittedDate, setSubmittedDate] = useState<DateParts>(EMPTY_DATE_PARTS);
  const detailKey = projectQueries.detail(slug).queryKey;
  const mutation = useMutation({
    mutationFn: (changes: ShowAndTellSubmission<ShowAndTellChanges>) => updateShowAndTell(showAndTell.id, changes),
    onSuccess: ({ showAndTell: saved }) => {
      queryClient.setQueryData(detailKey, (project) => withShowAndTell(project, saved));
      close();
    },
    onError: (error) => {
      const current = conflictingRecord(error, showAndTellSchema);
      if (current === null) return;
      showTheirs(current);
      showTheirsWhereUntouched(form.current, showAndTellBoxes(showAndTell), showAndTellBoxes(current));
      // The page's copy becomes theirs, so saving again sends the newer version: overwriting them is possible, but only knowingly.
      queryClient.setQueryData(detailKey, (project) => withShowAndTell(project, current));
    },
  });
  const prefix = `edit-show-and-tell-${String(showAndTell.id)}`;
  const errors = toFormErrors(mutation.error, showAndTellFieldIds(prefix, FIELDS, submittedDate));
  // Until someone says what was shown, that is what the form is for, whatever links it already has.
  const adding = showAndTell.summary === null;
  const heading = adding ? `What was shown at ${showAndTell.title}` : `Edit ${showAndTell.title}`;

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const { date, heldOn, ...fields } = readShowAndTellForm(new FormData(event.currentTarget));
    setSubmittedDate(date);
    // A date left as shown is not sent: some were recorded without one, or as a year alone, which
    // the form could not send back as it is and the person did not mean to change.
    const dateChanged = !sameDateParts(date, splitPartialDate(showAndTell.heldOn));
    mutation.mutate({ version: showAndTell.version, ...fields, ...(dateChanged ? { heldOn } : {}) });
  };

  return (
    <EditPanel
      id={prefix}
      open={open}
      toggle={toggle}
      button={
        <>
          {adding ? 'Add what was shown' : 'Edit'}{' '}
          <span className="govuk-visually-hidden">{adding ? `at ${showAndTell.title}` : showAndTell.title}</span>
        </>
      }
      status={mutation.isSuccess && !open ? 'Show and tell saved.' : mutation.isPending ? 'Saving the show and tell…' : ''}
      onFlip={() => {
        mutation.reset();
        setSubmittedDate(EMPTY_DATE_PARTS);
        flip();
      }}
    >
      <form ref={form} noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`} className="app-panel-form">
        <ErrorSummary errors={errors.summary} />
        <h4 className="govuk-heading-m" id={`${prefix}-heading`}>
          {heading}
        </h4>
        {theirs === null ? null : (
          <ConflictNotice
            heading="Someone else saved this show and tell while you were editing"
            headingLevel="h5"
            rows={FIELDS.map((field) => ({ key: FIELD_LABELS[field], value: theirValue(theirs, field) }))}
          />
        )}
        <ShowAndTellFields
          prefix={prefix}
          fields={FIELDS}
          values={showAndTell}
          errors={errors.fields}
          submittedDate={submittedDate}
          dateHint="For example, 27 3 2026. The day may be left empty."
        />
        <FormButtons save="Save show and tell" onCancel={close} />
      </form>
    </EditPanel>
  );
}
