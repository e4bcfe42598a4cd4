import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useEffect, useState } from 'react';
import { EditPanel, useEditPanel } from '../../components/edit-panel';
import { ErrorSummary } from '../../components/error-summary';
import { FormButtons } from '../../components/form-buttons';
import type { ProjectDetail } from '../../domain/project';
import type { NewShowAndTell } from '../../domain/show-and-tell';
import { type DateParts, EMPTY_DATE_PARTS } from '../../lib/date-parts';
import { toFormErrors } from '../../lib/form-errors';
import { projectQueries } from './projects-api';
import { createShowAndTell, type ShowAndTellSubmission } from './show-and-tells-api';
import { readShowAndTellForm, ShowAndTellFields, showAndTellFieldIds, showAndTellHeadingId } from './show-and-tell-fields';

const PREFIX = 'schedule-show-and-tell';
const FIELDS = ['heldOn', 'title', 'sprint', 'slidesUrl', 'recordingUrl'] as const;

/**
 * For people who may write the project's show and tells (the API's `allowed` says who): a form,
 * opened from a button, to schedule one. What was shown is added to it afterwards.
 */
export function ScheduleShowAndTell({ project }: { project: ProjectDetail }) {
  const queryClient = useQueryClient();
  const { open, toggle, flip, close } = useEditPanel<never>();
  const [submittedDate, setSubmittedDate] = useState<DateParts>(EMPTY_DATE_PARTS);
  const [scheduledId, setScheduledId] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: (showAndTell: ShowAndTellSubmission<NewShowAndTell>) => createShowAndTell(project.slug, showAndTell),
    onSuccess: async ({ showAndTell }) => {
      // The page shows the project as the server orders it, so it is read again rather than patched here;
      // waiting for it keeps "Scheduling…" up until the new one is on the page.
      await queryClient.invalidateQueries({ queryKey: projectQueries.detail(project.slug).queryKey });
      // The form is gone: focus waits on its button until the new show and tell is there to take it.
      close();
      setScheduledId(showAndTell.id);
    },
  });
  const errors = toFormErrors(mutation.error, showAndTellFieldIds(PREFIX, FIELDS, submittedDate));

  // Focus moves to the show and tell just scheduled, so a keyboard or screen reader user finds it,
  // and its "Add what was shown" button, without searching the list.
  const arrived = scheduledId !== null && project.showAndTells.some((item) => item.id === scheduledId);
  useEffect(() => {
    if (arrived) document.getElementById(showAndTellHeadingId(scheduledId))?.focus();
  }, [arrived, scheduledId]);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const { date, heldOn, title, sprint, slidesUrl, recordingUrl } = readShowAndTellForm(new FormData(event.currentTarget));
    setSubmittedDate(date);
    mutation.mutate({ heldOn, title, sprint, slidesUrl, recordingUrl });
  };

  return (
    <EditPanel
      id={PREFIX}
      open={open}
      toggle={toggle}
      button="Schedule a show and tell"
      status={mutation.isSuccess && !open ? 'Show and tell scheduled.' : mutation.isPending ? 'Scheduling the show and tell…' : ''}
      onFlip={() => {
        mutation.reset();
        setSubmittedDate(EMPTY_DATE_PARTS);
        flip();
      }}
    >
      <form noValidate onSubmit={submit} aria-labelledby={`${PREFIX}-heading`} className="app-panel-form">
        <ErrorSummary errors={errors.summary} />
        <h3 className="govuk-heading-m" id={`${PREFIX}-heading`}>
          Schedule a show and tell
        </h3>
        <ShowAndTellFields
          prefix={PREFIX}
          fields={FIELDS}
          values={null}
          errors={errors.fields}
          submittedDate={submittedDate}
          dateHint="For example, 27 3 2026. Leave the day empty if it is not fixed yet."
        />
        <FormButtons save="Schedule show and tell" onCancel={close} />
      </form>
    </EditPanel>
  );
}
