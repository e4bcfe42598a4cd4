import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DateInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { useDocumentTitle } from '../../components/use-document-title';
import type { SprintNoteSummary } from '../../domain/sprint-notes';
import { type DateParts, datePartsInError, EMPTY_DATE_PARTS, joinDateParts, readDateParts, splitPartialDate } from '../../lib/date-parts';
import { toFormErrors } from '../../lib/form-errors';
import { sprintNoteQueries, startSprintNote } from './sprint-notes-api';
import { composePath, SPRINT_NOTES_PATH } from './sprint-notes-paths';

/** An issue usually covers a fortnight: its first day and the 13 after it. */
const FORTNIGHT_LESS_A_DAY = 13;

/** A day (YYYY-MM-DD) some days later, counted in UTC so no clock change moves it. */
function daysAfter(day: string, days: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The fortnight after the latest issue, drafts included, so issues follow one another without a gap. */
function nextPeriod(issues: readonly SprintNoteSummary[]): { from: DateParts; to: DateParts } {
  const latest = issues.reduce<SprintNoteSummary | undefined>((found, issue) => (found === undefined || issue.number > found.number ? issue : found), undefined);
  if (latest === undefined) return { from: EMPTY_DATE_PARTS, to: EMPTY_DATE_PARTS };
  const from = daysAfter(latest.coversTo, 1);
  return { from: splitPartialDate(from), to: splitPartialDate(daysAfter(from, FORTNIGHT_LESS_A_DAY)) };
}

interface Submitted {
  from: DateParts;
  to: DateParts;
}

/**
 * Starting the next issue: only the period it covers. It takes the next number, and its sections
 * and closing line from the issue before, and opens in the composer.
 */
export function NewSprintNotePage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data } = useSuspenseQuery(sprintNoteQueries.list());
  const defaults = nextPeriod(data.issues);
  const mutation = useMutation({
    mutationFn: ({ from, to }: Submitted) => startSprintNote({ coversFrom: joinDateParts(from), coversTo: joinDateParts(to) }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: sprintNoteQueries.list().queryKey });
      // The composer opens on the issue as saved, without asking for it again.
      queryClient.setQueryData(sprintNoteQueries.detail(created.number).queryKey, created);
      await navigate(composePath(created.number));
    },
  });
  // A refused date links to its first box at fault, as GOV.UK's error summary does.
  const fromParts = datePartsInError(mutation.variables?.from ?? EMPTY_DATE_PARTS);
  const toParts = datePartsInError(mutation.variables?.to ?? EMPTY_DATE_PARTS);
  const [firstFrom = 'day'] = fromParts;
  const [firstTo = 'day'] = toParts;
  const errors = toFormErrors(mutation.error, { coversFrom: `covers-from-${firstFrom}`, coversTo: `covers-to-${firstTo}` });
  useDocumentTitle(errors.summary.length > 0 ? 'Error: Start a new issue' : 'Start a new issue');

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    // Sent as typed: the server checks each date with its own messages.
    mutation.mutate({ from: readDateParts(form, 'coversFrom'), to: readDateParts(form, 'coversTo') });
  };

  return (
    <>
      <Link className="govuk-back-link" to={SPRINT_NOTES_PATH}>
        Back to Sprint Notes
      </Link>
      <ErrorSummary errors={errors.summary} />
      <h1 className="govuk-heading-xl" id="new-issue-heading">
        Start a new issue
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <p className="govuk-body">
            Choose the period the issue covers. It can carry the approved updates dated in it. It starts with the sections and closing line of the issue
            before, and you can change those as you compose it.
          </p>
          <form noValidate onSubmit={submit} aria-labelledby="new-issue-heading">
            <DateInput
              id="covers-from"
              name="coversFrom"
              legend="Covers from"
              hint="The first day of the period. For example, 12 5 2022"
              defaultValue={defaults.from}
              error={errors.fields.coversFrom}
              errorParts={fromParts}
            />
            <DateInput
              id="covers-to"
              name="coversTo"
              legend="Covers to"
              hint="The last day of the period, usually 13 days after the first"
              defaultValue={defaults.to}
              error={errors.fields.coversTo}
              errorParts={toParts}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Start the issue
            </button>
            <p className="govuk-body app-muted" role="status">
              {mutation.isPending ? 'Starting the issue…' : ''}
            </p>
          </form>
        </div>
      </div>
    </>
  );
}
