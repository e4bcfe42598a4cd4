import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ConfirmRemoval } from '../../components/confirm-removal';
import type { ErrorSummaryItem } from '../../components/error-summary';
import { hasStatus } from '../../lib/api-client';
import { toFormErrors } from '../../lib/form-errors';
import { projectQueries } from './projects-api';

/**
 * A button beside one of a project's records (an output, a partnership) that asks, in place,
 * before removing it. The record goes with the version the page read: a change someone else saved
 * meanwhile refuses the removal (409), so the page is read again to show it and the question stays
 * for the person to answer again with it in view. One someone else already removed (404) is gone,
 * as the person wanted. Either way `onRemoved` is told once the page no longer shows it, since this
 * button goes with its entry and the list must say what happened.
 */
export function RemoveInPlace({
  id,
  slug,
  name,
  question,
  consequence,
  confirm,
  conflict,
  remove,
  onRemoved,
}: {
  id: string;
  slug: string;
  /** What is removed, for the button's hidden words: "Remove Theory of Change". */
  name: string;
  question: string;
  consequence: string;
  confirm: string;
  /** What to say when someone else changed it meanwhile. */
  conflict: string;
  /** Sends the removal, with the version as the page has it now. */
  remove: () => Promise<unknown>;
  onRemoved: (already: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: async () => {
      // The page and the portfolio's list read the project; waiting for the page keeps the question up until the entry has gone.
      await queryClient.invalidateQueries({ queryKey: projectQueries.all });
      onRemoved(false);
    },
    onError: async (error) => {
      if (hasStatus(error, 404)) {
        await queryClient.invalidateQueries({ queryKey: projectQueries.all });
        onRemoved(true);
      } else if (hasStatus(error, 409)) {
        // Read again, so the entry shows what they saved and a second "yes" sends the version now shown.
        await queryClient.invalidateQueries({ queryKey: projectQueries.detail(slug).queryKey });
      }
    },
  });
  const errors: ErrorSummaryItem[] = hasStatus(mutation.error, 409) ? [{ text: conflict }] : toFormErrors(mutation.error, {}).summary;
  const questionId = `${id}-confirm`;

  return (
    <>
      <button
        ref={button}
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
        aria-expanded={asking}
        aria-controls={questionId}
        onClick={() => {
          mutation.reset();
          setAsking((shown) => !shown);
        }}
      >
        Remove <span className="govuk-visually-hidden">{name}</span>
      </button>
      <div id={questionId} hidden={!asking}>
        {asking ? (
          <ConfirmRemoval
            id={id}
            question={question}
            consequence={consequence}
            confirm={confirm}
            pending={mutation.isPending}
            errors={errors}
            onConfirm={() => {
              if (!mutation.isPending) mutation.mutate();
            }}
            onCancel={() => {
              mutation.reset();
              setAsking(false);
              button.current?.focus();
            }}
          />
        ) : null}
      </div>
    </>
  );
}
