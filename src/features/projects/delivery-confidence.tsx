import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useState } from 'react';
import { DateInput } from '../../components/date-input';
import { ConfidenceTag, FlagList } from '../../components/delivery-status';
import { EditPanel, useEditPanel } from '../../components/edit-panel';
import { ErrorSummary } from '../../components/error-summary';
import { FormButtons } from '../../components/form-buttons';
import { Radios } from '../../components/radios';
import { Textarea } from '../../components/textarea';
import { type ConfidenceRating, confidenceLabels, confidenceRatings } from '../../domain/delivery';
import { type NewRating, ratingHistorySchema } from '../../domain/rating-input';
import { formatPartialDate } from '../../domain/partial-date';
import type { ProjectDetail } from '../../domain/project';
import { sendJson } from '../../lib/api-client';
import { conflictingRecord } from '../../lib/conflict';
import { type DateParts, joinDateParts, splitPartialDate } from '../../lib/date-parts';
import { toFormErrors } from '../../lib/form-errors';
import { projectQueries } from './projects-api';

const FIELD_IDS = { rating: 'rating', reason: 'rating-reason', ratedOn: 'rating-date' } as const;

/** What the form sends: a rating not yet chosen goes as null, so the server names it with any other field to put right. */
type RatingForm = Omit<NewRating, 'rating'> & { rating: ConfidenceRating | null };

const addRating = (slug: string, rating: RatingForm) =>
  sendJson('POST', `/api/projects/${encodeURIComponent(slug)}/ratings`, rating, ratingHistorySchema);

/**
 * Delivery confidence, for LDCU staff (the API sends ratings only to them): the current rating in
 * words and colour with its reason, the portfolio's flags beside it but apart, and every earlier
 * rating. Managers add a rating; a rating is never changed, so the history is the record.
 */
export function DeliveryConfidence({ project, today }: { project: ProjectDetail; today: string }) {
  const ratings = project.ratings;
  if (ratings === undefined) return null;
  const [current, ...earlier] = ratings;
  return (
    <section aria-labelledby="confidence-heading">
      <h2 className="govuk-heading-l" id="confidence-heading">
        Delivery confidence
      </h2>
      {current === undefined ? (
        <p className="govuk-body">Not rated yet.</p>
      ) : (
        <>
          <p className="govuk-body">
            <ConfidenceTag rating={current.rating} />
          </p>
          <p className="govuk-body">{current.reason}</p>
          <p className="govuk-body-s app-muted">
            Rated by {current.ratedBy} on {formatPartialDate(current.ratedOn)}
          </p>
        </>
      )}
      {project.flags.length === 0 ? null : (
        <div className="app-flag-box">
          <h3 className="govuk-heading-s">The portfolio’s rules also flag</h3>
          <FlagList flags={project.flags} label="Flags" />
        </div>
      )}
      {project.allowed.includes('confidence:rate') ? <RateProject project={project} today={today} /> : null}
      {earlier.length === 0 ? null : (
        <>
          <h3 className="govuk-heading-m">Earlier ratings</h3>
          <ol className="govuk-list app-rating-history" reversed>
            {earlier.map((rating) => (
              <li key={rating.id}>
                <ConfidenceTag rating={rating.rating} /> <span className="app-muted">on {formatPartialDate(rating.ratedOn)}, by {rating.ratedBy}</span>
                <p className="govuk-body govuk-!-margin-top-1">{rating.reason}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function RateProject({ project, today }: { project: ProjectDetail; today: string }) {
  const queryClient = useQueryClient();
  const { open, toggle, flip, close } = useEditPanel<never>();
  const current = project.ratings?.[0] ?? null;
  // Kept in state, not the form: a refused or conflicting save leaves every word where it was.
  const [rating, setRating] = useState<ConfidenceRating | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [ratedOn, setRatedOn] = useState<DateParts>(splitPartialDate(today));
  const [newer, setNewer] = useState(false);
  const mutation = useMutation({
    mutationFn: (input: RatingForm) => addRating(project.slug, input),
    onSuccess: async () => {
      setRating(undefined);
      setReason('');
      setNewer(false);
      close();
      await queryClient.invalidateQueries({ queryKey: projectQueries.all });
    },
    onError: async (error) => {
      const latest = conflictingRecord(error, ratingHistorySchema);
      if (latest === null) return;
      setNewer(true);
      await queryClient.invalidateQueries({ queryKey: projectQueries.detail(project.slug).queryKey });
    },
  });
  const errors = toFormErrors(mutation.error, FIELD_IDS);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    // Based on the rating the page shows above the form, which a conflict replaces with the newer one, so saving again is a choice made knowingly.
    mutation.mutate({ rating: rating ?? null, reason, ratedOn: joinDateParts(ratedOn), basedOn: current?.id ?? null });
  };

  return (
    <EditPanel
      id="rate-project"
      open={open}
      toggle={toggle}
      button="Rate delivery confidence"
      status={mutation.isSuccess && !open ? 'Rating saved.' : mutation.isPending ? 'Saving the rating…' : ''}
      onFlip={() => {
        mutation.reset();
        flip();
      }}
    >
      <form noValidate onSubmit={submit} aria-labelledby="rate-heading" className="app-panel-form">
        <ErrorSummary errors={errors.summary} />
        <h3 className="govuk-heading-m" id="rate-heading">
          Rate delivery confidence
        </h3>
        {newer ? (
          <div className="govuk-inset-text">
            Someone else rated this project while you were writing. Their rating is now shown above as the current one; yours is kept below.
            Save again to add yours after it.
          </div>
        ) : null}
        <Radios
          id={FIELD_IDS.rating}
          name="rating"
          legend="How confident are you that the project will deliver?"
          error={errors.fields.rating}
          options={confidenceRatings.map((value) => ({ value, label: confidenceLabels[value] }))}
          value={rating}
          onChange={setRating}
        />
        <Textarea
          id={FIELD_IDS.reason}
          name="reason"
          label="Reason"
          hint="What the rating is based on, and what would change it"
          error={errors.fields.reason}
          value={reason}
          onValueChange={setReason}
        />
        <DateInput
          id={FIELD_IDS.ratedOn}
          name="ratedOn"
          legend="Date of the rating"
          hint="Today, or the day you made the judgement"
          error={errors.fields.ratedOn}
          value={ratedOn}
          onValueChange={setRatedOn}
        />
        <FormButtons save="Save rating" onCancel={close} />
      </form>
    </EditPanel>
  );
}
