import { type MouseEvent, useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** `#` and the id of the field the message is about, so the link can take the person to it; none for a message about the whole form. */
  href?: string;
  text: string;
}

/** The GOV.UK error summary: focused when it appears so screen readers announce it at once. */
export function ErrorSummary({ title = 'There is a problem', errors }: { title?: string; errors: readonly ErrorSummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus follows what the messages say, not the array's identity, so a re-render with the
  // same errors does not pull focus away from where the person is working.
  const messages = errors.map((error) => `${error.href ?? ''} ${error.text}`).join('\n');
  useEffect(() => {
    if (messages !== '') ref.current?.focus();
  }, [messages]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.href ?? ''}${error.text}`}>
                {error.href === undefined ? (
                  error.text
                ) : (
                  <a href={error.href} onClick={focusField}>
                    {error.text}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/**
 * As GOV.UK Frontend's script does: focus the field itself and bring its label (or its group's
 * legend) into view, rather than following the fragment, which would scroll the label off the top
 * and add a history entry the router would treat as a navigation.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  const field = id === '' ? null : document.getElementById(decodeURIComponent(id));
  if (field === null) return;
  event.preventDefault();
  const legend = field.closest('fieldset')?.querySelector('legend');
  const labels = field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement ? field.labels : null;
  const label = legend ?? labels?.[0] ?? field;
  label.scrollIntoView();
  field.focus({ preventScroll: true });
}
