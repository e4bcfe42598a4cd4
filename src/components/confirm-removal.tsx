import { useEffect, useRef } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary';

/**
 * Asking before something is removed, in place: the question (which takes focus, so a keyboard
 * or screen reader user hears it at once), what removing it means, a warning button and a way
 * back. Used where a whole confirmation page would take the person away from what they are
 * looking at; the removal is still recorded in the history.
 */
export function ConfirmRemoval({
  id,
  question,
  consequence,
  confirm,
  cancel = 'No, keep it',
  pending,
  errors,
  onConfirm,
  onCancel,
}: {
  id: string;
  question: string;
  consequence: string;
  /** The warning button's words, like "Yes, remove the output". */
  confirm: string;
  /** The way back's words. */
  cancel?: string;
  pending: boolean;
  errors: readonly ErrorSummaryItem[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="app-confirm" role="group" aria-labelledby={`${id}-question`}>
      <ErrorSummary errors={errors} />
      <h4 className="govuk-heading-s" id={`${id}-question`} ref={heading} tabIndex={-1}>
        {question}
      </h4>
      <p className="govuk-body">{consequence}</p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--warning" aria-disabled={pending} onClick={() => (pending ? undefined : onConfirm())}>
          {confirm}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          {cancel}
        </button>
      </div>
    </div>
  );
}
