import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useRef, useState } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { formatPartialDate } from '../../domain/partial-date';
import { type ProjectDetail, type ShowAndTell, showAndTellSchema } from '../../domain/project';
import type { ShowAndTellChanges } from '../../domain/show-and-tell';
import { conflictingRecord } from '../../lib/conflict';
import { type DateParts, EMPTY_DATE_PARTS, sameDateParts, splitPartialDate } from '../../lib/date-parts';
import { toFormErrors } from '../../lib/form-errors';
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
  const [open, setOpen] = useState(false);
  // The show and tell as someone else saved it while this person was editing: shown beside the form, whose text stays as typed.
  const [theirs, setTheirs] = useState<ShowAndTell | null>(null);
  const [submittedDate, setSubmittedDate] = useState<DateParts>(EMPTY_DATE_PARTS);
  const toggle = useRef<HTMLButtonElement>(null);
  const detailKey = projectQueries.detail(slug).queryKey;
  const mutation = useMutation({
    mutationFn: (changes: ShowAndTellSubmission<ShowAndTellChanges>) => updateShowAndTell(showAndTell.id, changes),
    onSuccess: ({ showAndTell: saved }) => {
      queryClient.setQueryData(detailKey, (project) => withShowAndTell(project, saved));
      setTheirs(null);
      setOpen(false);
      // The form is gone; focus returns to the button that opened it, next to the message.
      toggle.current?.focus();
    },
    onError: (error) => {
      const current = conflictingRecord(error, showAndTellSchema);
      if (current === null) return;
      setTheirs(current);
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

  const close = () => {
    setOpen(false);
    setTheirs(null);
    toggle.current?.focus();
  };

  return (
    <div>
      <button
        ref={toggle}
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
        aria-expanded={open}
        aria-controls={prefix}
        onClick={() => {
          mutation.reset();
          setTheirs(null);
          setSubmittedDate(EMPTY_DATE_PARTS);
          setOpen((shown) => !shown);
        }}
      >
        {adding ? 'Add what was shown' : 'Edit'}{' '}
        <span className="govuk-visually-hidden">{adding ? `at ${showAndTell.title}` : showAndTell.title}</span>
      </button>
      <p className="govuk-body" role="status">
        {mutation.isSuccess && !open ? 'Show and tell saved.' : mutation.isPending ? 'Saving the show and tell…' : ''}
      </p>
      <div id={prefix} hidden={!open}>
        {open ? (
          <form noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`} className="app-panel-form">
            <ErrorSummary errors={errors.summary} />
            <h4 className="govuk-heading-m" id={`${prefix}-heading`}>
              {heading}
            </h4>
            {theirs === null ? null : (
              <div className="govuk-inset-text">
                <h5 className="govuk-heading-s">Someone else saved this show and tell while you were editing</h5>
                <dl className="govuk-summary-list govuk-summary-list--no-border">
                  {FIELDS.map((field) => (
                    <div className="govuk-summary-list__row" key={field}>
                      <dt className="govuk-summary-list__key">{FIELD_LABELS[field]}</dt>
                      <dd className="govuk-summary-list__value app-pre-line">{theirValue(theirs, field)}</dd>
                    </div>
                  ))}
                </dl>
                <p className="govuk-body">Your changes are still in the form below. Save them to replace theirs, or cancel to keep theirs.</p>
              </div>
            )}
            <ShowAndTellFields
              prefix={prefix}
              fields={FIELDS}
              values={showAndTell}
              errors={errors.fields}
              submittedDate={submittedDate}
              dateHint="For example, 27 3 2026. The day may be left empty."
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Save show and tell
              </button>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={close}>
                Cancel
              </button>
            </div>
          </form>
        ) : null}
      </div>
    </div>
  );
}
